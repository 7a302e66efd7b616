// zod with Swedish default messages. Every schema imports `z` from here, so a message we
// did not write ourselves (a missing field, a wrong type) is still Swedish.
import { z } from "zod";
import { sv } from "zod/locales";

z.config(sv());
// The portal's CSP has no 'unsafe-eval': without this, zod probes `new Function("")` on the first
// parse in the browser, which Chrome reports as a CSP violation (Lighthouse: best practices).
z.config({ jitless: true });

export { z };
