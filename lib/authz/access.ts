// The one door to placements (Decision: a participant's placement at a performing unit).
// A data function loads its target through loadPlacementFor(actor, capability, id), which
// answers NotFoundError for what the actor may not see: another organisation's placement, one
// at a unit the person is not at, or one the capability does not reach are answered alike
// as "not found", so ids cannot be probed. Lists filter with the same scope in SQL
// (scopeWhere / placementWhere); raw SQL takes the scope's organisation and units.
//
// The scope: staff only in their active organisation, at the units where the capability
// holds (every unit for an organisation-wide grant); officers everywhere for a capability
// with the officer grant (lib/authz/capabilities.ts).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "./errors";
import { can, unitScope, type Capability, type UnitScope } from "./capabilities";
import type { Actor } from "./permissions";

export type { UnitScope };

/** A where on any row that carries its placement's organisation and unit (Decision, Order, DecisionEvent). */
export interface PlacementScopeWhere {
  supplierId?: string;
  unitId?: { in: string[] };
}

/** The scope of a capability for lists: the actor's organisation and units; null when nowhere (and for officers). */
export function listScope(actor: Actor, capability: Capability): UnitScope | null {
  return unitScope(actor, capability);
}

/**
 * The same scope for raw SQL ($n::uuid[]): only for capabilities without an organisation-wide
 * grant, whose units are always a list.
 */
export function sqlScope(actor: Actor, capability: Capability): (UnitScope & { unitIds: string[] }) | null {
  const scope = unitScope(actor, capability);
  if (!scope) return null;
  if (scope.unitIds === null) throw new Error(`${capability} has an organisation-wide grant: filter with scopeWhere`);
  return scope as UnitScope & { unitIds: string[] };
}

/** Prisma where for a scope: its organisation, and its units unless organisation-wide. */
export function scopeWhere(scope: UnitScope): { supplierId: string; unitId?: { in: string[] } } {
  return scope.unitIds === null ? { supplierId: scope.supplierId } : { supplierId: scope.supplierId, unitId: { in: scope.unitIds } };
}

/** Prisma where for what the actor may reach with the capability ({} for officers: everything); null when nothing. */
export function placementWhere(actor: Actor, capability: Capability): PlacementScopeWhere | null {
  if (actor.kind === "officer") return can(actor, capability) ? {} : null;
  const scope = unitScope(actor, capability);
  return scope ? scopeWhere(scope) : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Reader = Prisma.TransactionClient | typeof db;

export interface LoadOptions {
  /** the transaction to read in (default: the shared client) */
  tx?: Reader;
  /** the "not found" message (default "Deltagaren finns inte.") */
  message?: string;
}

type Shape = { select?: Prisma.DecisionSelect; include?: Prisma.DecisionInclude };

/**
 * The placement `id` with `include` or `select`, if the actor holds `capability` at its
 * organisation and unit; NotFoundError otherwise (and for an id that is not a UUID).
 */
export async function loadPlacementFor<S extends Shape = Record<never, never>>(
  actor: Actor,
  capability: Capability,
  id: string,
  options: S & LoadOptions = {} as S & LoadOptions,
): Promise<Prisma.DecisionGetPayload<S>> {
  const { tx, message, ...shape } = options;
  const notFound = () => new NotFoundError(message ?? "Deltagaren finns inte.");
  const scope = placementWhere(actor, capability);
  if (!scope || typeof id !== "string" || !UUID.test(id)) throw notFound();
  const found = await (tx ?? db).decision.findFirst({ ...(shape as Shape), where: { AND: [{ id }, scope] } });
  if (!found) throw notFound();
  return found as unknown as Prisma.DecisionGetPayload<S>;
}
