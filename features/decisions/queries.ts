// Reads of decisions: officers see everything; supplier staff only their organisation's
// decisions at units where they hold a participant capability.
import { placementResultStatus } from "@/features/participant-reports/result-status";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { today as clockToday } from "@/lib/clock";
import { NotFoundError } from "@/lib/authz/errors";
import { canAt, type Actor } from "@/lib/authz/permissions";
import { assertOfficer } from "@/lib/authz/assert";
import { loadPlacementFor } from "@/lib/authz/access";
import { decisionFacts, factsInclude, readModelRow, readModelSelect, stateWhere } from "./facts";
import { decisionState } from "./rules";
import { fromIsoDate, toIsoDate } from "./periods";
import type { DecisionListQuery } from "./schemas";
import { cappedTotal, COUNT_CAP } from "@/lib/capped-count";

export const DECISION_PAGE_SIZE = 25;

export async function listDecisions(actor: Actor, query: DecisionListQuery, today = clockToday(), countCap = COUNT_CAP) {
  assertOfficer(actor);
  const page = query.page ?? 1;
  const and: Prisma.DecisionWhereInput[] = [];
  if (query.q) {
    // No personnummer here: this search travels in the address (GET). Officers look a
    // person up by personnummer on Arbetssökande, which posts the number.
    and.push({
      OR: [
        { implementationReference: { contains: query.q, mode: "insensitive" } },
        { participant: { firstName: { contains: query.q, mode: "insensitive" } } },
        { participant: { lastName: { contains: query.q, mode: "insensitive" } } },
      ],
    });
  }
  if (query.supplierId) and.push({ supplierId: query.supplierId });
  if (query.unitId) and.push({ unitId: query.unitId });
  if (query.level) and.push({ level: query.level });
  if (query.state) and.push(stateWhere(query.state, today));
  // serviceStart is period 1's start (read model), so the range is a column filter, not a join.
  if (query.from) and.push({ serviceStart: { gte: fromIsoDate(query.from) } });
  if (query.to) and.push({ serviceStart: { lte: fromIsoDate(query.to) } });
  const where: Prisma.DecisionWhereInput = and.length ? { AND: and } : {};
  const dir = query.dir ?? "desc";
  const orderBy: Prisma.DecisionOrderByWithRelationInput[] =
    query.sort === "name"
      ? [{ sortLastName: dir }, { sortFirstName: dir }, { id: dir }]
      : query.sort === "start"
        ? // serviceStart is period 1's start, kept by the read model's triggers (indexed, in SQL).
          [{ serviceStart: dir }, { decidedAt: dir }, { id: "asc" }]
        : [{ decidedAt: dir }, { id: "asc" }];
  const [counted, rows] = await Promise.all([
    // Every decision in the country, unfiltered: counted up to the cap (lib/capped-count).
    db.decision.count({ where, take: countCap + 1 }),
    db.decision.findMany({
      where,
      orderBy,
      skip: (page - 1) * DECISION_PAGE_SIZE,
      take: DECISION_PAGE_SIZE,
      select: {
        id: true, implementationReference: true, level: true,
        ...readModelSelect,
        supplier: { select: { name: true } },
        unit: { select: { name: true } },
      },
    }),
  ]);
  return {
    ...cappedTotal(counted, countCap),
    page,
    pageSize: DECISION_PAGE_SIZE,
    // The state by the one rule over the stored read model (tests/integration/decision-states.test.ts).
    rows: rows.map((d) => ({
      id: d.id,
      implementationReference: d.implementationReference,
      supplierName: d.supplier.name,
      unitName: d.unit.name,
      level: d.level,
      ...readModelRow(d, today),
    })),
  };
}

const detailInclude = {
  ...factsInclude,
  participant: true,
  supplier: { select: { id: true, name: true, orgNumber: true } },
  unit: { select: { id: true, name: true, street: true, postalCode: true, city: true } },
  decidedBy: { select: { name: true } },
  events: { orderBy: { at: "desc" } },
  workPlacements: { orderBy: { startDate: "asc" } },
} as const satisfies Prisma.DecisionInclude;

