// The planner's picture of a supplier's placements. A unit belongs to one supplier, and
// without extended statistics PostgreSQL took the two columns for independent: "this
// supplier, these units" came out at a fraction of the real rows, so the lists sorted every
// placement in scope instead of walking their sort index (migration planner_statistics).
import { beforeAll, describe, expect, it } from "vitest";
import { dbHandle } from "@/lib/db";
import { makeOfficer } from "../support/factories";
import { seedBenchSupplier } from "@/scripts/bench/seed";
import { today, now } from "@/lib/clock";

const SUPPLIERS = 4;
const PLACEMENTS = 150;
let seeded: Awaited<ReturnType<typeof seedBenchSupplier>>[] = [];

beforeAll(async () => {
  const officer = await makeOfficer();
  seeded = [];
  for (let s = 0; s < SUPPLIERS; s++) {
    seeded.push(await seedBenchSupplier({ name: `Planer ${s + 1} AB`, participants: PLACEMENTS, seed: s + 1, index: 100 + s, today: today(), now: now(), officer }));
  }
  for (const t of ["Decision", "DecisionEvent", "ReportObligation", "Order"]) await dbHandle().sql.query(`ANALYZE "${t}"`);
}, 120_000);

/** The planner's row estimate and the actual rows for `supplier AND unit IN (its units)` on a table. */
async function estimate(table: string, supplierId: string, unitIds: string[]) {
  const where = `"supplierId" = '${supplierId}'::uuid AND "unitId" = ANY('{${unitIds.join(",")}}'::uuid[])`;
  const [plan] = await dbHandle().sql.query<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>(`EXPLAIN (FORMAT JSON) SELECT 1 FROM "${table}" WHERE ${where}`);
  const [row] = await dbHandle().sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE ${where}`);
  return { estimated: plan["QUERY PLAN"][0].Plan["Plan Rows"], actual: row.n };
}

describe("the planner knows that a unit belongs to its supplier", () => {
  for (const table of ["Decision", "DecisionEvent", "ReportObligation", "Order"]) {
    it(`${table}: a supplier's rows at all its units are estimated as about all its rows`, async () => {
      const { supplier, unitIds } = seeded[0];
      const { estimated, actual } = await estimate(table, supplier.id, unitIds);
      expect(actual).toBeGreaterThan(50);
      // Independent columns gave about actual / SUPPLIERS; the dependency statistics give about actual.
      expect(estimated, `${table}: estimated ${estimated} of ${actual}`).toBeGreaterThan(actual / 2);
    });
  }
});
