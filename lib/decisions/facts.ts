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

export function stateWhere(state: DecisionState, today: string): Prisma.DecisionWhereInput {
  const t = fromIsoDate(today);
  // Period 1 ended at most PERIOD2_WINDOW_DAYS ago: period 2 may still be granted.
  const windowStart = fromIsoDate(addCalendarDays(today, -PERIOD2_WINDOW_DAYS));
  const noInterruption: Prisma.DecisionWhereInput = { interruptions: { none: { withdrawnAt: null } } };
  const noneInForce: Prisma.DecisionWhereInput = { interruptions: { none: { withdrawnAt: null, date: { lte: t } } } };
  const running: Prisma.DecisionWhereInput = { periods: { some: { endDate: { gte: t } } } };
  const ended: Prisma.DecisionWhereInput = { periods: { none: { endDate: { gte: t } } } };
  switch (state) {
    case "interrupted":
      return { interruptions: { some: { withdrawnAt: null, date: { lte: t } } } };
    case "planned-interruption":
      return { AND: [running, { interruptions: { some: { withdrawnAt: null, date: { gt: t } } } }] };
    case "new":
      return { AND: [running, noInterruption, { assignments: { none: { endedAt: null } } }] };
    case "active":
      return { AND: [running, noInterruption, { assignments: { some: { endedAt: null } } }] };
    case "period-ended":
      return { AND: [ended, noneInForce, { periods: { none: { number: 2 } } }, { periods: { some: { number: 1, endDate: { gte: windowStart } } } }] };
    case "completed":
      return { AND: [ended, noneInForce, { OR: [{ periods: { some: { number: 2 } } }, { periods: { some: { number: 1, endDate: { lt: windowStart } } } }] }] };
  }
}
