// Deltagarlista's statements in raw SQL. Through Prisma each load cost four query compilations
// and the mapping of their results, about 3 ms of the server's CPU, more than the statements
// themselves; the filter, order and row shape here are the list's (list.ts), and its tests run
// against these statements.
import { dbHandle } from "@/lib/db";
import { containsPattern } from "@/lib/db/like-pattern";
import { sqlParams } from "@/lib/db/sql-params";
import { stateSql } from "@/features/decisions/facts";
import { fromIsoDate } from "@/features/decisions/periods";
import type { UnitScope } from "@/lib/authz/access";
import type { ParticipantListQuery } from "./schemas";
import type { ListRowSource } from "./list";
import { limitLiteral, preparedPage } from "@/lib/db/limit-literal";

/** Conditions on the placement "d", ANDed, with their values; `param` adds a value and answers its placeholder. */
export interface SqlFilter {
  and: string[];
  params: unknown[];
  param(value: unknown): string;
}

const whereOf = (filter: SqlFilter) => filter.and.join(" AND ");


/** The list's filter for a scope (its organisation and units) and a query. */
export function participantListFilter(
  scope: UnitScope & { unitIds: string[] },
  query: Pick<ParticipantListQuery, "q" | "mine" | "handledareId" | "unitId" | "level" | "state">,
  today: string,
): SqlFilter {
  const { params, param } = sqlParams();
  const and = [`d."supplierId" = ${param(scope.supplierId)}::uuid`, `d."unitId" = ANY(${param(scope.unitIds)}::uuid[])`];
  // Every word must match the first name, the last name (the placement's own copies) or the genomförandereferens.
  for (const word of (query.q ?? "").split(/\s+/).filter(Boolean).slice(0, 5)) {
    const w = param(containsPattern(word));
    and.push(`(d."implementationReference" ILIKE ${w} OR d."sortFirstName" ILIKE ${w} OR d."sortLastName" ILIKE ${w})`);
  }
  if (query.mine) and.push(`d."currentHandledareId" = ${param(scope.userId)}::uuid`);
  if (query.handledareId) and.push(`d."currentHandledareId" = ${param(query.handledareId)}::uuid`);
  // A unit outside the scope simply matches nothing: the scope above is ANDed with it.
  if (query.unitId) and.push(`d."unitId" = ${param(query.unitId)}::uuid`);
  if (query.level) and.push(`d.level::text = ${param(query.level)}`);
  if (query.state) and.push(stateSql(query.state, today, param));
  return { and, params, param };
}

/** The list's order: names in the Swedish alphabet (the columns' ICU collation), ties by id, so paging is stable. */
export function participantOrderSql(sort: ParticipantListQuery["sort"], dir: ParticipantListQuery["dir"]): string {
  const d = dir === "desc" ? "DESC" : "ASC";
  const byName = (x: string) => `d."sortLastName" ${x}, d."sortFirstName" ${x}, d.id ${x}`;
  if (sort === "start") return `d."serviceStart" ${d}, ${byName("ASC")}`;
  if (sort === "end") return `d."currentPeriodEnd" ${d}, ${byName("ASC")}`;
  return byName(d);
}

/** How many placements match, counted up to cap + 1 (the list says "fler än" past the cap). */
export async function countParticipants(filter: SqlFilter, cap: number): Promise<number> {
  const [r] = await dbHandle().sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM "Decision" d WHERE ${whereOf(filter)} LIMIT ${limitLiteral(cap + 1)}) c`,
    filter.params,
    { prepared: true },
  );
  return r.n;
}

interface RawRow {
  id: string;
  implementationReference: string;
  level: ListRowSource["level"];
  serviceVersion: ListRowSource["serviceVersion"];
  unitId: string;
  decidedAt: Date;
  serviceStart: string | null;
  currentPeriodNumber: number | null;
  currentPeriodEnd: string | null;
  interruptionDate: string | null;
  currentHandledareId: string | null;
  sortFirstName: string | null;
  sortLastName: string | null;
  unitName: string;
  handledareName: string | null;
  lastEventAt?: Date | null;
}

export type ParticipantPageRow = ListRowSource & { unitId: string; decidedAt: Date; handledareName: string | null; lastEventAt: Date | null };

const dateOrNull = (iso: string | null) => (iso === null ? null : fromIsoDate(iso));

/**
 * A page of matching placements in `order`, with their unit's and handledare's names, in one
 * statement; with `changedAt` also each one's latest event (the API's changedAt). LIMIT and
 * OFFSET are in the text, so that the first pages keep a generic plan (lib/db/limit-literal.ts).
 */
export async function participantPage(filter: SqlFilter, order: string, limit: number, offset: number, opts: { changedAt?: boolean } = {}): Promise<ParticipantPageRow[]> {
  const rows = await dbHandle().sql.query<RawRow>(
    `SELECT d.id, d."implementationReference", d.level::text AS level, d."serviceVersion"::text AS "serviceVersion", d."unitId", d."decidedAt",
            to_char(d."serviceStart", 'YYYY-MM-DD') AS "serviceStart", d."currentPeriodNumber",
            to_char(d."currentPeriodEnd", 'YYYY-MM-DD') AS "currentPeriodEnd", to_char(d."interruptionDate", 'YYYY-MM-DD') AS "interruptionDate",
            d."currentHandledareId", d."sortFirstName", d."sortLastName", u.name AS "unitName", h.name AS "handledareName"
            ${opts.changedAt ? `, (SELECT max(e.at) FROM "DecisionEvent" e WHERE e."decisionId" = d.id) AS "lastEventAt"` : ""}
       FROM "Decision" d
       JOIN "PerformingUnit" u ON u.id = d."unitId"
       LEFT JOIN "User" h ON h.id = d."currentHandledareId"
      WHERE ${whereOf(filter)}
      ORDER BY ${order}
      LIMIT ${limitLiteral(limit)} OFFSET ${limitLiteral(offset)}`,
    filter.params,
    { prepared: preparedPage(offset, limit) },
  );
  return rows.map((r) => ({
    id: r.id,
    implementationReference: r.implementationReference,
    level: r.level,
    serviceVersion: r.serviceVersion,
    unitId: r.unitId,
    decidedAt: new Date(r.decidedAt),
    serviceStart: dateOrNull(r.serviceStart),
    currentPeriodNumber: r.currentPeriodNumber,
    currentPeriodEnd: dateOrNull(r.currentPeriodEnd),
    interruptionDate: dateOrNull(r.interruptionDate),
    currentHandledareId: r.currentHandledareId,
    sortFirstName: r.sortFirstName,
    sortLastName: r.sortLastName,
    unit: { name: r.unitName },
    handledareName: r.handledareName,
    lastEventAt: r.lastEventAt ? new Date(r.lastEventAt) : null,
  }));
}
