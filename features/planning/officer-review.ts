// Gemensam planering, the officer's side: the queue of received plannings (oldest first) and
// one planning with its period's earlier versions, for the decision.
import { inIdOrder, oldestFirstPage } from "@/lib/db/queue-page";
import { db, dbHandle } from "@/lib/db";
import { limitClause } from "@/lib/db/limit-literal";
import { Prisma } from "@/lib/generated/prisma/client";
import { today as clockToday } from "@/lib/clock";
import { NotFoundError } from "@/lib/authz/errors";
import type { Actor } from "@/lib/authz/permissions";
import { assertOfficer } from "@/lib/authz/assert";
import { decisionFacts } from "@/features/decisions/facts";
import { decisionState } from "@/features/decisions/rules";
import { toIsoDate } from "@/features/decisions/periods";
import { activityNames } from "./catalogue";
import { validateDecidable } from "./rules";
import { planningInclude, planningViews } from "./planning-views";
import { decisionForPlanning } from "./queries";

export const PLANNING_QUEUE_PAGE_SIZE = 25;

const LATEST_RECEIVED = `jp.status = 'RECEIVED' AND NOT EXISTS (SELECT 1 FROM "JointPlanning" n WHERE n."periodId" = jp."periodId" AND n.version > jp.version)`;
const latestReceived = Prisma.raw(LATEST_RECEIVED);

/** The planning queue's count, up to `upTo`, as a statement's text (the officer's menu asks it with the other queues'). */
export function planningQueueCountSql(upTo: number | null): string {
  return `SELECT count(*)::int AS n FROM (SELECT 1 FROM "JointPlanning" jp WHERE ${LATEST_RECEIVED} ${limitClause(upTo)}) c`;
}

/** How many plannings await a decision (the officer's overview), counted up to `upTo`. */
export async function countPlanningQueue(actor: Actor, upTo: number | null = null): Promise<number> {
  assertOfficer(actor);
  const [row] = await dbHandle().sql.query<{ n: number }>(planningQueueCountSql(upTo), [], { prepared: true });
  return row.n;
}

/** Officers: plannings waiting for a decision (the latest RECEIVED version of each period), oldest first. */
export async function planningQueue(actor: Actor, query: { page?: number; countCap?: number } = {}) {
  assertOfficer(actor);
  const { total, totalIsCapped, page, ids } = await oldestFirstPage({ from: Prisma.raw(`"JointPlanning" jp`), alias: "jp", where: latestReceived, page: query.page, pageSize: PLANNING_QUEUE_PAGE_SIZE, countCap: query.countCap });
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
    totalIsCapped,
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
