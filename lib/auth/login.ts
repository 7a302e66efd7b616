// E-mail + password sign-in. One generic answer for a wrong e-mail, a wrong password
// and an inactive account; a lock-out after repeated failures.
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { afterFailure, isLocked } from "./throttle";
import { burnPasswordCheck, verifyPassword } from "./password";
import { createSession } from "./session-store";

export type LoginResult =
  | { ok: true; sessionId: string; userId: string; name: string; email: string }
  | { ok: false; reason: "invalid" | "locked" };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function signInWithPassword(rawEmail: string, password: string): Promise<LoginResult> {
  const email = normalizeEmail(rawEmail);
  const at = now();
  const throttle = await db.loginThrottle.findUnique({ where: { email } });
  if (isLocked(throttle, at)) return { ok: false, reason: "locked" };

  const user = await db.user.findUnique({
    where: { email },
    omit: { passwordHash: false },
    include: { memberships: { where: { active: true }, select: { supplierId: true } } },
  });
  let valid = false;
  if (user?.passwordHash) valid = await verifyPassword(password, user.passwordHash);
  else await burnPasswordCheck(password);

  const usable = user && user.active && (user.kind === "OFFICER" || user.memberships.length > 0);
  if (!user || !valid || !usable) {
    const next = afterFailure(throttle, at);
    await db.loginThrottle.upsert({ where: { email }, create: { email, ...next }, update: next });
    return { ok: false, reason: next.lockedUntil ? "locked" : "invalid" };
  }

  if (throttle) await db.loginThrottle.delete({ where: { email } });
  const onlySupplier = user.memberships.length === 1 ? user.memberships[0].supplierId : null;
  const session = await createSession(user.id, onlySupplier);
  await audit(db, { actorId: user.id, supplierId: onlySupplier, action: "auth.login", entityType: "User", entityId: user.id });
  return { ok: true, sessionId: session.id, userId: user.id, name: user.name, email: user.email };
}
