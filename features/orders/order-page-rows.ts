// The rows of one page of Beställningar, by id, in one raw statement. Through Prisma the same
// read cost a query compilation per load (its `id IN (…)` of the page's 25 ids never repeats,
// so the compiled plan is never reused) and the mapping of three levels of nested JSON: about
// 5 ms of the server's CPU per load, more than the statement itself. The shape is exactly the
// Prisma payload the list's rules take (order-list.ts `pageSelect`), so nothing else changes.
import { dbHandle } from "@/lib/db";
import type { Article, OrderKind, OrderLineState } from "@/lib/generated/prisma/enums";

export interface OrderPageSource {
  id: string;
  orderNumber: string;
  kind: OrderKind;
  state: string;
  createdAt: Date;
  period: { number: number; startDate: Date; endDate: Date } | null;
  decision: {
    id: string;
    implementationReference: string;
    participant: { firstName: string; lastName: string };
    unit: { name: string };
    /** in force (not withdrawn), the latest registered first */
    interruptions: { date: Date }[];
  };
  lines: {
    id: string;
    lineNumber: number;
    article: Article;
    month: Date | null;
    quantityDays: number;
    unitPriceOre: number;
    amountOre: number;
    state: OrderLineState;
    invoiceableFrom: Date | null;
  }[];
}

interface Raw {
  pos: number;
  id: string;
  orderNumber: string;
  kind: OrderKind;
  state: string;
  createdAt: Date;
  period: { number: number; startDate: string; endDate: string } | null;
  decision: { id: string; implementationReference: string; participant: { firstName: string; lastName: string }; unit: { name: string }; interruptions: { date: string }[] };
  lines: (Omit<OrderPageSource["lines"][number], "month" | "invoiceableFrom"> & { month: string | null; invoiceableFrom: string | null })[];
}

/**
 * The rows of the orders whose ids the array expression `ids` holds, with each one's position
 * in it ("pos"), so that a statement can read a page's ids and its rows at once.
 */
export function orderRowsSql(ids: string): string {
  return `
  SELECT p.pos::int AS pos, o.id, o."orderNumber", o.kind::text AS kind, o.state, o."createdAt",
         CASE WHEN pe.id IS NULL THEN NULL ELSE json_build_object('number', pe.number, 'startDate', pe."startDate", 'endDate', pe."endDate") END AS period,
         json_build_object(
           'id', d.id, 'implementationReference', d."implementationReference",
           'participant', json_build_object('firstName', pa."firstName", 'lastName', pa."lastName"),
           'unit', json_build_object('name', u.name),
           'interruptions', COALESCE((SELECT json_agg(json_build_object('date', i.date) ORDER BY i."registeredAt" DESC)
                                        FROM "Interruption" i WHERE i."decisionId" = d.id AND i."withdrawnAt" IS NULL), '[]'::json)
         ) AS decision,
         COALESCE((SELECT json_agg(json_build_object(
                    'id', l.id, 'lineNumber', l."lineNumber", 'article', l.article, 'month', l.month, 'quantityDays', l."quantityDays",
                    'unitPriceOre', l."unitPriceOre", 'amountOre', l."amountOre", 'state', l.state, 'invoiceableFrom', l."invoiceableFrom"
                  ) ORDER BY l."lineNumber") FROM "OrderLine" l WHERE l."orderId" = o.id), '[]'::json) AS lines
    FROM unnest(${ids}) WITH ORDINALITY AS p(id, pos)
    JOIN "Order" o ON o.id = p.id
    JOIN "Decision" d ON d.id = o."decisionId"
    JOIN "Participant" pa ON pa.id = d."participantId"
    JOIN "PerformingUnit" u ON u.id = d."unitId"
    LEFT JOIN "Period" pe ON pe.id = o."periodId"`;
}

const SQL = orderRowsSql("$1::uuid[]");

/** A calendar date from JSON ("2026-11-01") as Prisma gives a @db.Date: midnight UTC. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const dayOrNull = (iso: string | null) => (iso === null ? null : day(iso));

const toSource = (r: Raw): OrderPageSource => ({
  id: r.id,
  orderNumber: r.orderNumber,
  kind: r.kind,
  state: r.state,
  createdAt: new Date(r.createdAt),
  period: r.period ? { number: r.period.number, startDate: day(r.period.startDate), endDate: day(r.period.endDate) } : null,
  decision: { ...r.decision, interruptions: r.decision.interruptions.map((i) => ({ date: day(i.date) })) },
  lines: r.lines.map((l) => ({ ...l, month: dayOrNull(l.month), invoiceableFrom: dayOrNull(l.invoiceableFrom) })),
});

/** The orders with these ids, in the ids' order. */
export async function orderPageRows(ids: string[]): Promise<OrderPageSource[]> {
  if (ids.length === 0) return [];
  const rows = await dbHandle().sql.query<Raw>(SQL, [ids], { prepared: true });
  return rows.sort((a, b) => a.pos - b.pos).map(toSource);
}

/**
 * One page of the list and its count, from a statement that yields the count ("counted") on
 * every row beside orderRowsSql's columns, and one row of nulls but the count when the page is
 * empty (order-list-sql.ts `orderListPageStatement`).
 */
export async function orderListPage(statement: { text: string; params: unknown[]; prepared: boolean }): Promise<{ counted: number; rows: OrderPageSource[] }> {
  const rows = await dbHandle().sql.query<Raw & { counted: number }>(statement.text, statement.params, { prepared: statement.prepared });
  return { counted: rows[0]?.counted ?? 0, rows: rows.filter((r) => r.id !== null).map(toSource) };
}
