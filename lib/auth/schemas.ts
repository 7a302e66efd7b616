import { z } from "@/lib/validation/zod";
import { newPasswordSchema } from "./password";

export const loginInput = z.object({
  email: z.string({ error: "Ange din e-postadress." }).trim().min(1, "Ange din e-postadress.").email("Ange en giltig e-postadress."),
  password: z.string({ error: "Ange ditt lösenord." }).min(1, "Ange ditt lösenord."),
});
export type LoginInput = z.infer<typeof loginInput>;

export const acceptInvitationInput = z
  .object({
    token: z.string().min(10),
    password: newPasswordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "Lösenorden är inte lika." });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;
