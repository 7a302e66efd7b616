// Staff administration for a supplier's behörighetsadministratör: invitations, access,
// activation, password resets and sign-in locks. Every function takes the acting user and
// checks the capability against the target's organisation itself, so no page or action can
// skip it. The reads: ./queries.ts.
import { db } from "@/lib/db";
import { now, today } from "@/lib/clock";
import { loadOf } from "@/features/assignments/load";
import { audit } from "@/lib/audit";
import type { Prisma, Permission } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import type { Actor } from "@/lib/authz/permissions";
import { liftSignInLock, requestPasswordReset } from "@/lib/auth/password-reset";
import { deactivationBlockedByParticipants, wouldRemoveLastAdmin } from "./rules";
import { acceptWithNewPassword, answerInvitation as answer, hashToken, invitationView, invitePerson, sendInvitation, type InvitationView } from "./invitations";
import type { AccessInput, InviteStaffInput } from "./schemas";
import { assertManager } from "@/lib/authz/assert";

export { hashToken };

type Tx = Prisma.TransactionClient;

/** Serialises account changes within one supplier so two administrators cannot both remove "the other last" admin. */
async function lockSupplier(tx: Tx, supplierId: string) {
  await tx.$queryRaw`SELECT id FROM "Supplier" WHERE id = ${supplierId}::uuid FOR UPDATE`;
}

