// zod with Swedish default messages. Every schema imports `z` from here, so a message we
// did not write ourselves (a missing field, a wrong type) is still Swedish.
import { z } from "zod";
import { sv } from "zod/locales";

z.config(sv());

export { z };
