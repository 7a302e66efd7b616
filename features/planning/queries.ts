// Reads of gemensam planering. Supplier staff see the plannings of participants at units where
// they hold "Rapportering, planering och information om deltagare"; officers see every one.
// Anything else is "not found".
import { inIdOrder, oldestFirstPage } from "@/lib/db/queue-page";
import { endOfMonth, format, parseISO } from "date-fns";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { today as clockToday } from "@/lib/clock";
import { NotFoundError } from "@/lib/authz/errors";
import type { Actor } from "@/lib/authz/permissions";
import { loadPlacementFor } from "@/lib/authz/access";
import { assertOfficer } from "@/lib/authz/assert";
import { decisionFacts, factsInclude } from "@/features/decisions/facts";
import { decisionState, type DecisionFacts } from "@/features/decisions/rules";
import { toIsoDate } from "@/features/decisions/periods";
import { activityNames } from "./catalogue";
import {
  approvedActivities, currentPlanningPeriod, isSuperseded, planningInForce, PLANNING_STATUS_LABELS, validateDecidable, validatePlanningPeriod,
  type CatalogueItem,
} from "./rules";

type Client = Prisma.TransactionClient | typeof db;

export const PLANNING_QUEUE_PAGE_SIZE = 25;

const planningInclude = { activities: { select: { activityCode: true } } } as const satisfies Prisma.JointPlanningInclude;
type PlanningRow = Prisma.JointPlanningGetPayload<{ include: typeof planningInclude }>;

export interface PlanningActivityView {
  code: string;
  name: string;
  mandatory: boolean;
}

export interface PlanningView {
  id: string;
  periodId: string;
  version: number;
  status: ReportStatus;
  statusLabel: string;
  /** RECEIVED, but a later version was submitted: it will not be decided */
  superseded: boolean;
  /** the latest APPROVED version of its period */
  inForce: boolean;
  remote: boolean;
  statusReason: string | null;
  submittedAt: Date;
  submittedBy: string;
  decidedAt: Date | null;
  decidedBy: string | null;
  activities: PlanningActivityView[];
}

function activityViews(codes: string[], names: Map<string, CatalogueItem>): PlanningActivityView[] {
  return codes
    .map((code) => {
      const item = names.get(code);
      return { code, name: item?.name ?? code, mandatory: item?.mandatory ?? false, sortOrder: item?.sortOrder ?? Number.MAX_SAFE_INTEGER };
    })
    .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
    .map(({ sortOrder: _s, ...rest }) => rest);
}

