"use server";

import { acceptInvitationInput } from "@/lib/auth/schemas";
import { hashPassword } from "@/lib/auth/password";
import { acceptInvitation } from "@/lib/staff/service";
import { failureFrom, zodFieldErrors, type ActionResult } from "@/lib/actions/result";

export async function acceptInvitationAction(raw: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = acceptInvitationInput.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  try {
    const hash = await hashPassword(parsed.data.password);
    return { ok: true, data: await acceptInvitation(parsed.data.token, hash) };
  } catch (err) {
    return failureFrom(err);
  }
}
