// From stored rows to the facts the pure rules take, and from a state back to a database
// filter: the two must agree (tests/integration/decisions.test.ts checks they do).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DecisionFacts, DecisionState } from "./rules";
import { addCalendarDays, fromIsoDate, toIsoDate } from "./periods";
import { PERIOD2_WINDOW_DAYS, decisionState } from "./rules";

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

/** The read-model columns a list row carries instead of the periods, interruptions and assignments. */
export interface ReadModelColumns {
  serviceStart: Date | null;
  currentPeriodNumber: number | null;
  currentPeriodEnd: Date | null;
  interruptionDate: Date | null;
  currentHandledareId: string | null;
}

/**
 * The facts decisionState() reads, from the stored read model: the last period's number and
 * end, the interruption in force and whether there is a handledare. Lists then compute the
 * state with the one rule without loading every period and interruption; a test proves that
 * this gives the same state as the full facts.
 */
export function readModelFacts(d: ReadModelColumns): DecisionFacts {
  if (d.currentPeriodNumber === null || d.currentPeriodEnd === null || d.serviceStart === null) throw new Error("A placement without a period.");
  return {
    // Only the current period is known here; decisionState() reads nothing else of the periods.
    periods: [{ number: d.currentPeriodNumber, startDate: toIsoDate(d.serviceStart), endDate: toIsoDate(d.currentPeriodEnd) }],
    interruptions: d.interruptionDate ? [{ id: "in-force", date: toIsoDate(d.interruptionDate), withdrawn: false }] : [],
    hasHandledare: d.currentHandledareId !== null,
  };
}

/** The stored columns a list row is drawn from: the read model and the participant's names. */
export const readModelSelect = {
  serviceStart: true,
  currentPeriodNumber: true,
  currentPeriodEnd: true,
  interruptionDate: true,
  currentHandledareId: true,
  sortFirstName: true,
  sortLastName: true,
} as const satisfies Prisma.DecisionSelect;

type ReadModelRowSource = Prisma.DecisionGetPayload<{ select: typeof readModelSelect }>;

/** What every list shows of a placement, from its stored columns: name, service dates and state by the one rule. */
export function readModelRow(d: ReadModelRowSource, today: string): { name: string; startDate: string; endDate: string; state: DecisionState } {
  return {
    name: `${d.sortFirstName ?? ""} ${d.sortLastName ?? ""}`,
    startDate: toIsoDate(d.serviceStart!),
    endDate: toIsoDate(d.currentPeriodEnd!),
    state: decisionState(readModelFacts(d), today),
  };
}

/**
 * The placements in `state` on `today`, over the stored read model (features/decisions/read-model.ts):
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

/**
 * isOngoing(decisionState()) as SQL over the placement "d" (new, active or an interruption
 * still to come): not ended and no interruption in force. `t` is today's placeholder, as a date.
 */
export function ongoingSql(t: string, d = "d"): string {
  return `(${d}."currentPeriodEnd" >= ${t} AND (${d}."interruptionDate" IS NULL OR ${d}."interruptionDate" > ${t}))`;
}

/**
 * The same filter as stateWhere, as SQL over the placement "d" for raw list statements.
 * `param` adds a value and answers its placeholder. decisionState() is the rule; the tests
 * keep all three in step.
 */
export function stateSql(state: DecisionState, today: string, param: (value: unknown) => string): string {
  const t = `${param(today)}::date`;
  // Only the states that read it get the window's start, so every value given is used.
  const windowStart = () => `${param(addCalendarDays(today, -PERIOD2_WINDOW_DAYS))}::date`;
  const notInForce = `(d."interruptionDate" IS NULL OR d."interruptionDate" > ${t})`;
  switch (state) {
    case "interrupted":
      return `d."interruptionDate" <= ${t}`;
    case "planned-interruption":
      return `(d."currentPeriodEnd" >= ${t} AND d."interruptionDate" > ${t})`;
    case "new":
      return `(d."currentPeriodEnd" >= ${t} AND d."interruptionDate" IS NULL AND d."currentHandledareId" IS NULL)`;
    case "active":
      return `(d."currentPeriodEnd" >= ${t} AND d."interruptionDate" IS NULL AND d."currentHandledareId" IS NOT NULL)`;
    case "period-ended":
      return `(d."currentPeriodEnd" < ${t} AND d."currentPeriodEnd" >= ${windowStart()} AND d."currentPeriodNumber" = 1 AND ${notInForce})`;
    case "completed":
      return `(d."currentPeriodEnd" < ${t} AND ${notInForce} AND (d."currentPeriodNumber" <> 1 OR d."currentPeriodEnd" < ${windowStart()}))`;
  }
}
