import { z } from "@/lib/validation/zod";
import { newPasswordSchema } from "./password-schema";

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

/** A person with an account answers an invitation by confirming their own password. */
export const answerInvitationInput = z.object({
  token: z.string().min(10).max(200),
  password: z.string({ error: "Ange ditt lösenord." }).min(1, "Ange ditt lösenord.").max(200),
  accept: z.boolean(),
});
export type AnswerInvitationInput = z.infer<typeof answerInvitationInput>;

export const forgotPasswordInput = z.object({
  email: z.string({ error: "Ange din e-postadress." }).trim().min(1, "Ange din e-postadress.").max(254).email("Ange en giltig e-postadress."),
});
export type ForgotPasswordInput = z.infer<typeof forgotPasswordInput>;

export const resetPasswordInput = z
  .object({ token: z.string().min(10).max(200), password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "Lösenorden är inte lika." });
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;
