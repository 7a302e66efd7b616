// E-mail + password sign-in. One generic answer for a wrong e-mail, a wrong password
// and an inactive account; attempts counted atomically before the password is checked
// (./throttle.ts, ./attempts.ts).
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { MAX_FAILURES, MAX_FAILURES_PER_ADDRESS_ANYWHERE, MAX_FAILURES_PER_CLIENT, WARN_WHEN_REMAINING } from "./throttle";
import { clearKeys, countAttempt, forgetStaleAttempts, lockKey, type Attempt } from "./attempts";
import { burnPasswordCheck, hashPassword, needsRehash, verifyPassword } from "./password";
import { createSession } from "./session-store";

export type LoginResult =
  | { ok: true; sessionId: string; userId: string; name: string; email: string }
  | { ok: false; reason: "invalid"; remaining?: number }
  | { ok: false; reason: "locked" };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The throttle's keys for an address tried from a client (see ./throttle.ts). */
export function throttleKeys(email: string, client: string) {
  return {
    fromClient: client === "direct" ? email : `${email}|${client}`,
    anywhere: `*|${email}`,
    client: client === "direct" ? null : `client|${client}`,
  };
}

/** This attempt is beyond the address's limit, or the address is locked. */
function ownLocked(own: Attempt, at: Date): boolean {
  return own.n > MAX_FAILURES || (own.lockedUntil !== null && own.lockedUntil > at);
}

/** After a wrong password: the attempts left; the last allowed one locks the address (0). */
async function afterFailedCheck(key: string, own: Attempt, at: Date): Promise<number> {
  if (own.n >= MAX_FAILURES) {
    await lockKey(key, at);
    return 0;
  }
  return MAX_FAILURES - own.n;
}

export async function signInWithPassword(rawEmail: string, password: string, client = "direct"): Promise<LoginResult> {
  const email = normalizeEmail(rawEmail);
  const at = now();
  const keys = throttleKeys(email, client);
  if (Math.random() < 0.02) await forgetStaleAttempts(at);
  const own = await countAttempt(keys.fromClient, at, MAX_FAILURES);
  const anywhere = await countAttempt(keys.anywhere, at, MAX_FAILURES_PER_ADDRESS_ANYWHERE);
  const fromClient = keys.client ? await countAttempt(keys.client, at, MAX_FAILURES_PER_CLIENT) : null;
  const locked =
    ownLocked(own, at) || anywhere.n > MAX_FAILURES_PER_ADDRESS_ANYWHERE || (fromClient !== null && fromClient.n > MAX_FAILURES_PER_CLIENT);
  if (locked) return { ok: false, reason: "locked" };

  const user = await db.user.findUnique({
    where: { email },
    omit: { passwordHash: false },
    include: { memberships: { where: { active: true, acceptedAt: { not: null } }, select: { supplierId: true } } },
  });
  let valid = false;
  if (user?.passwordHash) valid = await verifyPassword(password, user.passwordHash);
  else await burnPasswordCheck(password);

  const usable = user && user.active && (user.kind === "OFFICER" || user.memberships.length > 0);
  if (!user || !valid || !usable) {
    const remaining = await afterFailedCheck(keys.fromClient, own, at);
    if (remaining === 0) return { ok: false, reason: "locked" };
    return remaining <= WARN_WHEN_REMAINING ? { ok: false, reason: "invalid", remaining } : { ok: false, reason: "invalid" };
  }

  await clearKeys([keys.fromClient, keys.anywhere]);
  if (needsRehash(user.passwordHash!)) await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  const onlySupplier = user.memberships.length === 1 ? user.memberships[0].supplierId : null;
  const session = await createSession(user.id, onlySupplier);
  await audit(db, { actorId: user.id, supplierId: onlySupplier, action: "auth.login", entityType: "User", entityId: user.id });
  return { ok: true, sessionId: session.id, userId: user.id, name: user.name, email: user.email };
}

/**
 * Confirms that the person knows the account's password (answering an invitation), counted
 * by the same throttle as sign-in, so it is no side door for guessing.
 */
export async function confirmPassword(userId: string, password: string, client = "direct"): Promise<"ok" | "invalid" | "locked"> {
  const user = await db.user.findUnique({ where: { id: userId }, omit: { passwordHash: false } });
  if (!user?.passwordHash || !user.active) return "invalid";
  const at = now();
  const keys = throttleKeys(user.email, client);
  const own = await countAttempt(keys.fromClient, at, MAX_FAILURES);
  if (ownLocked(own, at)) return "locked";
  if (await verifyPassword(password, user.passwordHash)) {
    await clearKeys([keys.fromClient]);
    return "ok";
  }
  return (await afterFailedCheck(keys.fromClient, own, at)) === 0 ? "locked" : "invalid";
}
