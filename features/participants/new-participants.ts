// "Nya deltagare": ongoing placements at the actor's receiving units that need a handledare
// (none yet, or period 2 not yet confirmed), most urgent first, filterable on the server.
import { db, dbHandle } from "@/lib/db";
import { today as clockToday, swedishDateOf } from "@/lib/clock";
import type { Actor } from "@/lib/authz/permissions";
import { scopeWhere, sqlScope, listScope } from "@/lib/authz/access";
import { fromIsoDate } from "@/features/decisions/periods";
import { assignmentDeadline, deadlineStatus } from "@/features/assignments/assignment-deadline";
import { z } from "@/lib/validation/zod";
import { countedPage } from "@/lib/counted-page";
import { sqlParams } from "@/lib/db/sql-params";
import { limitClause } from "@/lib/db/limit-literal";
import { newParticipantFacets, type NewParticipantGroup } from "./new-participant-facets";

// 25 like every other list: a card is large, and 50 of them were 223 KB of page, twice any other list.
export const NEW_PARTICIPANTS_PAGE_SIZE = 25;

export const newParticipantsQuery = z.object({
  serviceVersion: z.enum(["ROM1", "ROM2"]).optional().catch(undefined),
  unitId: z.uuid().optional().catch(undefined),
  municipality: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).optional().catch(1),
});
export type NewParticipantsQuery = z.infer<typeof newParticipantsQuery>;

// The read model (features/decisions/read-model.ts): running, no interruption in force, and a
// handledare to choose (none yet, or period 2 unconfirmed). $1 supplier, $2 units, $3 today.
const NEEDS_HANDLEDARE = `d."supplierId" = $1::uuid AND d."unitId" = ANY($2::uuid[]) AND d."needsHandledareSince" IS NOT NULL
  AND d."currentPeriodEnd" >= $3::date AND (d."interruptionDate" IS NULL OR d."interruptionDate" > $3::date)`;

/**
 * How many need a handledare, up to `upTo` (null: all), for the values of
 * newParticipantsCountParams. The menu's badge (features/menu/menu-counts.ts) asks it beside
 * another. The limit is in the text, not a value, so that the statement keeps a generic plan
 * (lib/db/limit-literal.ts).
 */
export function newParticipantsCountSql(upTo: number | null): string {
  return `SELECT count(*)::int AS n FROM (SELECT 1 FROM "Decision" d WHERE ${NEEDS_HANDLEDARE} ${limitClause(upTo)}) c`;
}

/** The values of newParticipantsCountSql for the actor; null when no unit is in their receiveParticipants scope. */
export function newParticipantsCountParams(actor: Actor, today = clockToday()): unknown[] | null {
  const scope = sqlScope(actor, "receiveParticipants");
  return scope ? [scope.supplierId, scope.unitIds, today] : null;
}

/** How many need a handledare, counted up to `upTo` (the menu says "99+": past it the count need not read on). */
export async function countNewParticipants(actor: Actor, today = clockToday(), upTo: number | null = null): Promise<number> {
  const params = newParticipantsCountParams(actor, today);
  if (!params) return 0;
  const [row] = await dbHandle().sql.query<{ n: number }>(newParticipantsCountSql(upTo), params, { prepared: true });
  return row.n;
}

interface RowSource {
  decisionId: string;
  firstName: string;
  lastName: string;
  level: "A" | "B" | "C";
  serviceVersion: "ROM1" | "ROM2";
  decidedAt: Date;
  interpreterNeeded: boolean;
  interpreterLanguage: string | null;
  languageSupportNeeded: boolean;
  unit: { id: string; name: string; street: string; postalCode: string; city: string; municipality: string };
  periodNumber: number;
  startDate: string;
  endDate: string;
  grantedAt: Date;
  handledareId: string | null;
  handledareName: string | null;
}

function toRow(d: RowSource, today: string) {
  const counted = swedishDateOf(d.periodNumber === 2 ? new Date(d.grantedAt) : new Date(d.decidedAt));
  return {
    decisionId: d.decisionId,
    name: `${d.firstName} ${d.lastName}`,
    level: d.level,
    serviceVersion: d.serviceVersion,
    unit: d.unit,
    startDate: fromIsoDate(d.startDate),
    endDate: fromIsoDate(d.endDate),
    newPeriod: d.periodNumber === 2,
    currentHandledare: d.handledareId ? { id: d.handledareId, name: d.handledareName ?? "" } : null,
    interpreterNeeded: d.interpreterNeeded,
    interpreterLanguage: d.interpreterLanguage,
    languageSupportNeeded: d.languageSupportNeeded,
    deadlineDate: assignmentDeadline(counted),
    deadline: deadlineStatus(counted, today),
  };
}

