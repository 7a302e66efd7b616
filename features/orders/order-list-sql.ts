// Beställningar's filter, order and count in raw SQL, for the page and the CSV. Through Prisma
// each load cost two query compilations (the count and the page's ids) and their mapping:
// about 1.5 ms of the server's CPU, more than the statements. A page of the list is one
// statement: the count, the page's ids and their rows (order-page-rows.ts).
import { dbHandle } from "@/lib/db";
import { containsPattern } from "@/lib/db/like-pattern";
import { sqlParams } from "@/lib/db/sql-params";
import { limitLiteral, preparedPage } from "@/lib/db/limit-literal";
import type { OrderScope } from "./order-facts";
import { orderRowsSql } from "./order-page-rows";
import type { OrderListQuery, OrderSortKey } from "./order-list";

/** Conditions on the order "o", ANDed, with their values. */
interface OrderFilter {
  and: string[];
  params: unknown[];
}


/** The list's filter: the scope on the order's own copy of its organisation and unit, then the query. */
export function orderListFilter(scope: OrderScope, q: Pick<OrderListQuery, "name" | "ref" | "month" | "article" | "state">): OrderFilter {
  const { params, param } = sqlParams();
  const and = [`o."supplierId" = ${param(scope.supplierId)}::uuid`];
  if (scope.unitIds !== null) and.push(`o."unitId" = ANY(${param(scope.unitIds)}::uuid[])`);
  const placement = (condition: string) => `EXISTS (SELECT 1 FROM "Decision" d WHERE d.id = o."decisionId" AND ${condition})`;
  // Every word of the name must match the participant's first or last name (the placement's copies).
  for (const word of (q.name ?? "").split(/\s+/).filter(Boolean).slice(0, 5)) {
    const w = param(containsPattern(word));
    and.push(placement(`(d."sortFirstName" ILIKE ${w} OR d."sortLastName" ILIKE ${w})`));
  }
  if (q.ref) {
    const r = param(containsPattern(q.ref));
    and.push(`(o."orderNumber" ILIKE ${r} OR ${placement(`d."implementationReference" ILIKE ${r}`)})`);
  }
  if (q.month) and.push(`EXISTS (SELECT 1 FROM "OrderLine" l WHERE l."orderId" = o.id AND l.month = ${param(`${q.month}-01`)}::date)`);
  if (q.article) and.push(`EXISTS (SELECT 1 FROM "OrderLine" l WHERE l."orderId" = o.id AND l.article::text = ${param(q.article)})`);
  if (q.state) and.push(`o.state = ${param(q.state)}`);
  return { and, params };
}

/**
 * The list's order; ties by order number so that paging is stable. Under the default order
 * (created) the tie follows the direction, so that one walk of Order_supplierId_createdAt_
 * orderNumber_idx, backwards for the newest first, yields the page. With the tie always
 * ascending, PostgreSQL read and sorted every order that shares the last instant on the page
 * (orders made in one transaction share it: 541 at once in the bench seed) before the first row.
 */
function orderSql(sort: OrderSortKey, dir: "asc" | "desc"): { join: string; orderBy: string } {
  const d = dir === "desc" ? "DESC" : "ASC";
  if (sort === "number") return { join: "", orderBy: `o."orderNumber" ${d}` };
  if (sort === "name") return { join: `JOIN "Decision" d ON d.id = o."decisionId"`, orderBy: `d."sortLastName" ${d}, d."sortFirstName" ${d}, o."orderNumber" ASC` };
  if (sort === "start") return { join: "", orderBy: `o."deliveryStart" ${d} NULLS ${dir === "asc" ? "FIRST" : "LAST"}, o."orderNumber" ASC` };
  return { join: "", orderBy: `o."createdAt" ${d}, o."orderNumber" ${d}` };
}

/** The ids of one page of matching orders, in the list's order. */
export async function orderPageIds(filter: OrderFilter, sort: OrderSortKey, dir: "asc" | "desc", skip: number, take: number): Promise<string[]> {
  const { text, params, prepared } = orderPageStatement(filter, sort, dir, skip, take);
  const rows = await dbHandle().sql.query<{ id: string }>(text, params, { prepared });
  return rows.map((r) => r.id);
}

/** A statement, and whether to ask it as a prepared one (lib/db/limit-literal.ts `preparedPage`). */
export interface PageStatement {
  text: string;
  params: unknown[];
  prepared: boolean;
}

/**
 * The statement behind orderPageIds (tests read its plan). Its LIMIT and OFFSET are in the
 * text, so that PostgreSQL keeps a generic plan for it (lib/db/limit-literal.ts).
 */
export function orderPageStatement(filter: OrderFilter, sort: OrderSortKey, dir: "asc" | "desc", skip: number, take: number): PageStatement {
  const { join, orderBy } = orderSql(sort, dir);
  return {
    text: `SELECT o.id FROM "Order" o ${join} WHERE ${filter.and.join(" AND ")} ORDER BY ${orderBy} LIMIT ${limitLiteral(take)} OFFSET ${limitLiteral(skip)}`,
    params: filter.params,
    prepared: preparedPage(skip, take),
  };
}

/**
 * One page of the list with its count up to cap + 1, in one statement: the count, then the
 * page's ids (orderPageStatement, cut on the order table alone), then their rows in that order.
 * As three statements (the count and the ids in parallel, then the rows by id) each load cost
 * the server two more round trips and the database two more statements to bind and run: on a
 * 2-core machine under load that was a fifth of the page's CPU beside rendering. The count
 * comes on every row, and alone on a row of nulls when the page is empty.
 */
export function orderListPageStatement(filter: OrderFilter, sort: OrderSortKey, dir: "asc" | "desc", skip: number, take: number, cap: number): PageStatement {
  const page = orderPageStatement(filter, sort, dir, skip, take);
  return {
    text: `SELECT c.n AS counted, r.*
             FROM (SELECT count(*)::int AS n FROM (SELECT 1 FROM "Order" o WHERE ${filter.and.join(" AND ")} LIMIT ${limitLiteral(cap + 1)}) x) c
             LEFT JOIN LATERAL (${orderRowsSql(`ARRAY(${page.text})`)}) r ON true
            ORDER BY r.pos`,
    params: page.params,
    prepared: page.prepared,
  };
}
