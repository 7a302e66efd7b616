// From stored rows to the facts the pure rules take, and from a state back to a database
// filter: the two must agree (tests/integration/decisions.test.ts checks they do).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DecisionFacts, DecisionState } from "./rules";
import { addCalendarDays, fromIsoDate, toIsoDate } from "./periods";
import { PERIOD2_WINDOW_DAYS } from "./rules";

export const factsInclude = {
  periods: { orderBy: { number: "asc" } },
  interruptions: { orderBy: { registeredAt: "asc" } },
  assignments: { where: { endedAt: null }, select: { id: true } },
} as const satisfies Prisma.DecisionInclude;

type WithFacts = Prisma.DecisionGetPayload<{ include: typeof factsInclude }>;

export function decisionFacts(d: WithFacts): DecisionFacts {
  return {
    periods: d.periods.map((p) => ({ number: p.number, startDate: toIsoDate(p.startDate), endDate: toIsoDate(p.endDate) })),
    interruptions: d.interruptions.map((i) => ({ id: i.id, date: toIsoDate(i.date), withdrawn: i.withdrawnAt !== null })),
    hasHandledare: d.assignments.length > 0,
  };
}

/**
 * The placements in `state` on `today`, over the stored read model (lib/decisions/read-model.ts):
 * indexed columns on Decision, no relation scans. decisionState() is the rule; the tests keep
 * the two in step.
 */
export function stateWhere(state: DecisionState, today: string): Prisma.DecisionWhereInput {
  const t = fromIsoDate(today);
  // Period 1 ended at most PERIOD2_WINDOW_DAYS ago: period 2 may still be granted.
  const windowStart = fromIsoDate(addCalendarDays(today, -PERIOD2_WINDOW_DAYS));
  const notInForce: Prisma.DecisionWhereInput = { OR: [{ interruptionDate: null }, { interruptionDate: { gt: t } }] };
  switch (state) {
    case "interrupted":
      return { interruptionDate: { lte: t } };
    case "planned-interruption":
      return { currentPeriodEnd: { gte: t }, interruptionDate: { gt: t } };
    case "new":
      return { currentPeriodEnd: { gte: t }, interruptionDate: null, currentHandledareId: null };
    case "active":
      return { currentPeriodEnd: { gte: t }, interruptionDate: null, currentHandledareId: { not: null } };
    case "period-ended":
      return { AND: [{ currentPeriodEnd: { lt: t, gte: windowStart }, currentPeriodNumber: 1 }, notInForce] };
    case "completed":
      return { AND: [{ currentPeriodEnd: { lt: t } }, notInForce, { OR: [{ currentPeriodNumber: { not: 1 } }, { currentPeriodEnd: { lt: windowStart } }] }] };
  }
}
