// Every capability the product has, each defined once from the three supplier permissions
// (or from being an officer). The server checks (staffAction, requireStaff, the API's
// endpoints, the data functions through ./access.ts) and the UI that hides what a person
// cannot do (menus, buttons, links) ask this one table, so they cannot drift apart.
// Deny by default: a capability holds only through one of its grants.
//
// A grant is a permission with a scope: "unit" holds at the units the membership names
// (all units already resolved), "organisation" at every unit of the active organisation.
// Officers (arbetsförmedlare) hold only the officer grant; they see every placement.
import type { Permission } from "@/lib/generated/prisma/enums";
import type { Actor } from "./permissions";

export type Grant =
  | { permission: Permission; scope: "organisation" | "unit" }
  | { officer: true };

const atUnits = (permission: Permission): Grant => ({ permission, scope: "unit" });
const organisationWide = (permission: Permission): Grant => ({ permission, scope: "organisation" });
const officer: Grant = { officer: true };

export const CAPABILITIES = {
  /** Behörighetsadministratör: staff list, invitations, permissions and units, API keys, caseload. */
  manageStaff: [organisationWide("ADMINISTER_PERMISSIONS")],
  /** Nya deltagare: see unassigned participants at the unit (the list, its count in the menu). */
  receiveParticipants: [atUnits("RECEIVE_PARTICIPANTS")],
  /** Deltagarlista and its export, planning and every report, meetings: the handledare's work. */
  reportOnParticipants: [atUnits("REPORTING")],
  /** Show the personnummer behind "Visa" (audited). */
  revealPersonnummer: [atUnits("REPORTING")],
  /** See the participant's card (receivers without contact details) and the first-meeting list. */
  workWithParticipant: [atUnits("RECEIVE_PARTICIPANTS"), atUnits("REPORTING")],
  /** Choose or change a participant's handledare: receivers at the unit, administrators anywhere. */
  assignHandledare: [atUnits("RECEIVE_PARTICIPANTS"), organisationWide("ADMINISTER_PERMISSIONS")],
  /** Beställningar, their XML and export, invoicing: administrators everywhere, reporters at their units. */
  seeOrders: [organisationWide("ADMINISTER_PERMISSIONS"), atUnits("REPORTING")],
  /** Händelser: the events of the units where one receives or reports. */
  followEvents: [atUnits("RECEIVE_PARTICIPANTS"), atUnits("REPORTING")],
  /** A placement's plannings and reports, to read: reporters at the unit and officers. */
  readReports: [atUnits("REPORTING"), officer],
  /** Officer work: decisions, suppliers, price list, and deciding plannings and reports. */
  officerWork: [officer],
} as const satisfies Record<string, readonly Grant[]>;

export type Capability = keyof typeof CAPABILITIES;

export const CAPABILITY_NAMES = Object.keys(CAPABILITIES) as Capability[];

function grants(capability: Capability): readonly Grant[] {
  return CAPABILITIES[capability];
}

/** The supplier permissions that give the capability (any one of them), in the table's order. */
export function permissionsOf(capability: Capability): Permission[] {
  return grants(capability).flatMap((g) => ("permission" in g ? [g.permission] : []));
}

function holds(actor: Actor, g: Grant): "everywhere" | "units" | false {
  if ("officer" in g) return actor.kind === "officer" ? "everywhere" : false;
  if (actor.kind !== "staff" || !actor.permissions.includes(g.permission)) return false;
  if (g.scope === "organisation") return "everywhere";
  return actor.unitIds.length > 0 ? "units" : false;
}

/** May the actor use the capability at all (somewhere)? Menus, buttons and page entry. */
export function can(actor: Actor, capability: Capability): boolean {
  return grants(capability).some((g) => holds(actor, g) !== false);
}

/**
 * May the actor use the capability on something that belongs to `supplierId` and (for unit
 * grants) `unitId`? Staff never outside their active organisation. Deny by default.
 */
export function canAt(actor: Actor, capability: Capability, target: { supplierId: string; unitId?: string }): boolean {
  return grants(capability).some((g) => {
    const h = holds(actor, g);
    if (h === false) return false;
    if (actor.kind === "officer") return true;
    if (actor.supplierId !== target.supplierId) return false;
    return h === "everywhere" || (target.unitId !== undefined && actor.unitIds.includes(target.unitId));
  });
}

/**
 * Where a staff member holds the capability: their organisation and the units (null: every
 * unit of the organisation). Null when nowhere, and for officers.
 */
export interface UnitScope {
  supplierId: string;
  userId: string;
  /** null: every unit of the organisation (an organisation-wide grant). */
  unitIds: string[] | null;
}

export function unitScope(actor: Actor, capability: Capability): UnitScope | null {
  if (actor.kind !== "staff") return null;
  let everywhere = false;
  let units = false;
  for (const g of grants(capability)) {
    const h = holds(actor, g);
    if (h === "everywhere") everywhere = true;
    if (h === "units") units = true;
  }
  if (everywhere) return { supplierId: actor.supplierId, userId: actor.userId, unitIds: null };
  if (units) return { supplierId: actor.supplierId, userId: actor.userId, unitIds: actor.unitIds };
  return null;
}

/** The units where the actor holds the capability through a unit grant ([] when none). */
export function unitsFor(actor: Actor, capability: Capability): string[] {
  if (actor.kind !== "staff") return [];
  return grants(capability).some((g) => holds(actor, g) === "units") ? actor.unitIds : [];
}
