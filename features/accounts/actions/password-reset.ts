"use server";

// Public entry points (no session). The answer never says whether the address has an account.
import { headers } from "next/headers";
import { forgotPasswordInput, resetPasswordInput } from "@/lib/auth/schemas";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { clientKey } from "@/lib/auth/throttle";
import { failureFrom, zodFieldErrors, type ActionResult } from "@/lib/actions/result";
import { publicAction } from "@/lib/actions/public-action";

export const forgotPasswordAction = publicAction("password-reset", async (raw: unknown): Promise<ActionResult<null>> => {
  const parsed = forgotPasswordInput.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  try {
    await requestPasswordReset(parsed.data.email, clientKey(await headers()));
    return { ok: true, data: null };
  } catch (err) {
    return failureFrom(err);
  }
});

export const resetPasswordAction = publicAction("password-reset", async (raw: unknown): Promise<ActionResult<{ email: string }>> => {
  const parsed = resetPasswordInput.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  try {
    return { ok: true, data: await resetPassword(parsed.data.token, parsed.data.password) };
  } catch (err) {
    return failureFrom(err);
  }
});
