// The officer's reads of the suppliers: the overview on the start page and the filter options
// of the decision list. Officers see every supplier; nobody else reads these.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { assertOfficer } from "@/lib/authz/assert";

/**
 * The first `take` suppliers by name with their delivery areas and units, each unit's number of
 * decisions, and how many suppliers there are: the overview shows a few and links to the list
 * (every supplier in the country on one page did not scale).
 */
export async function suppliersOverview(actor: Actor, take = 6) {
  assertOfficer(actor);
  const [total, rows] = await Promise.all([
    db.supplier.count(),
    db.supplier.findMany({
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take,
      // Each unit's number of decisions is stored on the unit (migration unit_decision_counts).
      include: { units: { orderBy: { name: "asc" } }, deliveryAreas: true },
    }),
  ]);
  return { total, rows };
}

/** Suppliers and their units by name, for the decision list's filters. */
export async function supplierUnitOptions(actor: Actor) {
  assertOfficer(actor);
  return db.supplier.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, units: { select: { id: true, name: true }, orderBy: { name: "asc" } } } });
}