async function peopleNames(client: Client, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map();
  const users = await client.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** Views of a period's versions, latest first. Staff see "Arbetsförmedlingen" as the decider, officers the officer's name. */
async function planningViews(client: Client, rows: PlanningRow[], names: Map<string, CatalogueItem>, audience: Actor["kind"]): Promise<PlanningView[]> {
  const people = await peopleNames(client, rows.flatMap((r) => [r.submittedById, r.decidedById]));
  const byPeriod = new Map<string, PlanningRow[]>();
  for (const r of rows) byPeriod.set(r.periodId, [...(byPeriod.get(r.periodId) ?? []), r]);
  return [...rows]
    .sort((a, b) => b.version - a.version)
    .map((r) => {
      const siblings = byPeriod.get(r.periodId) ?? [];
      return {
        id: r.id,
        periodId: r.periodId,
        version: r.version,
        status: r.status,
        statusLabel: PLANNING_STATUS_LABELS[r.status],
        superseded: isSuperseded(r, siblings),
        inForce: planningInForce(siblings)?.id === r.id,
        remote: r.remote,
        statusReason: r.statusReason,
        submittedAt: r.submittedAt,
        submittedBy: people.get(r.submittedById) ?? "",
        decidedAt: r.decidedAt,
        decidedBy: r.decidedById ? (audience === "officer" ? (people.get(r.decidedById) ?? "") : "Arbetsförmedlingen") : null,
        activities: activityViews(r.activities.map((a) => a.activityCode), names),
      };
    });
}

/** The decision, if the actor may work with its plannings; otherwise "not found". */
async function decisionForPlanning(client: Client, actor: Actor, decisionId: string) {
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

const latestReceived = Prisma.sql`jp.status = 'RECEIVED' AND NOT EXISTS (SELECT 1 FROM "JointPlanning" n WHERE n."periodId" = jp."periodId" AND n.version > jp.version)`;

/** Officers: plannings waiting for a decision (the latest RECEIVED version of each period), oldest first. */
export async function planningQueue(actor: Actor, query: { page?: number } = {}) {
  assertOfficer(actor);
  const { total, page, ids } = await oldestFirstPage({ from: Prisma.raw(`"JointPlanning" jp`), alias: "jp", where: latestReceived, page: query.page, pageSize: PLANNING_QUEUE_PAGE_SIZE });
  const rows = await db.jointPlanning.findMany({
    where: { id: { in: ids } },
    include: {
      period: { select: { number: true, startDate: true, endDate: true } },
      decision: {
        select: {
          id: true, implementationReference: true, serviceVersion: true, level: true,
          participant: { select: { firstName: true, lastName: true } }, supplier: { select: { name: true } }, unit: { select: { name: true } },
        },
      },
      _count: { select: { activities: true } },
    },
  });
  const approvedBefore = new Set(
    (await db.jointPlanning.findMany({ where: { periodId: { in: rows.map((r) => r.periodId) }, status: "APPROVED" }, select: { periodId: true } })).map((r) => r.periodId),
  );
  return {
    total,
    page,
    pageSize: PLANNING_QUEUE_PAGE_SIZE,
    rows: inIdOrder(rows, ids)
      .map((r) => ({
        id: r.id,
        version: r.version,
        submittedAt: r.submittedAt,
        /** an update of an approved planning, rather than the period's first */
        isUpdate: approvedBefore.has(r.periodId),
        periodNumber: r.period.number,
        periodStart: toIsoDate(r.period.startDate),
        periodEnd: toIsoDate(r.period.endDate),
        decisionId: r.decision.id,
        name: `${r.decision.participant.firstName} ${r.decision.participant.lastName}`,
        implementationReference: r.decision.implementationReference,
        serviceVersion: r.decision.serviceVersion,
        level: r.decision.level,
        supplierName: r.decision.supplier.name,
        unitName: r.decision.unit.name,
        activityCount: r._count.activities,
      })),
  };
}

/** Officers: one planning with its placement, the period's other versions and whether it can be decided. */
export async function getPlanningForOfficer(actor: Actor, planningId: string, today = clockToday()) {
  assertOfficer(actor);
  const found = await db.jointPlanning.findUnique({ where: { id: planningId }, select: { decisionId: true, periodId: true } });
  if (!found) throw new NotFoundError("Planeringen finns inte.");
  const d = await decisionForPlanning(db, actor, found.decisionId);
  const [rows, names, order] = await Promise.all([
    db.jointPlanning.findMany({ where: { periodId: found.periodId }, include: planningInclude, orderBy: { version: "desc" } }),
    activityNames(d.serviceVersion),
    db.order.findUnique({ where: { periodId_kind: { periodId: found.periodId, kind: "BASE" } }, select: { orderNumber: true } }),
  ]);
  const versions = await planningViews(db, rows, names, "officer");
  const planning = versions.find((v) => v.id === planningId)!;
  const period = d.periods.find((p) => p.id === found.periodId)!;
  const decidable = validateDecidable(planning, versions);
  const inForce = versions.find((v) => v.inForce) ?? null;
  return {
    planning,
    versions,
    inForce: inForce && inForce.id !== planning.id ? inForce : null,
    decidable: decidable.ok ? null : decidable.message,
    /** the period's base order, once a version has been approved */
    baseOrderNumber: order?.orderNumber ?? null,
    period: { id: period.id, number: period.number, startDate: toIsoDate(period.startDate), endDate: toIsoDate(period.endDate) },
    decision: {
      id: d.id,
      name: `${d.participant.firstName} ${d.participant.lastName}`,
      implementationReference: d.implementationReference,
      serviceVersion: d.serviceVersion,
      level: d.level,
      supplierName: d.supplier.name,
      unitName: d.unit.name,
      state: decisionState(decisionFacts(d), today),
    },
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
