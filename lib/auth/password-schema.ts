// The new-password field's rules that the browser can check too (shared by form and server).
import { z } from "@/lib/validation/zod";

/** Shown beside every new-password field. The server also checks lib/auth/password-rules.ts. */
export const PASSWORD_RULES_HINT = "Minst 12 tecken. Inte din e-postadress, ditt namn eller ett vanligt lösenord.";

export const newPasswordSchema = z
  .string({ error: "Ange ett lösenord." })
  .min(12, "Lösenordet måste ha minst 12 tecken.")
  .max(200, "Lösenordet får ha högst 200 tecken.")
  // Control characters and broken Unicode cannot be typed again reliably.
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), "Lösenordet får inte innehålla styrtecken.")
  .refine((s) => s.isWellFormed(), "Lösenordet innehåller ogiltiga tecken.");
