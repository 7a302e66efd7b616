// Deltagarlista: the participants (placements) at the units where the acting staff member
// holds the reporting permission, in their own organisation only. Anyone else gets an empty
// list. Filters are database filters (the state through stateWhere, which a test keeps in
// step with decisionState); sorting and paging happen on the server.
import { db, dbHandle } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { today as clockToday } from "@/lib/clock";
import type { Actor } from "@/lib/authz/permissions";
import { scopeWhere, sqlScope } from "@/lib/authz/access";
import { factsInclude, readModelRow, readModelSelect, stateWhere } from "@/features/decisions/facts";
import { DECISION_STATE_LABELS, type DecisionState } from "@/features/decisions/rules";
import { SERVICE_VERSION_LABELS } from "@/features/suppliers/schemas";
import { PARTICIPANT_LIST_PAGE_SIZE, participantListQuery, type ParticipantListQuery } from "./schemas";
import { countedPage } from "@/lib/counted-page";

// The scope (the actor's organisation and the units where they report on participants) is
// the one door's: sqlScope(actor, "reportOnParticipants") and scopeWhere in lib/authz/access.ts.

/** Swedish alphabetical order: å, ä, ö after z; case and accents only break ties. */
export const swedishCollator = new Intl.Collator("sv");

/** What a row of the list and of the export needs, with the facts decisionState takes. */
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

/** Every word must match the first name, the last name or the genomförandereferens. */
function searchWhere(q: string | undefined): Prisma.DecisionWhereInput[] {
  if (!q) return [];
  return q
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5)
    .map((word) => ({
      OR: [
        { implementationReference: { contains: word, mode: "insensitive" } },
        { participant: { firstName: { contains: word, mode: "insensitive" } } },
        { participant: { lastName: { contains: word, mode: "insensitive" } } },
      ],
    }));
}

/** The database filter of the list for this actor and query; null when the actor may see nothing. */
export function participantListWhere(actor: Actor, query: ParticipantListQuery, today: string): Prisma.DecisionWhereInput | null {
  const scope = sqlScope(actor, "reportOnParticipants");
  if (!scope) return null;
  const and: Prisma.DecisionWhereInput[] = [scopeWhere(scope), ...searchWhere(query.q)];
  if (query.mine) and.push({ currentHandledareId: scope.userId });
  if (query.handledareId) and.push({ currentHandledareId: query.handledareId });
  // A unit outside the scope simply matches nothing: the scope above is ANDed with it.
  if (query.unitId) and.push({ unitId: query.unitId });
  if (query.level) and.push({ level: query.level });
  if (query.state) and.push(stateWhere(query.state, today));
  return { AND: and };
}

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

/** What a row of the list needs: the placement's own columns (read model) and its unit's name. */
export const listRowSelect = {
  id: true,
  implementationReference: true,
  level: true,
  serviceVersion: true,
  ...readModelSelect,
  unit: { select: { name: true } },
} as const satisfies Prisma.DecisionSelect;

export type ListRowSource = Prisma.DecisionGetPayload<{ select: typeof listRowSelect }>;

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

/** The names of the handledare on a page of rows: one statement. */
export async function handledareNames(rows: { currentHandledareId: string | null }[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.currentHandledareId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/**
 * The list's order in SQL: names follow the Swedish alphabet through the ICU collation of the
 * placement's own copy of them (read model), so a page is a walk of one index, not a sort.
 */
export function participantOrderBy(sort: ParticipantListQuery["sort"], dir: ParticipantListQuery["dir"]): Prisma.DecisionOrderByWithRelationInput[] {
  // Ties: by name, then by id, in the same direction as the names, so paging is stable.
  const byName = (d: "asc" | "desc"): Prisma.DecisionOrderByWithRelationInput[] => [{ sortLastName: d }, { sortFirstName: d }, { id: d }];
  if (sort === "start") return [{ serviceStart: dir }, ...byName("asc")];
  if (sort === "end") return [{ currentPeriodEnd: dir }, ...byName("asc")];
  return byName(dir);
}

/** One page of the list, filtered, counted, sorted and paged in the database. */
export async function listParticipantsForStaff(actor: Actor, query: Partial<ParticipantListQuery> = {}, today = clockToday()) {
  const q: ParticipantListQuery = { ...participantListQuery.parse({}), ...query };
  const pageSize = PARTICIPANT_LIST_PAGE_SIZE;
  const where = participantListWhere(actor, q, today);
  if (!where) return { total: 0, page: 1, pageSize, rows: [] as ParticipantListRow[] };
  const { total, page, rows: found } = await countedPage(q.page, pageSize, () => db.decision.count({ where }), (page) =>
    db.decision.findMany({ where, orderBy: participantOrderBy(q.sort, q.dir), skip: (page - 1) * pageSize, take: pageSize, select: listRowSelect }),
  );
  const names = await handledareNames(found);
  return { total, page, pageSize, rows: found.map((d) => toListRow(d, names.get(d.currentHandledareId ?? "") ?? null, today)) };
}

/** Choices for the list's filters: the actor's units, and the current handledare there. */
export async function participantListOptions(actor: Actor) {
  const scope = sqlScope(actor, "reportOnParticipants");
  if (!scope) return { units: [], handledare: [] };
  const [units, handledare] = await Promise.all([
    db.performingUnit.findMany({ where: { supplierId: scope.supplierId, id: { in: scope.unitIds } }, select: { id: true, name: true } }),
    // The organisation's staff, each probed once on the placement's handledare index, rather
    // than every open assignment in scope joined to its placement.
    dbHandle().sql.query<{ id: string; name: string }>(
      `SELECT u.id, u.name FROM "User" u
        WHERE u.id IN (SELECT m."userId" FROM "Membership" m WHERE m."supplierId" = $1::uuid)
          AND EXISTS (SELECT 1 FROM "Decision" d WHERE d."currentHandledareId" = u.id AND d."supplierId" = $1::uuid AND d."unitId" = ANY($2::uuid[]))`,
      [scope.supplierId, scope.unitIds],
    ),
  ]);
  const byLabel = (a: { name: string }, b: { name: string }) => swedishCollator.compare(a.name, b.name);
  return { units: units.sort(byLabel), handledare: handledare.sort(byLabel) };
}
