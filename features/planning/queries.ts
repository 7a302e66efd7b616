// Reads of gemensam planering. Supplier staff see the plannings of participants at units where
// they hold "Rapportering, planering och information om deltagare"; officers see every one.
// Anything else is "not found". The officer's queue: ./officer-review.ts.
import { endOfMonth, format, parseISO } from "date-fns";
import { db } from "@/lib/db";
import { today as clockToday } from "@/lib/clock";
import type { Actor } from "@/lib/authz/permissions";
import { loadPlacementFor } from "@/lib/authz/access";
import { decisionFacts, factsInclude } from "@/features/decisions/facts";
import { decisionState, type DecisionFacts } from "@/features/decisions/rules";
import { toIsoDate } from "@/features/decisions/periods";
import { activityNames } from "./catalogue";
import { approvedActivities, currentPlanningPeriod, planningInForce, validatePlanningPeriod } from "./rules";
import { type Client, type PlanningActivityView, type PlanningRow, type PlanningView, activityViews, planningInclude, planningViews } from "./planning-views";

export async function decisionForPlanning(client: Client, actor: Actor, decisionId: string) {
  return loadPlacementFor(actor, "readReports", decisionId, {
    include: { ...factsInclude, participant: { select: { firstName: true, lastName: true } }, unit: { select: { name: true } }, supplier: { select: { name: true } } },
    tx: client,
  });
}

export interface PeriodPlannings {
  id: string;
  number: number;
  startDate: string;
  endDate: string;
  plannings: PlanningView[];
}

/**
 * Every version of every period's planning (latest first), with status, reason, activities
 * and who/when; and the period a new version would be for, with whether one may be sent now.
 */
export async function listPlanningsForDecision(actor: Actor, decisionId: string, today = clockToday()) {
  const d = await decisionForPlanning(db, actor, decisionId);
  const [rows, names] = await Promise.all([
    db.jointPlanning.findMany({ where: { decisionId: d.id }, include: planningInclude, orderBy: [{ periodId: "asc" }, { version: "desc" }] }),
    activityNames(d.serviceVersion),
  ]);
  const views = await planningViews(db, rows, names, actor.kind);
  const facts: DecisionFacts = decisionFacts(d);
  const currentFacts = currentPlanningPeriod(facts, today);
  const currentRow = currentFacts ? d.periods.find((p) => p.number === currentFacts.number) : undefined;
  const check = currentFacts ? validatePlanningPeriod(facts, currentFacts, today) : null;
  return {
    decision: {
      id: d.id,
      name: `${d.participant.firstName} ${d.participant.lastName}`,
      implementationReference: d.implementationReference,
      serviceVersion: d.serviceVersion,
      level: d.level,
      supplierName: d.supplier.name,
      unitName: d.unit.name,
      state: decisionState(facts, today),
    },
    periods: d.periods.map<PeriodPlannings>((p) => ({
      id: p.id,
      number: p.number,
      startDate: toIsoDate(p.startDate),
      endDate: toIsoDate(p.endDate),
      plannings: views.filter((v) => v.periodId === p.id),
    })),
    /** where a new version goes; `refusal` says why none can be sent now */
    current: currentRow && currentFacts
      ? { periodId: currentRow.id, number: currentRow.number, startDate: currentFacts.startDate, endDate: currentFacts.endDate, refusal: check && !check.ok ? check.message : null }
      : null,
  };
}

export interface ApprovedPlanning {
  planningId: string;
  version: number;
  periodId: string;
  periodNumber: number;
  remote: boolean;
  /** in catalogue order */
  activityCodes: string[];
  activities: PlanningActivityView[];
  decidedAt: Date | null;
}

type ApprovedVersion = PlanningRow & { activityCodes: string[] };

/**
 * The APPROVED versions of each of these periods, by period id (a period without one is
 * absent): the facts that planningInForce and approvedActivities read, for one period or for
 * several in one query. No access check: for data functions that have already checked their actor.
 */
export async function approvedPlanningVersions(periodIds: string[], client: Client = db): Promise<Map<string, ApprovedVersion[]>> {
  const rows = periodIds.length ? await client.jointPlanning.findMany({ where: { periodId: { in: periodIds }, status: "APPROVED" }, include: planningInclude }) : [];
  const byPeriod = new Map<string, ApprovedVersion[]>();
  for (const r of rows) byPeriod.set(r.periodId, [...(byPeriod.get(r.periodId) ?? []), { ...r, activityCodes: r.activities.map((a) => a.activityCode) }]);
  return byPeriod;
}

/**
 * The planning in force for a period of a placement: its latest APPROVED version, or null.
 * `which` is the period number (1 or 2) or a date (YYYY-MM-DD, or a month YYYY-MM): the period
 * containing that date or, when none does (a month's first day before a mid-month start), the
 * first period overlapping its calendar month. A month across two periods: ask for each date.
 * No access check: for data functions that have already checked their actor.
 */
export async function approvedPlanningFor(decisionId: string, which: number | string, client: Client = db): Promise<ApprovedPlanning | null> {
  const decision = await client.decision.findUnique({ where: { id: decisionId }, select: { serviceVersion: true, periods: { orderBy: { number: "asc" } } } });
  if (!decision) return null;
  const periods = decision.periods.map((p) => ({ row: p, startDate: toIsoDate(p.startDate), endDate: toIsoDate(p.endDate) }));
  let period: (typeof periods)[number] | undefined;
  if (typeof which === "number") {
    period = periods.find((p) => p.row.number === which);
  } else {
    const date = /^\d{4}-\d{2}$/.test(which) ? `${which}-01` : which;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`approvedPlanningFor: not a date: ${which}`);
    const monthStart = `${date.slice(0, 7)}-01`;
    const monthEnd = format(endOfMonth(parseISO(monthStart)), "yyyy-MM-dd");
    period = periods.find((p) => p.startDate <= date && date <= p.endDate) ?? periods.find((p) => p.startDate <= monthEnd && p.endDate >= monthStart);
  }
  if (!period) return null;
  const facts = (await approvedPlanningVersions([period.row.id], client)).get(period.row.id) ?? [];
  const inForce = planningInForce(facts);
  if (!inForce) return null;
  const names = await activityNames(decision.serviceVersion, client);
  const activities = activityViews(approvedActivities(facts), names);
  return {
    planningId: inForce.id,
    version: inForce.version,
    periodId: period.row.id,
    periodNumber: period.row.number,
    remote: inForce.remote,
    activityCodes: activities.map((a) => a.code),
    activities,
    decidedAt: inForce.decidedAt,
  };
}
