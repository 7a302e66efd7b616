// Kind checks for data functions: deny by default, with the same error everywhere.
import { ForbiddenError } from "./errors";
import type { Actor, OfficerActor, StaffActor } from "./permissions";

export function assertOfficer(actor: Actor | null | undefined): asserts actor is OfficerActor {
  if (!actor || actor.kind !== "officer") throw new ForbiddenError();
}

export function assertStaff(actor: Actor | null | undefined): asserts actor is StaffActor {
  if (!actor || actor.kind !== "staff") throw new ForbiddenError();
}