function detail(d: Prisma.DecisionGetPayload<{ include: typeof detailInclude }>, today: string) {
  const facts = decisionFacts(d);
  return {
    ...d,
    facts,
    state: decisionState(facts, today),
    workPlacements: d.workPlacements.map((w) => ({ id: w.id, employer: w.employer, startDate: toIsoDate(w.startDate), endDate: toIsoDate(w.endDate), registeredAt: w.registeredAt })),
    periodsIso: d.periods.map((p) => ({ id: p.id, number: p.number, startDate: toIsoDate(p.startDate), endDate: toIsoDate(p.endDate), originalEndDate: toIsoDate(p.originalEndDate) })),
  };
}

export async function getDecisionForOfficer(actor: Actor, id: string, today = clockToday()) {
  assertOfficer(actor);
  const d = await db.decision.findUnique({ where: { id }, include: detailInclude });
  if (!d) throw new NotFoundError("Beslutet finns inte.");
  return { ...detail(d, today), resultStatus: await placementResultStatus(d.id) };
}

/**
 * The cheap check a participant's pages make before their content streams (issue #14): the
 * placement's organisation and unit when the staff member may see it (Ta emot nya deltagare or
 * Rapportering at its unit), else null, so the page can answer 404 with the right HTTP status.
 */
export async function decisionTargetForStaff(actor: Actor, id: string): Promise<{ supplierId: string; unitId: string } | null> {
  if (actor.kind !== "staff" || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const d = await db.decision.findFirst({ where: { id, supplierId: actor.supplierId }, select: { supplierId: true, unitId: true } });
  if (!d || !(canAt(actor, "reportOnParticipants", d) || canAt(actor, "receiveParticipants", d))) return null;
  return d;
}

/** Supplier staff: only with a participant capability at the decision's unit; otherwise "not found". */
export async function getDecisionForStaff(actor: Actor, id: string, today = clockToday()) {
  const d = await loadPlacementFor(actor, "workWithParticipant", id, { include: detailInclude });
  const target = { supplierId: d.supplierId, unitId: d.unitId };
  const { personalIdentityNumber: _hidden, ...person } = d.participant;
  // "Ta emot nya deltagare" alone shows what the original's Nya deltagare cards show (name,
  // service, dates, language support, level, the performing unit's address): contact details
  // and the home address belong to the reporting permission *(assumed)*.
  const participant = canAt(actor, "reportOnParticipants", target)
    ? person
    : { ...person, phone: null, email: null, street: null, postalCode: null, city: null, municipality: null };
  const [history, meetings, supplier] = await Promise.all([
    db.handledareAssignment.findMany({
      where: { decisionId: d.id },
      orderBy: { assignedAt: "desc" },
      include: { handledare: { select: { id: true, name: true, email: true, phone: true } } },
    }),
    db.followUpMeeting.findMany({ where: { decisionId: d.id }, orderBy: { date: "desc" } }),
    db.supplier.findUniqueOrThrow({ where: { id: d.supplierId }, select: { name: true } }),
  ]);
  const people = new Map(
    (await db.user.findMany({ where: { id: { in: history.flatMap((h) => [h.assignedById, h.endedById]).filter((x): x is string => !!x) } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  return {
    ...detail(d, today),
    participant,
    supplierName: supplier.name,
    handledareHistory: history.map((h) => ({
      id: h.id,
      handledare: h.handledare,
      assignedAt: h.assignedAt,
      assignedBy: people.get(h.assignedById) ?? "",
      endedAt: h.endedAt,
      endedBy: h.endedById ? (people.get(h.endedById) ?? "") : null,
    })),
    meetings: meetings.map((m) => toIsoDate(m.date)),
  };
}

/** The job seeker an officer is about to decide for (Nytt beslut); null when there is none. */
export async function jobSeekerForNewDecision(actor: Actor, participantId: string) {
  assertOfficer(actor);
  if (!/^[0-9a-f-]{36}$/i.test(participantId)) return null;
  return db.participant.findUnique({ where: { id: participantId }, select: { id: true, firstName: true, lastName: true, personalIdentityNumber: true } });
}
