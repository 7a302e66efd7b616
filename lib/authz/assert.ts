// Kind checks for data functions: deny by default, with the same error everywhere.
import { ForbiddenError } from "./errors";
import { canAt, type Actor, type OfficerActor, type StaffActor } from "./permissions";

export function assertOfficer(actor: Actor | null | undefined): asserts actor is OfficerActor {
  if (!actor || actor.kind !== "officer") throw new ForbiddenError();
}

export function assertStaff(actor: Actor | null | undefined): asserts actor is StaffActor {
  if (!actor || actor.kind !== "staff") throw new ForbiddenError();
}

/** Staff who administer their active organisation (users, API keys, work phones). */
export function assertManager(actor: Actor | null | undefined): asserts actor is StaffActor {
  if (!actor || actor.kind !== "staff" || !canAt(actor, "manageStaff", { supplierId: actor.supplierId })) throw new ForbiddenError();
}
