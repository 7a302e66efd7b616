// The three supplier permissions and the acting user. What each permission lets a person do
// is the capability table in ./capabilities.ts (re-exported here); the server module
// (./guard.ts) and the UI use the same one, so what the menu shows and what the server allows
// cannot drift apart.
import { Permission } from "@/lib/generated/prisma/enums";
import { unitScope } from "./capabilities";

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

// The capabilities themselves, each defined once from these permissions: ./capabilities.ts.
export { CAPABILITIES, can, canAt, permissionsOf, unitScope, unitsFor, type Capability, type UnitScope } from "./capabilities";

/** Orders: administrators see the whole organisation, reporters their units (the seeOrders capability). */
export function orderUnitScope(actor: Actor, allSupplierUnitIds: string[]): string[] {
  const scope = unitScope(actor, "seeOrders");
  if (!scope) return [];
  return scope.unitIds ?? allSupplierUnitIds;
}
