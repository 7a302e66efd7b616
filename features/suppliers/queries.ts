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

/**
 * The decision list's filter options: every supplier by name, and the units of the supplier
 * chosen (or of the chosen unit's supplier, for an address with a unit alone). Every unit of
 * every supplier in one list grew the page with the country: 58 KB at 10,000 placements in one
 * supplier, 79 KB with 20 suppliers, for a choice no one makes across suppliers.
 */
export async function decisionFilterOptions(actor: Actor, chosen: { supplierId?: string; unitId?: string }) {
  assertOfficer(actor);
  const unitsOf = chosen.supplierId ? { supplierId: chosen.supplierId } : chosen.unitId ? { supplier: { units: { some: { id: chosen.unitId } } } } : null;
  const [suppliers, units] = await Promise.all([
    db.supplier.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
    unitsOf ? db.performingUnit.findMany({ where: unitsOf, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, supplierId: true } }) : null,
  ]);
  return { suppliers, units };
}
