// "Glömt lösenord?": a single-use link, valid one hour, sent to the account's own address.
// The answer is the same whether or not the address has an account. Setting the new
// password ends every session of the account and lifts a sign-in lock-out: an attacker who
// keeps guessing can never keep the owner out, since the owner's mailbox always gets them in.
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { RuleError } from "@/lib/errors";
import { queueMail } from "@/lib/mail/outbox";
import { portalUrl } from "@/lib/mail/config";
import { passwordReset } from "@/lib/mail/templates";
import { countAttempt } from "./attempts";
import { hashPassword } from "./password";
import { assertAcceptablePassword } from "./password-rules";
import { revokeUserSessions } from "./session-store";
import { normalizeEmail, throttleKeys } from "./login";

export const RESET_TTL_MS = 60 * 60_000;
/** Requests per address and per client in the throttle's 15-minute window. *(assumed)* */
export const RESETS_PER_ADDRESS = 3;
export const RESETS_PER_CLIENT = 10;

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Queues the mail when the address has an active account; says nothing either way. */
export async function requestPasswordReset(rawEmail: string, client = "direct", byAdministrator: { actorId: string; supplierId: string } | null = null): Promise<void> {
  const email = normalizeEmail(rawEmail);
  const at = now();
  if (!byAdministrator) {
    const perAddress = await countAttempt(`reset|${email}`, at, RESETS_PER_ADDRESS);
    const perClient = client === "direct" ? null : await countAttempt(`reset-client|${client}`, at, RESETS_PER_CLIENT);
    if (perAddress.n > RESETS_PER_ADDRESS || (perClient && perClient.n > RESETS_PER_CLIENT)) return;
  }
  const user = await db.user.findUnique({ where: { email } });
  if (!user || !user.active) return;
  const token = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null, expiresAt: { gt: at } }, data: { expiresAt: at } });
    await tx.passwordReset.create({ data: { tokenHash: hash(token), userId: user.id, requestedById: byAdministrator?.actorId ?? null, expiresAt: new Date(at.getTime() + RESET_TTL_MS) } });
    await queueMail(tx, {
      to: user.email,
      kind: "password-reset",
      mail: passwordReset({ name: user.name, link: portalUrl(`/aterstall-losenord/${token}`), validMinutes: RESET_TTL_MS / 60_000, byAdministrator: !!byAdministrator }),
    });
    await audit(tx, {
      actorId: byAdministrator?.actorId ?? user.id, supplierId: byAdministrator?.supplierId ?? null, action: "auth.password-reset-requested", entityType: "User", entityId: user.id,
      after: { byAdministrator: !!byAdministrator },
    });
  });
}

export async function resetState(token: string): Promise<{ usable: boolean; email?: string }> {
  const r = await db.passwordReset.findUnique({ where: { tokenHash: hash(token) }, include: { user: true } });
  if (!r || r.usedAt || r.expiresAt.getTime() <= now().getTime() || !r.user.active) return { usable: false };
  return { usable: true, email: r.user.email };
}

export async function resetPassword(token: string, password: string): Promise<{ email: string }> {
  const r = await db.passwordReset.findUnique({ where: { tokenHash: hash(token) }, include: { user: true } });
  const at = now();
  if (!r || r.usedAt || r.expiresAt.getTime() <= at.getTime() || !r.user.active) {
    throw new RuleError("Länken är ogiltig, redan använd eller har gått ut. Be om en ny på inloggningssidan.", "password");
  }
  assertAcceptablePassword(password, { email: r.user.email, name: r.user.name });
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const used = await tx.passwordReset.updateMany({ where: { id: r.id, usedAt: null }, data: { usedAt: at } });
    if (used.count !== 1) throw new RuleError("Länken har redan använts.", "password");
    await tx.user.update({ where: { id: r.userId }, data: { passwordHash } });
    await revokeUserSessions(r.userId, tx);
    await liftSignInLock(tx, r.user.email);
    await audit(tx, { actorId: r.userId, supplierId: null, action: "auth.password-reset", entityType: "User", entityId: r.userId });
  });
  return { email: r.user.email };
}

/** Lifts every lock on an address, from whichever client it was set (a reset, or an administrator). */
export async function liftSignInLock(tx: Pick<typeof db, "loginThrottle">, email: string): Promise<number> {
  const keys = throttleKeys(email, "direct");
  const r = await tx.loginThrottle.deleteMany({ where: { OR: [{ email: keys.fromClient }, { email: keys.anywhere }, { email: { startsWith: `${email}|` } }] } });
  return r.count;
}
