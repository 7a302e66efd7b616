// Invitations to an organisation. An invitation belongs to one membership (person ×
// organisation), travels only by mail to the invited address, and accepting it touches only
// that membership: no administrator ever sees the link, and one organisation's invitation can
// never open another's. Until the person accepts, the membership is pending and gives no access.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma, Permission } from "@/lib/generated/prisma/client";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { RuleError } from "@/lib/errors";
import { revokeUserSessions } from "@/lib/auth/session-store";
import { queueMail } from "@/lib/mail/outbox";
import { portalUrl } from "@/lib/mail/config";
import { invitationToExistingAccount, invitationToNewAccount } from "@/lib/mail/templates";
import { INVITATION_TTL_MS, invitationUsable } from "./rules";

type Tx = Prisma.TransactionClient;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const VALID_DAYS = Math.round(INVITATION_TTL_MS / 86_400_000);

/**
 * Creates a fresh invitation for the membership of `userId` in `supplierId` (expiring that
 * organisation's earlier ones for the person, and no one else's) and queues the mail.
 */
export async function sendInvitation(tx: Tx, input: { userId: string; supplierId: string; invitedById: string | null; name: string }): Promise<void> {
  const at = now();
  await tx.invitation.updateMany({ where: { userId: input.userId, supplierId: input.supplierId, usedAt: null, expiresAt: { gt: at } }, data: { expiresAt: at } });
  const token = randomBytes(32).toString("base64url");
  await tx.invitation.create({
    data: { tokenHash: hashToken(token), expiresAt: new Date(at.getTime() + INVITATION_TTL_MS), userId: input.userId, supplierId: input.supplierId, invitedById: input.invitedById },
  });
  const user = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, omit: { passwordHash: false } });
  const supplier = await tx.supplier.findUniqueOrThrow({ where: { id: input.supplierId }, select: { name: true } });
  const link = portalUrl(`/inbjudan/${token}`);
  const mail = user.passwordHash
    ? invitationToExistingAccount({ name: user.name, organisation: supplier.name, link, validDays: VALID_DAYS })
    : invitationToNewAccount({ name: input.name, organisation: supplier.name, link, validDays: VALID_DAYS });
  await queueMail(tx, { to: user.email, kind: user.passwordHash ? "invitation-existing" : "invitation", mail });
}

/**
 * A pending membership for the address, whoever it belongs to: a new account, an account
 * elsewhere or an officer's. The inviting administrator learns nothing about the address
 * either way; an officer's account can never accept (see acceptance below).
 */
export async function invitePerson(
  tx: Tx,
  input: { email: string; name: string; supplierId: string; invitedById: string | null; permissions: Permission[]; allUnits: boolean; unitIds: string[] },
) {
  let user = await tx.user.findUnique({ where: { email: input.email }, omit: { passwordHash: false } });
  if (user) {
    const existing = await tx.membership.findUnique({ where: { userId_supplierId: { userId: user.id, supplierId: input.supplierId } } });
    if (existing) throw new RuleError("Det finns redan ett konto med den e-postadressen i organisationen.", "email");
  } else {
    user = await tx.user.create({ data: { email: input.email, name: input.name, kind: "SUPPLIER_STAFF" }, omit: { passwordHash: false } });
  }
  const membership = await tx.membership.create({
    data: {
      userId: user.id,
      supplierId: input.supplierId,
      permissions: input.permissions,
      allUnits: input.allUnits,
      invitedName: input.name,
      units: { create: input.unitIds.map((unitId) => ({ unitId })) },
    },
    include: { units: true },
  });
  // Officers' addresses get a pending membership like any other, but no mail: nothing tells
  // the inviting organisation the address is special, and it can never be accepted.
  if (user.kind === "SUPPLIER_STAFF") await sendInvitation(tx, { userId: user.id, supplierId: input.supplierId, invitedById: input.invitedById, name: input.name });
  return { user, membership };
}

export type InvitationView =
  | { usable: false }
  | { usable: true; organisation: string; name: string; email: string; needsPassword: boolean; userId: string };

/** The invitation behind a token, when it can still be answered: unused, unexpired, a staff account, its membership pending. */
async function pendingInvitation(tx: Tx, token: string, at: Date) {
  const inv = await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { omit: { passwordHash: false } }, supplier: { select: { name: true } } } });
  if (!inv || !invitationUsable(inv, at) || !inv.user.active || inv.user.kind !== "SUPPLIER_STAFF") return null;
  const membership = await tx.membership.findUnique({ where: { userId_supplierId: { userId: inv.userId, supplierId: inv.supplierId } } });
  if (!membership || membership.acceptedAt || !membership.active) return null;
  return { inv, membership };
}

export async function invitationView(tx: Tx, token: string): Promise<InvitationView> {
  const found = await pendingInvitation(tx, token, now());
  if (!found) return { usable: false };
  const { inv, membership } = found;
  return { usable: true, organisation: inv.supplier.name, name: membership.invitedName ?? inv.user.name, email: inv.user.email, needsPassword: inv.user.passwordHash === null, userId: inv.userId };
}

const UNUSABLE = "Länken är ogiltig, redan använd eller har gått ut. Be din behörighetsadministratör om en ny inbjudan.";

async function consumeInvitation(tx: Tx, token: string) {
  const at = now();
  const found = await pendingInvitation(tx, token, at);
  if (!found) throw new RuleError(UNUSABLE, "password");
  const used = await tx.invitation.updateMany({ where: { id: found.inv.id, usedAt: null }, data: { usedAt: at } });
  if (used.count !== 1) throw new RuleError("Länken har redan använts.", "password");
  return { ...found, at };
}

/** A person without a password sets one through their own invitation: that membership only is accepted. */
export async function acceptWithNewPassword(tx: Tx, token: string, passwordHash: string): Promise<{ email: string }> {
  const { inv, membership, at } = await consumeInvitation(tx, token);
  if (inv.user.passwordHash) throw new RuleError("Du har redan ett konto. Logga in och svara på inbjudan.", "password");
  await tx.user.update({ where: { id: inv.userId }, data: { passwordHash } });
  await tx.membership.update({ where: { id: membership.id }, data: { acceptedAt: at } });
  await revokeUserSessions(inv.userId, tx);
  await audit(tx, { actorId: inv.userId, supplierId: inv.supplierId, action: "staff.invitation-accepted", entityType: "Membership", entityId: membership.id, after: { acceptedAt: at.toISOString() } });
  return { email: inv.user.email };
}

/** A signed-in person answers an invitation addressed to them: yes accepts, no removes the pending membership. */
export async function answerInvitation(tx: Tx, token: string, userId: string, accept: boolean): Promise<{ supplierId: string }> {
  const { inv, membership, at } = await consumeInvitation(tx, token);
  // Someone else's link: answered as if it did not exist.
  if (inv.userId !== userId) throw new RuleError(UNUSABLE, "password");
  if (accept) {
    await tx.membership.update({ where: { id: membership.id }, data: { acceptedAt: at } });
  } else {
    await tx.membershipUnit.deleteMany({ where: { membershipId: membership.id } });
    await tx.membership.update({ where: { id: membership.id }, data: { active: false, deactivatedAt: at } });
  }
  await audit(tx, {
    actorId: userId, supplierId: inv.supplierId, action: accept ? "staff.invitation-accepted" : "staff.invitation-declined", entityType: "Membership", entityId: membership.id,
    before: { acceptedAt: null }, after: accept ? { acceptedAt: at.toISOString() } : { declinedAt: at.toISOString() },
  });
  return { supplierId: inv.supplierId };
}
