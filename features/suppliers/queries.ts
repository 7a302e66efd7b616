// The officer's reads of the suppliers: the overview on the start page and the filter options
// of the decision list. Officers see every supplier; nobody else reads these.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { assertOfficer } from "@/lib/authz/assert";

/** Every supplier with its delivery areas and units, and each unit's number of decisions. */
export async function suppliersOverview(actor: Actor) {
  assertOfficer(actor);
  return db.supplier.findMany({
    orderBy: { name: "asc" },
    // Each unit's number of decisions is stored on the unit (migration unit_decision_counts).
    include: { units: { orderBy: { name: "asc" } }, deliveryAreas: true },
  });
}

/** Suppliers and their units by name, for the decision list's filters. */
export async function supplierUnitOptions(actor: Actor) {
  assertOfficer(actor);
  return db.supplier.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, units: { select: { id: true, name: true }, orderBy: { name: "asc" } } } });
}
