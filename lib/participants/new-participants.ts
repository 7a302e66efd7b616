// "Nya deltagare": ongoing placements at the actor's receiving units that need a handledare
// (none yet, or period 2 not yet confirmed), most urgent first, filterable on the server.
import { db } from "@/lib/db";
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
  return {
    supplierId: actor.supplierId,
    unitId: { in: unitIds },
    periods: { some: { endDate: { gte: t } } },
    interruptions: { none: { withdrawnAt: null, date: { lte: t } } },
    OR: [{ assignments: { none: { endedAt: null } } }, { periods: { some: { number: 2, handledareConfirmedAt: null } } }],
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

export async function listNewParticipants(actor: Actor, query: NewParticipantsQuery = {}, today = clockToday()) {
  const page = query.page ?? 1;
  const base = baseWhere(actor, today);
  const where = newParticipantsWhere(actor, query, today);
  const empty = { total: 0, page, pageSize: NEW_PARTICIPANTS_PAGE_SIZE, rows: [], facets: { services: [], units: [], municipalities: [] } };
  if (!base || !where) return empty;
  const filtered = where !== base;

  // A work queue (tens, rarely hundreds): ranked in memory, since urgency depends on the
  // period-2 grant date, a relation.
  const all = await db.decision.findMany({ where, include: rowInclude });
  const ranked = all.map((d) => toRow(d, today)).sort((a, b) => a.deadline.daysLeft - b.deadline.daysLeft || a.name.localeCompare(b.name, "sv"));

  // Filter counts, from the unfiltered list of the actor's units.
  const facetSource = filtered ? await db.decision.findMany({ where: base, select: { serviceVersion: true, unit: { select: { id: true, name: true, municipality: true } } } }) : all;
  const count = <K extends string>(keys: K[]) => [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>())].sort((a, b) => String(a[0]).localeCompare(String(b[0]), "sv"));
  const unitNames = new Map(facetSource.map((d) => [d.unit.id, d.unit.name]));
  return {
    total: ranked.length,
    page,
    pageSize: NEW_PARTICIPANTS_PAGE_SIZE,
    rows: ranked.slice((page - 1) * NEW_PARTICIPANTS_PAGE_SIZE, page * NEW_PARTICIPANTS_PAGE_SIZE),
    facets: {
      services: count(facetSource.map((d) => d.serviceVersion)).map(([value, n]) => ({ value, n })),
      units: count(facetSource.map((d) => d.unit.id)).map(([value, n]) => ({ value, label: unitNames.get(value) ?? "", n })),
      municipalities: count(facetSource.map((d) => d.unit.municipality)).map(([value, n]) => ({ value, n })),
    },
  };
}

/** Assigned participants whose first meeting is not yet booked. */
export async function listLackingFirstMeeting(actor: Actor, today = clockToday()) {
  if (actor.kind !== "staff") return [];
  const unitIds = [...new Set([...unitsFor(actor, "receiveParticipants"), ...unitsFor(actor, "reportOnParticipants")])];
  if (unitIds.length === 0) return [];
  const t = fromIsoDate(today);
  const rows = await db.decision.findMany({
    where: {
      supplierId: actor.supplierId, unitId: { in: unitIds }, firstMeetingDate: null,
      assignments: { some: { endedAt: null } },
      periods: { some: { endDate: { gte: t } } },
      interruptions: { none: { withdrawnAt: null, date: { lte: t } } },
    },
    include: { participant: { select: { firstName: true, lastName: true } }, assignments: { where: { endedAt: null }, include: { handledare: { select: { name: true } } } }, unit: { select: { name: true } } },
    orderBy: { decidedAt: "asc" },
    take: 100,
  });
  return rows.map((d) => ({ decisionId: d.id, name: `${d.participant.firstName} ${d.participant.lastName}`, handledare: d.assignments[0]?.handledare.name ?? "", unitName: d.unit.name }));
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
