// Participant reads for supplier staff, always scoped to the units where the actor
// holds the capability. A unit outside the scope is simply not in the `where`.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { today as clockToday, swedishDateOf } from "@/lib/clock";
import { unitsFor, type Actor, type Capability } from "@/lib/authz/permissions";
import { deadlineStatus } from "./deadline";
import { listParticipantsForStaff } from "./list";
import { participantListQuery } from "./schemas";

export const PARTICIPANT_PAGE_SIZE = 25;

function dateOnly(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Placements that are still running today: the last period not ended, no interruption in force. */
function ongoing(today: string): Prisma.DecisionWhereInput {
  return {
    periods: { some: { endDate: { gte: dateOnly(today) } } },
    interruptions: { none: { withdrawnAt: null, date: { lte: dateOnly(today) } } },
  };
}

function scoped(actor: Actor, capability: Capability): Prisma.DecisionWhereInput | null {
  if (actor.kind !== "staff") return null;
  const unitIds = unitsFor(actor, capability);
  if (unitIds.length === 0) return null;
  return { supplierId: actor.supplierId, unitId: { in: unitIds } };
}

function newParticipantsWhere(actor: Actor, today: string): Prisma.DecisionWhereInput | null {
  const scope = scoped(actor, "receiveParticipants");
  if (!scope) return null;
  return { ...scope, ...ongoing(today), assignments: { none: { endedAt: null } } };
}

export async function countNewParticipants(actor: Actor, today = clockToday()): Promise<number> {
  const where = newParticipantsWhere(actor, today);
  return where ? db.decision.count({ where }) : 0;
}

export async function listNewParticipants(actor: Actor, page = 1, today = clockToday()) {
  const where = newParticipantsWhere(actor, today);
  if (!where) return { total: 0, page, pageSize: PARTICIPANT_PAGE_SIZE, rows: [] };
  const [total, rows] = await Promise.all([
    db.decision.count({ where }),
    db.decision.findMany({
      where,
      orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * PARTICIPANT_PAGE_SIZE,
      take: PARTICIPANT_PAGE_SIZE,
      include: {
        participant: { select: { firstName: true, lastName: true } },
        unit: { select: { name: true, street: true, postalCode: true, city: true } },
        periods: { orderBy: { number: "asc" } },
      },
    }),
  ]);
  return {
    total,
    page,
    pageSize: PARTICIPANT_PAGE_SIZE,
    rows: rows.map((d) => {
      const current = d.periods[d.periods.length - 1];
      return {
        decisionId: d.id,
        name: `${d.participant.firstName} ${d.participant.lastName}`,
        level: d.level,
        serviceVersion: d.serviceVersion,
        unit: d.unit,
        startDate: current.startDate,
        endDate: current.endDate,
        newPeriod: current.number === 2,
        interpreterNeeded: d.interpreterNeeded,
        interpreterLanguage: d.interpreterLanguage,
        languageSupportNeeded: d.languageSupportNeeded,
        deadline: deadlineStatus(swedishDateOf(current.number === 2 ? current.grantedAt : d.decidedAt), today),
      };
    }),
  };
}

/**
 * The participant list (Deltagarlista) with its defaults: sorted by name, 25 a page.
 * Kept for existing callers; the list itself lives in ./list.ts.
 */
export async function listParticipants(actor: Actor, opts: { page?: number; q?: string } = {}, today = clockToday()) {
  return listParticipantsForStaff(actor, participantListQuery.parse({ page: opts.page, q: opts.q }), today);
}
