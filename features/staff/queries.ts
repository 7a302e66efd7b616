// Staff administration, reading: the organisation's staff list, its units and one member,
// for a supplier's behörighetsadministratör. Every function takes the acting user and checks
// the capability against the target's organisation itself, so no page can skip it.
import { describeAccessChange, unitIdsIn } from "./history";
import { db, dbHandle } from "@/lib/db";
import { today } from "@/lib/clock";
import { loadOf } from "@/features/assignments/load";
import { NotFoundError } from "@/lib/authz/errors";
import type { Actor } from "@/lib/authz/permissions";
import type { StaffListQuery } from "./schemas";
import { shownName } from "./shown-name";
import { STAFF_PAGE_SIZE, staffListPage } from "./staff-list-sql";
import { assertManager } from "@/lib/authz/assert";

/** One page of the organisation's staff, counted, filtered, sorted and paged in SQL (staff-list-sql.ts). */
export async function listStaff(actor: Actor, query: StaffListQuery) {
  assertManager(actor);
  const { total, rows } = await staffListPage(actor.supplierId, query);
  return { total, page: query.page ?? 1, pageSize: STAFF_PAGE_SIZE, rows };
}

export async function listSupplierUnits(actor: Actor) {
  assertManager(actor);
  return db.performingUnit.findMany({
    where: { supplierId: actor.supplierId },
    select: { id: true, name: true, street: true, city: true },
    orderBy: { name: "asc" },
  });
}

/** Whether the membership is of the administrator's own organisation: one indexed read, the check before its page streams (issue #14). */
export async function isMemberOfOwnSupplier(actor: Actor, membershipId: string): Promise<boolean> {
  assertManager(actor);
  if (!/^[0-9a-f-]{36}$/i.test(membershipId)) return false;
  return (await db.membership.count({ where: { id: membershipId, supplierId: actor.supplierId } })) > 0;
}

export async function getStaffMember(actor: Actor, membershipId: string) {
  assertManager(actor);
  const m = await db.membership.findFirst({
    where: { id: membershipId, supplierId: actor.supplierId },
    include: {
      user: { select: { id: true, name: true, email: true, phone: true } },
      units: { select: { unitId: true } },
    },
  });
  if (!m) throw new NotFoundError("Personen finns inte i organisationen.");
  const activeAssignments = await loadOf(db, actor.supplierId, m.userId, today());
  const events = await db.auditEvent.findMany({
    // The membership's own events, and the person's changes of their own work phone made
    // while working in this organisation (the number shows in this organisation's letters).
    where: {
      OR: [
        { entityType: "Membership", entityId: m.id },
        { entityType: "User", entityId: m.userId, action: "user.phone-changed", supplierId: actor.supplierId },
      ],
    },
    orderBy: { at: "desc" },
    take: 50,
  });
  // Who did it, and for an access change what changed, by name.
  const [people, units] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))] } }, select: { id: true, name: true } }),
    db.performingUnit.findMany({ where: { supplierId: actor.supplierId, id: { in: unitIdsIn(...events.flatMap((e) => [e.before, e.after])) } }, select: { id: true, name: true } }),
  ]);
  const personName = new Map(people.map((p) => [p.id, p.name]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const history = events.map((e) => ({
    id: e.id,
    at: e.at,
    action: e.action,
    by: e.actorId ? (personName.get(e.actorId) ?? null) : null,
    changes: ["staff.access-changed", "staff.phone-changed", "user.phone-changed"].includes(e.action) ? describeAccessChange(e.before, e.after, (id) => unitName.get(id) ?? "okänd verksamhet") : [],
  }));
  return {
    membershipId: m.id,
    userId: m.userId,
    name: shownName(m),
    email: m.user.email,
    // An account's own phone is not shown before the person has accepted (as its name is not).
    phone: m.acceptedAt === null ? null : m.user.phone,
    invitationPending: m.acceptedAt === null,
    permissions: m.permissions,
    allUnits: m.allUnits,
    unitIds: m.units.map((u) => u.unitId),
    active: m.active,
    activeAssignments,
    history,
  };
}

/** The units the staff member works at in their active organisation, by name (the start page). */
export async function ownUnits(actor: Actor) {
  if (actor.kind !== "staff") return [];
  // On the start page at every load: one prepared statement, in Swedish alphabetical order.
  return dbHandle().sql.query<{ id: string; name: string; street: string; postalCode: string; city: string }>(
    `SELECT u.id, u.name, u.street, u."postalCode", u.city FROM "PerformingUnit" u
      WHERE u."supplierId" = $1::uuid AND u.id = ANY($2::uuid[]) ORDER BY u.name COLLATE "sv-x-icu", u.id`,
    [actor.supplierId, actor.unitIds],
    { prepared: true },
  );
}
