// "Nya deltagare": ongoing placements at the actor's receiving units that need a handledare
// (none yet, or period 2 not yet confirmed), most urgent first, filterable on the server.
import { db, dbHandle } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { today as clockToday, swedishDateOf } from "@/lib/clock";
import { unitsFor, type Actor } from "@/lib/authz/permissions";
import { fromIsoDate } from "@/lib/decisions/periods";
import { assignmentDeadline, deadlineStatus } from "./deadline";
import { z } from "@/lib/validation/zod";

export const NEW_PARTICIPANTS_PAGE_SIZE = 50;

export const newParticipantsQuery = z.object({
  serviceVersion: z.enum(["ROM1", "ROM2"]).optional().catch(undefined),
  unitId: z.uuid().optional().catch(undefined),
  municipality: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).optional().catch(1),
});
export type NewParticipantsQuery = z.infer<typeof newParticipantsQuery>;

function baseWhere(actor: Actor, today: string): Prisma.DecisionWhereInput | null {
  if (actor.kind !== "staff") return null;
  const unitIds = unitsFor(actor, "receiveParticipants");
  if (unitIds.length === 0) return null;
  const t = fromIsoDate(today);
  // The read model (lib/decisions/read-model.ts): running, no interruption in force, and a
  // handledare to choose (none yet, or period 2 unconfirmed).
  return {
    supplierId: actor.supplierId,
    unitId: { in: unitIds },
    needsHandledareSince: { not: null },
    currentPeriodEnd: { gte: t },
    OR: [{ interruptionDate: null }, { interruptionDate: { gt: t } }],
  };
}

export async function countNewParticipants(actor: Actor, today = clockToday()): Promise<number> {
  const where = baseWhere(actor, today);
  return where ? db.decision.count({ where }) : 0;
}

/** The "Nya deltagare" filter with the query's filters applied; null when the actor receives nowhere. */
export function newParticipantsWhere(actor: Actor, query: NewParticipantsQuery, today: string): Prisma.DecisionWhereInput | null {
  const base = baseWhere(actor, today);
  if (!base) return null;
  const filters: Prisma.DecisionWhereInput[] = [];
  if (query.serviceVersion) filters.push({ serviceVersion: query.serviceVersion });
  if (query.unitId) filters.push({ unitId: query.unitId });
  if (query.municipality) filters.push({ unit: { municipality: query.municipality } });
  return filters.length ? { AND: [base, ...filters] } : base;
}

const rowInclude = {
  participant: { select: { firstName: true, lastName: true } },
  unit: { select: { id: true, name: true, street: true, postalCode: true, city: true, municipality: true } },
  periods: { orderBy: { number: "asc" } },
  assignments: { where: { endedAt: null }, include: { handledare: { select: { id: true, name: true } } } },
} as const satisfies Prisma.DecisionInclude;

function toRow(d: Prisma.DecisionGetPayload<{ include: typeof rowInclude }>, today: string) {
  const current = d.periods[d.periods.length - 1];
  const counted = swedishDateOf(current.number === 2 ? current.grantedAt : d.decidedAt);
  return {
    decisionId: d.id,
    name: `${d.participant.firstName} ${d.participant.lastName}`,
    level: d.level,
    serviceVersion: d.serviceVersion,
    unit: d.unit,
    startDate: current.startDate,
    endDate: current.endDate,
    newPeriod: current.number === 2,
    currentHandledare: d.assignments[0]?.handledare ?? null,
    interpreterNeeded: d.interpreterNeeded,
    interpreterLanguage: d.interpreterLanguage,
    languageSupportNeeded: d.languageSupportNeeded,
    deadlineDate: assignmentDeadline(counted),
    deadline: deadlineStatus(counted, today),
  };
}

export type NewParticipantRow = ReturnType<typeof toRow>;

/** Pages in id order, in the database (for the API's cursor pages). */
export async function newParticipantsById(actor: Actor, query: NewParticipantsQuery, opts: { afterId?: string; take: number }, today = clockToday()) {
  const where = newParticipantsWhere(actor, query, today);
  if (!where) return [];
  const rows = await db.decision.findMany({
    where: opts.afterId ? { AND: [where, { id: { gt: opts.afterId } }] } : where,
    orderBy: { id: "asc" },
    take: opts.take,
    include: rowInclude,
  });
  return rows.map((d) => toRow(d, today));
}

