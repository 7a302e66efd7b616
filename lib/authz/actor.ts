// Builds the acting user from the database on every request: organisation, units and
// permissions come from rows, never from token claims, so a change by an administrator
// (or a revoked session) takes effect at once on every app instance.
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import type { Actor } from "./permissions";

export type ActorState =
  | { status: "none" }
  | { status: "choose-supplier"; userId: string; sessionId: string; suppliers: { id: string; name: string }[] }
  | { status: "ok"; actor: Actor };

export async function loadActorState(sessionId: string): Promise<ActorState> {
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    include: { user: true },
  });
  if (!session || session.revokedAt || session.expiresAt.getTime() <= now().getTime() || !session.user.active) {
    return { status: "none" };
  }
  const { user } = session;
  if (user.kind === "OFFICER") {
    return { status: "ok", actor: { kind: "officer", userId: user.id, sessionId, name: user.name, email: user.email } };
  }

  // A pending membership (an invitation not yet accepted) gives no access at all.
  const memberships = await db.membership.findMany({
    where: { userId: user.id, active: true, acceptedAt: { not: null } },
    include: { supplier: { select: { id: true, name: true } }, units: { select: { unitId: true } } },
    orderBy: { supplier: { name: "asc" } },
  });
  if (memberships.length === 0) return { status: "none" };

  let membership = memberships.find((m) => m.supplierId === session.activeSupplierId);
  if (!membership && memberships.length === 1) {
    membership = memberships[0];
    await db.userSession.update({ where: { id: sessionId }, data: { activeSupplierId: membership.supplierId } });
  }
  if (!membership) {
    return {
      status: "choose-supplier",
      userId: user.id,
      sessionId,
      suppliers: memberships.map((m) => ({ id: m.supplier.id, name: m.supplier.name })),
    };
  }

  const unitIds = membership.allUnits
    ? (await db.performingUnit.findMany({ where: { supplierId: membership.supplierId }, select: { id: true } })).map((u) => u.id)
    : membership.units.map((u) => u.unitId);

  return {
    status: "ok",
    actor: {
      kind: "staff",
      userId: user.id,
      sessionId,
      name: user.name,
      email: user.email,
      supplierId: membership.supplierId,
      supplierName: membership.supplier.name,
      membershipId: membership.id,
      permissions: membership.permissions,
      allUnits: membership.allUnits,
      organisationCount: memberships.length,
      unitIds,
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
