"use server";

// Public entry points (no session): the link in the invitation mail is the credential.
import { headers } from "next/headers";
import { acceptInvitationInput, answerInvitationInput } from "@/lib/auth/schemas";
import { hashPassword } from "@/lib/auth/password";
import { assertAcceptablePassword } from "@/lib/auth/password-rules";
import { confirmPassword } from "@/lib/auth/login";
import { clientKey } from "@/lib/auth/throttle";
import { RuleError } from "@/lib/errors";
import { acceptInvitation, answerInvitation, invitationState } from "@/features/staff/service";
import { failureFrom, zodFieldErrors, type ActionResult } from "@/lib/actions/result";
import { publicAction } from "@/lib/actions/public-action";

const UNUSABLE = "Länken är ogiltig, redan använd eller har gått ut. Be din behörighetsadministratör om en ny inbjudan.";

export const acceptInvitationAction = publicAction("invitation", async (raw: unknown): Promise<ActionResult<{ email: string }>> => {
  const parsed = acceptInvitationInput.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  try {
    const inv = await invitationState(parsed.data.token);
    if (!inv.usable || !inv.needsPassword) throw new RuleError(UNUSABLE, "password");
    assertAcceptablePassword(parsed.data.password, { email: inv.email, name: inv.name });
    return { ok: true, data: await acceptInvitation(parsed.data.token, await hashPassword(parsed.data.password)) };
  } catch (err) {
    return failureFrom(err);
  }
});

export const answerInvitationAction = publicAction("invitation", async (raw: unknown): Promise<ActionResult<{ accepted: boolean }>> => {
  const parsed = answerInvitationInput.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  try {
    const inv = await invitationState(parsed.data.token);
    if (!inv.usable || inv.needsPassword) throw new RuleError(UNUSABLE, "password");
    const check = await confirmPassword(inv.userId, parsed.data.password, clientKey(await headers()));
    if (check === "locked") throw new RuleError("För många felaktiga försök. Vänta 15 minuter eller återställ lösenordet.", "password");
    if (check !== "ok") throw new RuleError("Fel lösenord.", "password");
    await answerInvitation(inv.userId, parsed.data.token, parsed.data.accept);
    return { ok: true, data: { accepted: parsed.data.accept } };
  } catch (err) {
    return failureFrom(err);
  }
});
