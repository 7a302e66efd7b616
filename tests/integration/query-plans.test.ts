// The planner's picture of a supplier's placements. A unit belongs to one supplier, and
// without extended statistics PostgreSQL took the two columns for independent: "this
// supplier, these units" came out at a fraction of the real rows, so the lists sorted every
// placement in scope instead of walking their sort index (migration planner_statistics).
import { beforeAll, describe, expect, it } from "vitest";
import { dbHandle } from "@/lib/db";
import pg from "pg";
import { makeOfficer, staffActor } from "../support/factories";
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

describe("Beställningar's default page walks its index", () => {
  /** The plan of the page's statement with sorting made as costly as the planner allows: a Sort node left means the index cannot give this order. */
  async function planOf(dir: "asc" | "desc", unitIds: string[] | null, statement: "ids" | "page" = "ids"): Promise<string> {
    const { orderListFilter, orderPageStatement, orderListPageStatement } = await import("@/features/orders/order-list-sql");
    const filter = orderListFilter({ supplierId: seeded[0].supplier.id, userId: seeded[0].admin.user.id, unitIds }, {});
    const { text, params } = statement === "ids" ? orderPageStatement(filter, "created", dir, 0, 25) : orderListPageStatement(filter, "created", dir, 0, 25, 1000);
    let inlined = text;
    params.forEach((v, i) => {
      const literal = Array.isArray(v) ? `'{${v.join(",")}}'` : typeof v === "number" ? String(v) : `'${v}'`;
      inlined = inlined.replace(new RegExp(`\\$${i + 1}(?!\\d)`, "g"), literal);
    });
    return dbHandle().prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_sort = off");
      await tx.$executeRawUnsafe("SET LOCAL enable_incremental_sort = off");
      const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${inlined}`);
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
  }

  for (const dir of ["desc", "asc"] as const) {
    it(`newest ${dir === "desc" ? "first (the default)" : "last"}: the orders come in index order, with no sort of the orders that share an instant`, async () => {
      const plan = await planOf(dir, null);
      expect(plan).toContain("Order_supplierId_createdAt_orderNumber_idx");
      expect(plan).not.toMatch(/Sort/);
    });
  }

  it("the list's one statement (count, ids, rows) still takes the page's ids from the index, and sorts only the 25 rows it read", async () => {
    const plan = await planOf("desc", null, "page");
    expect(plan).toContain("Order_supplierId_createdAt_orderNumber_idx");
    expect(plan).toContain("Order_pkey");
    expect(plan).not.toMatch(/Sort Key: [^\n]*(createdAt|orderNumber)/);
  });

  it("ties keep paging stable: order number in the list's direction", async () => {
    const { orderListFilter, orderPageIds } = await import("@/features/orders/order-list-sql");
    const supplierId = seeded[0].supplier.id;
    const filter = orderListFilter({ supplierId, userId: seeded[0].admin.user.id, unitIds: null }, {});
    const all = await dbHandle().sql.query<{ id: string; createdAt: Date; orderNumber: string }>(`SELECT id, "createdAt", "orderNumber" FROM "Order" WHERE "supplierId" = $1::uuid`, [supplierId]);
    const expected = [...all].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.orderNumber < b.orderNumber ? 1 : a.orderNumber > b.orderNumber ? -1 : 0)).map((o) => o.id);
    const paged: string[] = [];
    for (let skip = 0; skip < all.length; skip += 25) paged.push(...(await orderPageIds(filter, "created", "desc", skip, 25)));
    expect(paged).toEqual(expected);
    expect(new Set(all.map((o) => o.createdAt.getTime())).size, "some orders share an instant").toBeLessThan(all.length);
  });
});

describe("the event counts stop at their cap", () => {
  /** The plan of a statement with its values inlined, with sequential scans and sorts made as costly as the planner allows. */
  async function planOf(text: string, params: unknown[]): Promise<string[]> {
    let inlined = text;
    params.forEach((v, i) => {
      const literal = v === null ? "NULL" : Array.isArray(v) ? `'{${v.join(",")}}'` : typeof v === "number" || typeof v === "boolean" ? String(v) : `'${v}'`;
      inlined = inlined.replace(new RegExp(`\\$${i + 1}(?!\\d)`, "g"), literal);
    });
    return dbHandle().prisma.$transaction(async (tx) => {
      for (const off of ["enable_seqscan", "enable_sort", "enable_incremental_sort"]) await tx.$executeRawUnsafe(`SET LOCAL ${off} = off`);
      const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${inlined}`);
      return rows.map((r) => r["QUERY PLAN"]);
    });
  }
  /** Every read of the events: newest first along the (supplier, at) index, so that a count up to its limit stops there. */
  const eventScans = (plan: string[]) => plan.filter((l) => /on "DecisionEvent"/.test(l));

  it("the menu's unread count reads the newest events first", async () => {
    const { unreadCountSql } = await import("@/features/events/feed");
    const s = seeded[0];
    const scans = eventScans(await planOf(unreadCountSql(100), [s.supplier.id, s.unitIds, s.admin.user.id, new Date(0).toISOString()]));
    expect(scans).toHaveLength(1);
    expect(scans[0]).toMatch(/Index Scan Backward using "DecisionEvent_supplierId_at_id_idx"/);
  });

  for (const onlyUnread of [false, true]) {
    it(`Händelser's count${onlyUnread ? " of the unread" : ""} reads the newest events first`, async () => {
      const { FEED_SQL } = await import("@/features/events/feed");
      const s = seeded[0];
      const scans = eventScans(await planOf(FEED_SQL, [s.supplier.id, s.unitIds, s.admin.user.id, new Date(0).toISOString(), onlyUnread, 0, 25, 1001]));
      expect(scans.length).toBeGreaterThanOrEqual(3);
      for (const scan of scans) expect(scan).toMatch(/Index Scan Backward using "DecisionEvent_supplierId_at_id_idx"/);
    });
  }
});

