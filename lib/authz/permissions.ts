// The permission matrix: named capabilities, each tied to one of the three supplier
// permissions and a scope. Pure functions; the server module (./guard.ts) and the UI use
// the same ones, so what the menu shows and what the server allows cannot drift apart.
import { Permission } from "@/lib/generated/prisma/enums";

export { Permission };

export const PERMISSION_LABELS: Record<Permission, string> = {
  ADMINISTER_PERMISSIONS: "Administrera behörigheter",
  RECEIVE_PARTICIPANTS: "Ta emot nya deltagare",
  REPORTING: "Rapportering, planering och information om deltagare",
};

export const ALL_PERMISSIONS: Permission[] = ["ADMINISTER_PERMISSIONS", "RECEIVE_PARTICIPANTS", "REPORTING"];

export interface StaffActor {
  kind: "staff";
  userId: string;
  sessionId: string;
  name: string;
  email: string;
  supplierId: string;
  supplierName: string;
  membershipId: string;
  permissions: Permission[];
  allUnits: boolean;
  /** The units the person may work with, "all units" already resolved. */
  unitIds: string[];
  /** How many organisations the person works for (more than one: they may switch). */
  organisationCount?: number;
}

export interface OfficerActor {
  kind: "officer";
  userId: string;
  sessionId: string;
  name: string;
  email: string;
}

export type Actor = StaffActor | OfficerActor;

/** Organisation-wide capabilities need only the permission; unit capabilities also the unit. */
export const CAPABILITIES = {
  /** staff list, invitations, permissions and units of accounts */
  manageStaff: { permission: "ADMINISTER_PERMISSIONS", scope: "organisation" },
  /** nya deltagare: see unassigned participants, assign or change handledare */
  receiveParticipants: { permission: "RECEIVE_PARTICIPANTS", scope: "unit" },
  /** deltagarlista, deltagarkort, planning and every report */
  reportOnParticipants: { permission: "REPORTING", scope: "unit" },
} as const satisfies Record<string, { permission: Permission; scope: "organisation" | "unit" }>;

export type Capability = keyof typeof CAPABILITIES;

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.kind === "staff" && actor.permissions.includes(permission);
}

/** May the actor use the capability at all (somewhere)? Used for menus and page entry. */
export function can(actor: Actor, capability: Capability): boolean {
  const { permission, scope } = CAPABILITIES[capability];
  if (!hasPermission(actor, permission)) return false;
  return scope === "organisation" || (actor as StaffActor).unitIds.length > 0;
}

/**
 * May the actor use the capability on something that belongs to `supplierId` and
 * (for unit capabilities) `unitId`? Deny by default.
 */
export function canAt(actor: Actor, capability: Capability, target: { supplierId: string; unitId?: string }): boolean {
  if (actor.kind !== "staff") return false;
  if (actor.supplierId !== target.supplierId) return false;
  const { permission, scope } = CAPABILITIES[capability];
  if (!actor.permissions.includes(permission)) return false;
  if (scope === "organisation") return true;
  return target.unitId !== undefined && actor.unitIds.includes(target.unitId);
}

/** The units where the actor holds the capability ([] when none). */
export function unitsFor(actor: Actor, capability: Capability): string[] {
  if (actor.kind !== "staff" || !can(actor, capability)) return [];
  return CAPABILITIES[capability].scope === "unit" ? actor.unitIds : [];
}

/** Orders: administrators see the whole organisation, reporters their units. */
export function orderUnitScope(actor: Actor, allSupplierUnitIds: string[]): string[] {
  if (actor.kind !== "staff") return [];
  if (actor.permissions.includes("ADMINISTER_PERMISSIONS")) return allSupplierUnitIds;
  return unitsFor(actor, "reportOnParticipants");
}