async function activeAdminIds(tx: Tx, supplierId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: { supplierId, active: true, acceptedAt: { not: null }, user: { active: true }, permissions: { has: "ADMINISTER_PERMISSIONS" } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

async function assertUnitsOfSupplier(tx: Tx, supplierId: string, unitIds: string[]) {
  if (unitIds.length === 0) return;
  const count = await tx.performingUnit.count({ where: { supplierId, id: { in: unitIds } } });
  if (count !== new Set(unitIds).size) throw new RuleError("En vald utförande verksamhet hör inte till organisationen.", "unitIds");
}

function accessSnapshot(m: { permissions: Permission[]; allUnits: boolean; active: boolean; units: { unitId: string }[] }) {
  return { permissions: [...m.permissions].sort(), allUnits: m.allUnits, active: m.active, unitIds: m.units.map((u) => u.unitId).sort() };
}

function normaliseAccess(input: AccessInput) {
  const permissions = [...new Set(input.permissions)];
  const allUnits = input.unitScope === "ALL";
  return { permissions, allUnits, unitIds: allUnits ? [] : [...new Set(input.unitIds)] };
}

export interface InviteResult {
  membershipId: string;
}

/**
 * Invites a person by e-mail. The answer is the same whatever the address belongs to (a new
 * person, an account at another organisation, an officer): a pending membership, and a mail
 * to the address that only its owner can read.
 */
export async function inviteStaff(actor: Actor, input: InviteStaffInput): Promise<InviteResult> {
  assertManager(actor);
  const access = normaliseAccess(input);
  return db.$transaction(async (tx) => {
    await lockSupplier(tx, actor.supplierId);
    await assertUnitsOfSupplier(tx, actor.supplierId, access.unitIds);
    const { membership } = await invitePerson(tx, { email: input.email, name: input.name, supplierId: actor.supplierId, invitedById: actor.userId, ...access });
    await audit(tx, {
      actorId: actor.userId,
      supplierId: actor.supplierId,
      action: "staff.invited",
      entityType: "Membership",
      entityId: membership.id,
      after: { email: input.email, name: input.name, ...accessSnapshot(membership) },
    });
    return { membershipId: membership.id };
  });
}

/** Sends a new invitation mail for a membership still waiting for its answer (this organisation's only). */
export async function reissueInvitation(actor: Actor, membershipId: string): Promise<void> {
  assertManager(actor);
  await db.$transaction(async (tx) => {
    const m = await tx.membership.findFirst({ where: { id: membershipId, supplierId: actor.supplierId }, include: { user: { select: { kind: true } } } });
    if (!m) throw new NotFoundError("Personen finns inte i organisationen.");
    if (m.acceptedAt) throw new RuleError("Personen har redan tackat ja och kan logga in.");
    if (!m.active) throw new RuleError("Aktivera personen först.");
    if (m.user.kind === "SUPPLIER_STAFF") await sendInvitation(tx, { userId: m.userId, supplierId: actor.supplierId, invitedById: actor.userId, name: m.invitedName ?? "" });
    await audit(tx, { actorId: actor.userId, supplierId: actor.supplierId, action: "staff.invitation-reissued", entityType: "Membership", entityId: m.id });
  });
}

export async function updateAccess(actor: Actor, membershipId: string, input: AccessInput): Promise<void> {
  assertManager(actor);
  const access = normaliseAccess(input);
  await db.$transaction(async (tx) => {
    await lockSupplier(tx, actor.supplierId);
    const m = await tx.membership.findFirst({ where: { id: membershipId, supplierId: actor.supplierId }, include: { units: true } });
    if (!m) throw new NotFoundError("Personen finns inte i organisationen.");
    await assertUnitsOfSupplier(tx, actor.supplierId, access.unitIds);
    const remainsAdmin = m.active && access.permissions.includes("ADMINISTER_PERMISSIONS");
    if (wouldRemoveLastAdmin({ activeAdminMembershipIds: await activeAdminIds(tx, actor.supplierId), targetMembershipId: m.id, targetRemainsActiveAdmin: remainsAdmin })) {
      throw new RuleError("Organisationen måste ha minst en aktiv behörighetsadministratör.", "permissions");
    }
    if (!access.permissions.includes("REPORTING")) {
      const handled = await loadOf(tx, actor.supplierId, m.userId, today());
      if (handled > 0) {
        throw new RuleError(`Personen är handledare för ${handled} deltagare och måste ha behörigheten Rapportering tills deltagarna flyttats.`, "permissions");
      }
    }
    await tx.membershipUnit.deleteMany({ where: { membershipId: m.id } });
    const updated = await tx.membership.update({
      where: { id: m.id },
      data: {
        permissions: access.permissions,
        allUnits: access.allUnits,
        units: { create: access.unitIds.map((unitId) => ({ unitId })) },
      },
      include: { units: true },
    });
    await audit(tx, {
      actorId: actor.userId,
      supplierId: actor.supplierId,
      action: "staff.access-changed",
      entityType: "Membership",
      entityId: m.id,
      before: accessSnapshot(m),
      after: accessSnapshot(updated),
    });
  });
}

export async function setMembershipActive(actor: Actor, membershipId: string, active: boolean): Promise<void> {
  assertManager(actor);
  await db.$transaction(async (tx) => {
    await lockSupplier(tx, actor.supplierId);
    const m = await tx.membership.findFirst({ where: { id: membershipId, supplierId: actor.supplierId }, include: { units: true } });
    if (!m) throw new NotFoundError("Personen finns inte i organisationen.");
    if (m.active === active) return;
    if (!active) {
      if (wouldRemoveLastAdmin({ activeAdminMembershipIds: await activeAdminIds(tx, actor.supplierId), targetMembershipId: m.id, targetRemainsActiveAdmin: false })) {
        throw new RuleError("Den sista aktiva behörighetsadministratören kan inte inaktiveras.");
      }
      const handled = await loadOf(tx, actor.supplierId, m.userId, today());
      if (deactivationBlockedByParticipants(handled)) {
        throw new RuleError(`Personen är handledare för ${handled} deltagare. Flytta deltagarna till en annan handledare först.`);
      }
    }
    const updated = await tx.membership.update({
      where: { id: m.id },
      data: { active, deactivatedAt: active ? null : now() },
      include: { units: true },
    });
    if (!active) {
      // Sessions working in this organisation end at once; other organisations' work is untouched.
      await tx.userSession.updateMany({ where: { userId: m.userId, activeSupplierId: actor.supplierId, revokedAt: null }, data: { revokedAt: now() } });
    }
    await audit(tx, {
      actorId: actor.userId,
      supplierId: actor.supplierId,
      action: active ? "staff.reactivated" : "staff.deactivated",
      entityType: "Membership",
      entityId: m.id,
      before: accessSnapshot(m),
      after: accessSnapshot(updated),
    });
  });
}

/** An administrator sends a member a password-reset link; the mail goes to the member only. */
export async function sendPasswordResetToMember(actor: Actor, membershipId: string): Promise<void> {
  assertManager(actor);
  const m = await db.membership.findFirst({ where: { id: membershipId, supplierId: actor.supplierId }, include: { user: { select: { email: true, kind: true } } } });
  if (!m) throw new NotFoundError("Personen finns inte i organisationen.");
  if (!m.acceptedAt) throw new RuleError("Personen har inte tackat ja till inbjudan än. Skicka inbjudan igen i stället.");
  if (!m.active) throw new RuleError("Aktivera personen först.");
  if (m.user.kind === "SUPPLIER_STAFF") await requestPasswordReset(m.user.email, "direct", { actorId: actor.userId, supplierId: actor.supplierId });
}

/** An administrator lifts a member's sign-in lock-out. Returns whether there was one. */
export async function liftMemberSignInLock(actor: Actor, membershipId: string): Promise<boolean> {
  assertManager(actor);
  const m = await db.membership.findFirst({ where: { id: membershipId, supplierId: actor.supplierId, acceptedAt: { not: null } }, include: { user: { select: { email: true } } } });
  if (!m) throw new NotFoundError("Personen finns inte i organisationen.");
  return db.$transaction(async (tx) => {
    const lifted = await liftSignInLock(tx, m.user.email);
    await audit(tx, { actorId: actor.userId, supplierId: actor.supplierId, action: "auth.lock-lifted", entityType: "Membership", entityId: m.id, after: { counters: lifted } });
    return lifted > 0;
  });
}

/** The invitee without an account sets a password through the link in their mail. */
export async function acceptInvitation(token: string, passwordHash: string): Promise<{ email: string }> {
  return db.$transaction((tx) => acceptWithNewPassword(tx, token, passwordHash));
}

/** A signed-in person says yes or no to an invitation sent to them. */
export async function answerInvitation(userId: string, token: string, accept: boolean): Promise<{ supplierId: string }> {
  return db.$transaction((tx) => answer(tx, token, userId, accept));
}

export async function invitationState(token: string): Promise<InvitationView> {
  return db.$transaction((tx) => invitationView(tx, token));
}
