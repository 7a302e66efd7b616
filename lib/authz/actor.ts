// Builds the acting user from the database on every request: organisation, units and
// permissions come from rows, never from token claims, so a change by an administrator
// (or a revoked session) takes effect at once on every app instance.
import { db, dbHandle } from "@/lib/db";
import type { Permission } from "@/lib/generated/prisma/client";
import { now } from "@/lib/clock";
import type { Actor } from "./permissions";

export type ActorState =
  | { status: "none" }
  | { status: "choose-supplier"; userId: string; sessionId: string; suppliers: { id: string; name: string }[] }
  | { status: "ok"; actor: Actor };

interface ActorRow {
  userId: string;
  activeSupplierId: string | null;
  revokedAt: Date | null;
  expiresAt: Date;
  kind: string;
  name: string;
  email: string;
  active: boolean;
  membershipId: string | null;
  supplierId: string | null;
  supplierName: string | null;
  permissions: string[] | null;
  allUnits: boolean | null;
  unitIds: string[] | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Every page asks this first, so it is one statement: the session, its user, and one row per
// accepted active membership with its organisation and units. A pending membership (an
// invitation not yet accepted) gives no access at all.
const ACTOR_SQL = `
  SELECT s."userId", s."activeSupplierId", s."revokedAt", s."expiresAt",
         u.kind::text AS kind, u.name, u.email, u.active,
         m.id AS "membershipId", m."supplierId", sp.name AS "supplierName",
         m.permissions::text[] AS permissions, m."allUnits",
         CASE WHEN m.id IS NULL THEN NULL
              WHEN m."allUnits" THEN ARRAY(SELECT pu.id::text FROM "PerformingUnit" pu WHERE pu."supplierId" = m."supplierId" ORDER BY pu.id)
              ELSE ARRAY(SELECT mu."unitId"::text FROM "MembershipUnit" mu WHERE mu."membershipId" = m.id ORDER BY mu."unitId")
         END AS "unitIds"
    FROM "UserSession" s
    JOIN "User" u ON u.id = s."userId"
    LEFT JOIN "Membership" m ON m."userId" = u.id AND u.kind = 'SUPPLIER_STAFF' AND m.active AND m."acceptedAt" IS NOT NULL
    LEFT JOIN "Supplier" sp ON sp.id = m."supplierId"
   WHERE s.id = $1::uuid
   ORDER BY sp.name ASC`;

export async function loadActorState(sessionId: string): Promise<ActorState> {
  if (!UUID.test(sessionId)) return { status: "none" };
  const rows = await dbHandle().sql.query<ActorRow>(ACTOR_SQL, [sessionId], { prepared: true });
  const first = rows[0];
  if (!first || first.revokedAt || new Date(first.expiresAt).getTime() <= now().getTime() || !first.active) {
    return { status: "none" };
  }
  const user = { id: first.userId, name: first.name, email: first.email };
  if (first.kind === "OFFICER") {
    return { status: "ok", actor: { kind: "officer", userId: user.id, sessionId, name: user.name, email: user.email } };
  }

  const memberships = rows.filter((r) => r.membershipId !== null);
  if (memberships.length === 0) return { status: "none" };

  let membership = memberships.find((m) => m.supplierId === first.activeSupplierId);
  if (!membership && memberships.length === 1) {
    membership = memberships[0];
    await db.userSession.update({ where: { id: sessionId }, data: { activeSupplierId: membership.supplierId } });
  }
  if (!membership) {
    return {
      status: "choose-supplier",
      userId: user.id,
      sessionId,
      suppliers: memberships.map((m) => ({ id: m.supplierId!, name: m.supplierName! })),
    };
  }

  return {
    status: "ok",
    actor: {
      kind: "staff",
      userId: user.id,
      sessionId,
      name: user.name,
      email: user.email,
      supplierId: membership.supplierId!,
      supplierName: membership.supplierName!,
      membershipId: membership.membershipId!,
      permissions: membership.permissions as Permission[],
      allUnits: membership.allUnits!,
      organisationCount: memberships.length,
      unitIds: membership.unitIds ?? [],
    },
  };
}

/** Switches the organisation a staff member works in; only to one they belong to. */
export async function chooseSupplier(sessionId: string, userId: string, supplierId: string): Promise<boolean> {
  const membership = await db.membership.findFirst({ where: { userId, supplierId, active: true, acceptedAt: { not: null } } });
  if (!membership) return false;
  await db.userSession.update({ where: { id: sessionId }, data: { activeSupplierId: supplierId } });
  return true;
}