/** Most urgent first: the ten days count from needsHandledareSince, so its order is the deadline's. */
const urgencyOrder: Prisma.DecisionOrderByWithRelationInput[] = [
  { needsHandledareSince: "asc" },
  { participant: { firstName: "asc" } },
  { participant: { lastName: "asc" } },
  { id: "asc" },
];

export async function listNewParticipants(actor: Actor, query: NewParticipantsQuery = {}, today = clockToday()) {
  const page = query.page ?? 1;
  const base = baseWhere(actor, today);
  const where = newParticipantsWhere(actor, query, today);
  const empty = { total: 0, page, pageSize: NEW_PARTICIPANTS_PAGE_SIZE, rows: [], facets: { services: [], units: [], municipalities: [] } };
  if (!base || !where) return empty;

  const [total, rows, byService, byUnit] = await Promise.all([
    db.decision.count({ where }),
    db.decision.findMany({ where, orderBy: urgencyOrder, skip: (page - 1) * NEW_PARTICIPANTS_PAGE_SIZE, take: NEW_PARTICIPANTS_PAGE_SIZE, include: rowInclude }),
    // Filter counts follow the other chosen filters (each facet leaves out only its own),
    // grouped in the database: services under the unit and municipality chosen; units and
    // municipalities under the service chosen (the unit facet then keeps the chosen municipality's).
    db.decision.groupBy({ by: ["serviceVersion"], where: newParticipantsWhere(actor, { ...query, serviceVersion: undefined }, today)!, _count: { _all: true } }),
    db.decision.groupBy({ by: ["unitId"], where: newParticipantsWhere(actor, { serviceVersion: query.serviceVersion }, today)!, _count: { _all: true } }),
  ]);
  const units = byUnit.length ? await db.performingUnit.findMany({ where: { id: { in: byUnit.map((u) => u.unitId) } }, select: { id: true, name: true, municipality: true } }) : [];
  const unitById = new Map(units.map((u) => [u.id, u]));
  const perMunicipality = new Map<string, number>();
  for (const u of byUnit) {
    const m = unitById.get(u.unitId)?.municipality ?? "";
    perMunicipality.set(m, (perMunicipality.get(m) ?? 0) + u._count._all);
  }
  const sv = (a: string, b: string) => a.localeCompare(b, "sv");
  return {
    total,
    page,
    pageSize: NEW_PARTICIPANTS_PAGE_SIZE,
    rows: rows.map((d) => toRow(d, today)),
    facets: {
      services: byService.map((g) => ({ value: g.serviceVersion, n: g._count._all })).sort((a, b) => sv(a.value, b.value)),
      units: byUnit
        .filter((g) => !query.municipality || unitById.get(g.unitId)?.municipality === query.municipality)
        .map((g) => ({ value: g.unitId, label: unitById.get(g.unitId)?.name ?? "", n: g._count._all }))
        .sort((a, b) => sv(a.value, b.value)),
      municipalities: [...perMunicipality].map(([value, n]) => ({ value, n })).sort((a, b) => sv(a.value, b.value)),
    },
  };
}

/**
 * Assigned participants whose first meeting is not yet booked: how many, and the longest
 * waiting first. One statement (the start page asks it on every load): running, no
 * interruption in force, a handledare (mine: me), no first meeting date.
 */
export async function listLackingFirstMeeting(actor: Actor, today = clockToday(), opts: { mine?: boolean; take?: number } = {}) {
  if (actor.kind !== "staff") return { total: 0, rows: [] };
  const unitIds = [...new Set([...unitsFor(actor, "receiveParticipants"), ...unitsFor(actor, "reportOnParticipants")])];
  if (unitIds.length === 0) return { total: 0, rows: [] };
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
    [actor.supplierId, unitIds, opts.mine ? actor.userId : null, today, opts.take ?? 10],
  );
  return {
    total: found[0]?.total ?? 0,
    rows: found.map((d) => ({ decisionId: d.decisionId, name: `${d.firstName} ${d.lastName}`, handledare: d.handledare ?? "", unitName: d.unitName })),
  };
}

/** The chosen participants for the assignment steps, with who is their handledare now. */
export async function participantsForAssignment(actor: Actor, decisionIds: string[]) {
  if (actor.kind !== "staff" || decisionIds.length === 0) return [];
  const receiving = unitsFor(actor, "receiveParticipants");
  const admin = actor.permissions.includes("ADMINISTER_PERMISSIONS");
  const rows = await db.decision.findMany({
    where: { id: { in: decisionIds }, supplierId: actor.supplierId, ...(admin ? {} : { unitId: { in: receiving } }) },
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