export type NewParticipantRow = ReturnType<typeof toRow>;

/**
 * Rows of "Nya deltagare" in one statement: the placement, its participant's name, its unit,
 * its current period and its handledare. Most urgent first (the ten days count from
 * needsHandledareSince, so its order is the deadline's), or in id order for the API's cursor.
 */
async function newParticipantRows(
  actor: Actor,
  query: NewParticipantsQuery,
  today: string,
  page: { order: "urgency" | "id"; afterId?: string; offset: number; take: number },
): Promise<NewParticipantRow[]> {
  const scope = sqlScope(actor, "receiveParticipants");
  if (!scope) return [];
  const order = page.order === "id" ? `d.id ASC` : `d."needsHandledareSince" ASC, d."sortFirstName" ASC, d."sortLastName" ASC, d.id ASC`;
  // Only the filters given are written into the statement ("$n IS NULL OR …" for each kept it
  // unprepared), at most sixteen texts. The page's ids first, from the index alone
  // (Decision_new_participants_idx carries every column the filter reads): the placements that
  // ended without a handledare keep needsHandledareSince and come first in its order, and reading
  // each of them from the table to skip it cost 2 ms at 10,000 placements. Then the 25 rows,
  // joined, in a statement of their own: with the page as a CTE of one statement, PostgreSQL
  // judged its generic plan dearer and planned it afresh on every load (0.9–1.6 ms); apart, the
  // rows keep their generic plan.
  const { params, param } = sqlParams([scope.supplierId, scope.unitIds, today]);
  const filters = [
    query.serviceVersion ? `d."serviceVersion" = ${param(query.serviceVersion)}::"ServiceVersion"` : null,
    query.unitId ? `d."unitId" = ${param(query.unitId)}::uuid` : null,
    query.municipality ? `d."unitId" IN (SELECT m.id FROM "PerformingUnit" m WHERE m.municipality = ${param(query.municipality)})` : null,
    page.afterId ? `d.id > ${param(page.afterId)}::uuid` : null,
  ].filter((f) => f !== null);
  const offset = param(page.offset);
  const take = param(page.take);
  const ids = await dbHandle().sql.query<{ id: string }>(
    `SELECT d.id FROM "Decision" d
      WHERE ${[NEEDS_HANDLEDARE, ...filters].join("\n        AND ")}
      ORDER BY ${order}
      OFFSET ${offset} LIMIT ${take}`,
    params,
    { prepared: true },
  );
  if (ids.length === 0) return [];
  const found = await dbHandle().sql.query<RowSource>(
    `SELECT d.id AS "decisionId", p."firstName", p."lastName", d.level::text AS level, d."serviceVersion"::text AS "serviceVersion",
            d."decidedAt", d."interpreterNeeded", d."interpreterLanguage", d."languageSupportNeeded",
            json_build_object('id', u.id, 'name', u.name, 'street', u.street, 'postalCode', u."postalCode", 'city', u.city, 'municipality', u.municipality) AS unit,
            lp.number AS "periodNumber", to_char(lp."startDate", 'YYYY-MM-DD') AS "startDate", to_char(lp."endDate", 'YYYY-MM-DD') AS "endDate", lp."grantedAt",
            h.id AS "handledareId", h.name AS "handledareName"
       FROM unnest($1::uuid[]) WITH ORDINALITY AS page(id, n)
       JOIN "Decision" d ON d.id = page.id
       JOIN "Participant" p ON p.id = d."participantId"
       JOIN "PerformingUnit" u ON u.id = d."unitId"
       JOIN LATERAL (SELECT pp.number, pp."startDate", pp."endDate", pp."grantedAt" FROM "Period" pp WHERE pp."decisionId" = d.id ORDER BY pp.number DESC LIMIT 1) lp ON true
       LEFT JOIN "User" h ON h.id = d."currentHandledareId"
      ORDER BY page.n`,
    [ids.map((r) => r.id)],
    { prepared: true },
  );
  return found.map((d) => toRow(d, today));
}

/** Pages in id order, in the database (for the API's cursor pages). */
export async function newParticipantsById(actor: Actor, query: NewParticipantsQuery, opts: { afterId?: string; take: number }, today = clockToday()) {
  return newParticipantRows(actor, query, today, { order: "id", afterId: opts.afterId, offset: 0, take: opts.take });
}