describe("the statements of every page keep one generic plan (lib/db/limit-literal.ts)", () => {
  /**
   * How PostgreSQL planned a named prepared statement over ten executions on one connection:
   * after five custom plans it keeps the generic one when that is estimated no dearer. With a
   * LIMIT or OFFSET as a value it never was, and every load planned the statement afresh.
   */
  async function plansOf(text: string, params: unknown[]): Promise<{ generic: number; custom: number }> {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      for (let i = 0; i < 10; i++) await client.query({ name: "probe", text, values: params });
      const [row] = (await client.query<{ generic_plans: string; custom_plans: string }>(`SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = 'probe'`)).rows;
      return { generic: Number(row.generic_plans), custom: Number(row.custom_plans) };
    } finally {
      await client.end();
    }
  }

  it("the menu's badges, asked on every supplier page", async () => {
    const { menuCountsStatement } = await import("@/features/menu/menu-counts");
    const s = seeded[0];
    const { text, params, asked } = menuCountsStatement(await staffActor(s.admin.user.id, s.supplier.id));
    expect(asked).toEqual(["newParticipants", "unreadEvents"]);
    // At a few hundred placements a generic plan wins either way; at 10,000 it lost to every
    // custom plan while a LIMIT was a value (scripts/bench-http.ts), so the text must hold it.
    expect(text).not.toMatch(/(LIMIT|OFFSET)\s+\$\d/);
    expect(await plansOf(text, params)).toEqual({ generic: 5, custom: 5 });
  });

  it("Beställningar's first pages; deeper pages are planned afresh and not kept on the connection", async () => {
    const { orderListFilter, orderListPageStatement } = await import("@/features/orders/order-list-sql");
    const { PREPARED_PAGES } = await import("@/lib/db/limit-literal");
    const filter = orderListFilter({ supplierId: seeded[0].supplier.id, userId: seeded[0].admin.user.id, unitIds: null }, {});
    for (const page of [1, 2]) {
      const { text, params, prepared } = orderListPageStatement(filter, "created", "desc", (page - 1) * 25, 25, 1000);
      expect(prepared).toBe(true);
      expect(text).not.toMatch(/(LIMIT|OFFSET)\s+\$\d/);
      expect(await plansOf(text, params), `page ${page}`).toEqual({ generic: 5, custom: 5 });
    }
    expect(orderListPageStatement(filter, "created", "desc", PREPARED_PAGES * 25, 25, 1000).prepared).toBe(false);
  });

  it("the officer's queue counts, asked on every officer page in one statement", async () => {
    const { officerQueueCountsSql } = await import("@/features/officer-review/queue-counts");
    const text = officerQueueCountsSql(100);
    expect(text).not.toMatch(/(LIMIT|OFFSET)\s+\$\d/);
    // Without parameters it is planned once on each connection, never afresh.
    expect(await plansOf(text, [])).toEqual({ generic: 10, custom: 0 });
  });
});
