// Staff administration for a supplier's behörighetsadministratör. Every function takes
// the acting user and checks the capability against the target's organisation itself,
// so no page or action can skip it.
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import type { Prisma, Permission } from "@/lib/generated/prisma/client";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/authz/errors";
import { canAt, type Actor, type StaffActor } from "@/lib/authz/permissions";
import { revokeUserSessions } from "@/lib/auth/session-store";
import { deactivationBlockedByParticipants, wouldRemoveLastAdmin } from "./rules";
import { createInvitation, hashToken } from "./invitations";
import type { AccessInput, InviteStaffInput, StaffListQuery } from "./schemas";

export const STAFF_PAGE_SIZE = 20;

function assertManager(actor: Actor): asserts actor is StaffActor {
  if (actor.kind !== "staff" || !canAt(actor, "manageStaff", { supplierId: actor.supplierId })) throw new ForbiddenError();
}

export { hashToken };

type Tx = Prisma.TransactionClient;

/** Serialises account changes within one supplier so two administrators cannot both remove "the other last" admin. */
async function lockSupplier(tx: Tx, supplierId: string) {
  await tx.$queryRaw`SELECT id FROM "Supplier" WHERE id = ${supplierId}::uuid FOR UPDATE`;
}

async function activeAdminIds(tx: Tx, supplierId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: { supplierId, active: true, user: { active: true }, permissions: { has: "ADMINISTER_PERMISSIONS" } },
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

export async function listStaff(actor: Actor, query: StaffListQuery) {
  assertManager(actor);
  const page = query.page ?? 1;
  const status = query.status ?? "active";
  const where: Prisma.MembershipWhereInput = {
    supplierId: actor.supplierId,
    ...(status === "all" ? {} : { active: status === "active" }),
    ...(query.withoutPermissions ? { permissions: { isEmpty: true } } : {}),
    ...(query.q
      ? { user: { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { email: { contains: query.q, mode: "insensitive" } }] } }
      : {}),
  };
  const dir = query.dir ?? "asc";
  const sort = query.sort ?? "name";
  const orderBy: Prisma.MembershipOrderByWithRelationInput[] =
    sort === "createdAt" ? [{ createdAt: dir }, { id: "asc" }] : [{ user: { [sort]: dir } }, { id: "asc" }];
  const [total, rows] = await Promise.all([
    db.membership.count({ where }),
    db.membership.findMany({
      where,
      orderBy,
      skip: (page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      include: {
        user: { select: { id: true, name: true, email: true, passwordHash: true } },
        units: { include: { unit: { select: { id: true, name: true } } } },
      },
    }),
  ]);
  return {
    total,
    page,
    pageSize: STAFF_PAGE_SIZE,
    rows: rows.map((m) => ({
      membershipId: m.id,
      name: m.user.name,
      email: m.user.email,
      permissions: m.permissions,
      allUnits: m.allUnits,
      units: m.units.map((u) => u.unit).sort((a, b) => a.name.localeCompare(b.name, "sv")),
      active: m.active,
      invitationPending: m.user.passwordHash === null,
    })),
  };
}

export async function listSupplierUnits(actor: Actor) {
  assertManager(actor);
  return db.performingUnit.findMany({
    where: { supplierId: actor.supplierId },
    select: { id: true, name: true, street: true, city: true },
    orderBy: { name: "asc" },
  });
}

export async function getStaffMember(actor: Actor, membershipId: string) {
  assertManager(actor);
  const m = await db.membership.findFirst({
    where: { id: membershipId, supplierId: actor.supplierId },
    include: {
      user: { select: { id: true, name: true, email: true, passwordHash: true } },
      units: { select: { unitId: true } },
    },
  });
  if (!m) throw new NotFoundError("Personen finns inte i organisationen.");
  const activeAssignments = await db.handledareAssignment.count({
    where: { handledareId: m.userId, endedAt: null, decision: { supplierId: actor.supplierId } },
  });
  const history = await db.auditEvent.findMany({
    where: { entityType: "Membership", entityId: m.id },
    orderBy: { at: "desc" },
    take: 50,
  });
  return {
    membershipId: m.id,
    name: m.user.name,
    email: m.user.email,
    invitationPending: m.user.passwordHash === null,
    permissions: m.permissions,
    allUnits: m.allUnits,
    unitIds: m.units.map((u) => u.unitId),
    active: m.active,
    activeAssignments,
    history,
  };
}

export interface InviteResult {
  membershipId: string;
  /** present when the person must set a password; shown once to the administrator */
  invitationToken: string | null;
}

export async function inviteStaff(actor: Actor, input: InviteStaffInput): Promise<InviteResult> {
  assertManager(actor);
  const access = normaliseAccess(input);
  return db.$transaction(async (tx) => {
    await lockSupplier(tx, actor.supplierId);
    await assertUnitsOfSupplier(tx, actor.supplierId, access.unitIds);
    let user = await tx.user.findUnique({ where: { email: input.email }, omit: { passwordHash: false } });
    if (user?.kind === "OFFICER") throw new RuleError("E-postadressen tillhör ett konto hos Arbetsförmedlingen.", "email");
    if (user) {
      const existing = await tx.membership.findUnique({ where: { userId_supplierId: { userId: user.id, supplierId: actor.supplierId } } });
      if (existing) throw new RuleError("Det finns redan ett konto med den e-postadressen i organisationen.", "email");
    } else {
      user = await tx.user.create({ data: { email: input.email, name: input.name, kind: "SUPPLIER_STAFF" }, omit: { passwordHash: false } });
    }
    const membership = await tx.membership.create({
      data: {
        userId: user.id,
        supplierId: actor.supplierId,
        permissions: access.permissions,
        allUnits: access.allUnits,
        units: { create: access.unitIds.map((unitId) => ({ unitId })) },
      },
      include: { units: true },
    });
    const invitationToken = user.passwordHash ? null : await createInvitation(tx, { userId: user.id, supplierId: actor.supplierId, invitedById: actor.userId });
    await audit(tx, {
      actorId: actor.userId,
      supplierId: actor.supplierId,
      action: "staff.invited",
      entityType: "Membership",
      entityId: membership.id,
      after: { email: user.email, name: user.name, ...accessSnapshot(membership) },
    });
    return { membershipId: membership.id, invitationToken };
  });
}

export async function reissueInvitation(actor: Actor, membershipId: string): Promise<string> {
  assertManager(actor);
  return db.$transaction(async (tx) => {
    const m = await tx.membership.findFirst({
      where: { id: membershipId, supplierId: actor.supplierId },
      include: { user: { omit: { passwordHash: false } } },
    });
    if (!m) throw new NotFoundError("Personen finns inte i organisationen.");
    if (m.user.passwordHash) throw new RuleError("Personen har redan ett lösenord och kan logga in.");
    await tx.invitation.updateMany({ where: { userId: m.userId, usedAt: null }, data: { expiresAt: now() } });
    const token = await createInvitation(tx, { userId: m.userId, supplierId: actor.supplierId, invitedById: actor.userId });
    await audit(tx, { actorId: actor.userId, supplierId: actor.supplierId, action: "staff.invitation-reissued", entityType: "Membership", entityId: m.id });
    return token;
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
      const handled = await tx.handledareAssignment.count({ where: { handledareId: m.userId, endedAt: null, decision: { supplierId: actor.supplierId } } });
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
      const handled = await tx.handledareAssignment.count({ where: { handledareId: m.userId, endedAt: null, decision: { supplierId: actor.supplierId } } });
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

/** The invitee sets a password through the single-use link. */
export async function acceptInvitation(token: string, passwordHash: string): Promise<{ email: string }> {
  return db.$transaction(async (tx) => {
    const inv = await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
    const at = now();
    if (!inv || inv.usedAt || inv.expiresAt.getTime() <= at.getTime() || !inv.user.active) {
      throw new RuleError("Länken är ogiltig, redan använd eller har gått ut. Be din behörighetsadministratör om en ny.", "password");
    }
    const used = await tx.invitation.updateMany({ where: { id: inv.id, usedAt: null }, data: { usedAt: at } });
    if (used.count !== 1) throw new RuleError("Länken har redan använts.", "password");
    await tx.user.update({ where: { id: inv.userId }, data: { passwordHash } });
    await revokeUserSessions(inv.userId, tx);
    await audit(tx, { actorId: inv.userId, supplierId: inv.supplierId, action: "staff.invitation-accepted", entityType: "User", entityId: inv.userId });
    return { email: inv.user.email };
  });
}

export async function invitationState(token: string): Promise<{ usable: boolean; name?: string; email?: string }> {
  const inv = await db.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!inv || inv.usedAt || inv.expiresAt.getTime() <= now().getTime()) return { usable: false };
  return { usable: true, name: inv.user.name, email: inv.user.email };
}