/** How many need a handledare per service and unit: the total and all three filter counts in one grouped statement. */
async function newParticipantGroups(actor: Actor, today: string): Promise<NewParticipantGroup[]> {
  const scope = sqlScope(actor, "receiveParticipants");
  if (!scope) return [];
  return dbHandle().sql.query<NewParticipantGroup>(
    `SELECT d."serviceVersion"::text AS "serviceVersion", d."unitId", u.name AS "unitName", u.municipality, count(*)::int AS n
       FROM "Decision" d JOIN "PerformingUnit" u ON u.id = d."unitId"
      WHERE ${NEEDS_HANDLEDARE}
      GROUP BY d."serviceVersion", d."unitId", u.name, u.municipality`,
    [scope.supplierId, scope.unitIds, today],
    { prepared: true },
  );
}

export async function listNewParticipants(actor: Actor, query: NewParticipantsQuery = {}, today = clockToday()) {
  // The grouped counts give the list's count and its facets; countedPage answers a page past
  // the end (an old link, fewer waiting since) with the last page.
  const counts = newParticipantGroups(actor, today).then((groups) => newParticipantFacets(groups, query));
  const { total, page, rows } = await countedPage(query.page ?? 1, NEW_PARTICIPANTS_PAGE_SIZE, async () => (await counts).total, (page) =>
    newParticipantRows(actor, query, today, { order: "urgency", offset: (page - 1) * NEW_PARTICIPANTS_PAGE_SIZE, take: NEW_PARTICIPANTS_PAGE_SIZE }),
  );
  const { total: _total, ...facets } = await counts;
  return { total, page, pageSize: NEW_PARTICIPANTS_PAGE_SIZE, rows, facets };
}

/**
 * Assigned participants whose first meeting is not yet booked: how many, and the longest
 * waiting first. One statement (the start page asks it on every load): running, no
 * interruption in force, a handledare (mine: me), no first meeting date.
 */
export async function listLackingFirstMeeting(actor: Actor, today = clockToday(), opts: { mine?: boolean; take?: number } = {}) {
  const scope = sqlScope(actor, "workWithParticipant");
  if (!scope) return { total: 0, rows: [] };
  const found = await dbHandle().sql.query<{ decisionId: string; firstName: string; lastName: string; handledare: string | null; unitName: string; total: number }>(
    `SELECT d.id AS "decisionId", p."firstName", p."lastName", h.name AS handledare, u.name AS "unitName", count(*) OVER ()::int AS total
       FROM "Decision" d
       JOIN "Participant" p ON p.id = d."participantId"
       JOIN "PerformingUnit" u ON u.id = d."unitId"
       LEFT JOIN "User" h ON h.id = d."currentHandledareId"
      WHERE d."supplierId" = $1::uuid AND d."unitId" = ANY($2::uuid[]) AND d."firstMeetingDate" IS NULL
        AND d."currentHandledareId" IS NOT NULL AND ($3::uuid IS NULL OR d."currentHandledareId" = $3::uuid)
        AND d."currentPeriodEnd" >= $4::date AND (d."interruptionDate" IS NULL OR d."interruptionDate" > $4::date)
      ORDER BY d."decidedAt" ASC, d.id ASC
      LIMIT $5`,
    [scope.supplierId, scope.unitIds, opts.mine ? scope.userId : null, today, opts.take ?? 10],
  );
  return {
    total: found[0]?.total ?? 0,
    rows: found.map((d) => ({ decisionId: d.decisionId, name: `${d.firstName} ${d.lastName}`, handledare: d.handledare ?? "", unitName: d.unitName })),
  };
}

/** The chosen participants for the assignment steps, with who is their handledare now. */
export async function participantsForAssignment(actor: Actor, decisionIds: string[]) {
  // Receivers at their units, administrators organisation-wide (assignHandledare).
  const scope = listScope(actor, "assignHandledare");
  if (!scope || decisionIds.length === 0) return [];
  const rows = await db.decision.findMany({
    where: { AND: [{ id: { in: decisionIds } }, scopeWhere(scope)] },
    include: {
      participant: { select: { firstName: true, lastName: true } },
      unit: { select: { id: true, name: true } },
      assignments: { where: { endedAt: null }, include: { handledare: { select: { id: true, name: true } } } },
    },
    orderBy: [{ participant: { lastName: "asc" } }, { id: "asc" }],
  });
  return rows.map((d) => ({
    decisionId: d.id,
    name: `${d.participant.firstName} ${d.participant.lastName}`,
    unitId: d.unit.id,
    unitName: d.unit.name,
    currentHandledare: d.assignments[0]?.handledare ?? null,
  }));
}
