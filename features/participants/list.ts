// Deltagarlista: the participants (placements) at the units where the acting staff member
// holds the reporting permission, in their own organisation only. Anyone else gets an empty
// list. Filters, order, count and page are SQL (list-sql.ts; the state through stateSql,
// which a test keeps in step with decisionState).
import { dbHandle } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { today as clockToday } from "@/lib/clock";
import type { Actor } from "@/lib/authz/permissions";
import { sqlScope } from "@/lib/authz/access";
import { factsInclude, readModelRow, type ReadModelColumns } from "@/features/decisions/facts";
import { DECISION_STATE_LABELS, type DecisionState } from "@/features/decisions/rules";
import { SERVICE_VERSION_LABELS } from "@/features/suppliers/schemas";
import { PARTICIPANT_LIST_PAGE_SIZE, participantListQuery, type ParticipantListQuery } from "./schemas";
import { countedPage } from "@/lib/counted-page";
import { COUNT_CAP } from "@/lib/capped-count";
import { countParticipants, participantListFilter, participantOrderSql, participantPage } from "./list-sql";

// The scope (the actor's organisation and the units where they report on participants) is
// the one door's: sqlScope(actor, "reportOnParticipants") in lib/authz/access.ts.

/** Swedish alphabetical order: å, ä, ö after z; case and accents only break ties. */
export const swedishCollator = new Intl.Collator("sv");

/** What a row of the export needs, with the facts decisionState takes. */
export const participantRowInclude = {
  ...factsInclude,
  assignments: {
    where: { endedAt: null },
    orderBy: { assignedAt: "desc" },
    select: { id: true, handledare: { select: { id: true, name: true } } },
  },
  participant: { select: { firstName: true, lastName: true } },
  unit: { select: { name: true } },
} as const satisfies Prisma.DecisionInclude;

export type ParticipantRowSource = Prisma.DecisionGetPayload<{ include: typeof participantRowInclude }>;

export interface ParticipantListRow {
  decisionId: string;
  name: string;
  serviceVersion: "ROM1" | "ROM2";
  /** Rusta och matcha / Rusta och matcha 2 */
  service: string;
  unitName: string;
  level: "A" | "B" | "C";
  /** period 1 start, YYYY-MM-DD */
  startDate: string;
  /** the last period's end, YYYY-MM-DD */
  endDate: string;
  implementationReference: string;
  state: DecisionState;
  /** DECISION_STATE_LABELS[state] */
  status: string;
  handledareId: string | null;
  handledare: string | null;
}

export function participantName(p: { firstName: string; lastName: string }): string {
  return `${p.firstName} ${p.lastName}`;
}

/** What a row of the list is drawn from: the placement's own columns (read model) and its unit's name. */
export interface ListRowSource extends ReadModelColumns {
  id: string;
  implementationReference: string;
  level: "A" | "B" | "C";
  serviceVersion: "ROM1" | "ROM2";
  sortFirstName: string | null;
  sortLastName: string | null;
  unit: { name: string };
}

/** A list row; the state by the one rule (decisionState) over the stored read model. */
export function toListRow(d: ListRowSource, handledareName: string | null, today: string): ParticipantListRow {
  const { name, startDate, endDate, state } = readModelRow(d, today);
  return {
    decisionId: d.id,
    name,
    serviceVersion: d.serviceVersion,
    service: SERVICE_VERSION_LABELS[d.serviceVersion],
    unitName: d.unit.name,
    level: d.level,
    startDate,
    endDate,
    implementationReference: d.implementationReference,
    state,
    status: DECISION_STATE_LABELS[state],
    handledareId: d.currentHandledareId,
    handledare: d.currentHandledareId ? handledareName : null,
  };
}

/** One page of the list, filtered, counted, sorted and paged in the database. */
/**
 * One page of the list, filtered, counted, sorted and paged in the database. The count stops
 * past `countCap` (an exact count read every placement in scope on each load).
 */
export async function listParticipantsForStaff(actor: Actor, query: Partial<ParticipantListQuery> = {}, today = clockToday(), countCap = COUNT_CAP) {
  const q: ParticipantListQuery = { ...participantListQuery.parse({}), ...query };
  const pageSize = PARTICIPANT_LIST_PAGE_SIZE;
  const scope = sqlScope(actor, "reportOnParticipants");
  if (!scope) return { total: 0, totalIsCapped: false, page: 1, pageSize, rows: [] as ParticipantListRow[] };
  const filter = participantListFilter(scope, q, today);
  const { total, totalIsCapped, page, rows: found } = await countedPage(
    q.page,
    pageSize,
    () => countParticipants(filter, countCap),
    (page) => participantPage(filter, participantOrderSql(q.sort, q.dir), pageSize, (page - 1) * pageSize),
    countCap,
  );
  return { total, totalIsCapped, page, pageSize, rows: found.map((d) => toListRow(d, d.handledareName, today)) };
}

/** Choices for the list's filters: the actor's units, and the current handledare there. */
export async function participantListOptions(actor: Actor) {
  const scope = sqlScope(actor, "reportOnParticipants");
  if (!scope) return { units: [], handledare: [] };
  const [units, handledare] = await Promise.all([
    dbHandle().sql.query<{ id: string; name: string }>(`SELECT u.id, u.name FROM "PerformingUnit" u WHERE u."supplierId" = $1::uuid AND u.id = ANY($2::uuid[])`, [
      scope.supplierId,
      scope.unitIds,
    ], { prepared: true }),
    // The organisation's staff, each probed once on the placement's handledare index, rather
    // than every open assignment in scope joined to its placement.
    dbHandle().sql.query<{ id: string; name: string }>(
      `SELECT u.id, u.name FROM "User" u
        WHERE u.id IN (SELECT m."userId" FROM "Membership" m WHERE m."supplierId" = $1::uuid)
          AND EXISTS (SELECT 1 FROM "Decision" d WHERE d."currentHandledareId" = u.id AND d."supplierId" = $1::uuid AND d."unitId" = ANY($2::uuid[]))`,
      [scope.supplierId, scope.unitIds],
      { prepared: true },
    ),
  ]);
  const byLabel = (a: { name: string }, b: { name: string }) => swedishCollator.compare(a.name, b.name);
  return { units: units.sort(byLabel), handledare: handledare.sort(byLabel) };
}
