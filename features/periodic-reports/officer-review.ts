// Periodisk redovisning, the officer's side: the queue of received reports, one report with
// every version of its month, and the decision (approve, or reject with a reason). Each
// decision and its audit record commit together.
import { db, dbHandle } from "@/lib/db";
import { limitClause } from "@/lib/db/limit-literal";
import type { Prisma, ReportStatus } from "@/lib/generated/prisma/client";
import { now } from "@/lib/clock";
import { cappedTotal, COUNT_CAP } from "@/lib/capped-count";
import { audit } from "@/lib/audit";
import { NotFoundError } from "@/lib/authz/errors";
import { assertOfficer } from "@/lib/authz/assert";
import { RuleError } from "@/lib/errors";
import type { Actor } from "@/lib/authz/permissions";
import { toIsoDate } from "@/features/decisions/periods";
import { undoDelivery } from "@/features/orders/base-order";
import { REPORT_STATUS_LABELS, activeDays, monthLabel } from "./rules";
import type { DecideReportInput } from "./schemas";
import { activityInfo, approvedForMonth, byCatalogueOrder, decisionInclude, serviceFacts } from "./reporting-context";
import { reportInclude, views } from "./queries";

// ---------------------------------------------------------------------------------------
// Officers

export const REPORT_QUEUE_PAGE_SIZE = 25;

/**
 * How many periodic reports await a decision (for the officer's menu), counted up to `upTo`
 * (the badge says "99+": an exact count read the whole national queue on every officer page).
 */
export async function countReceivedReports(actor: Actor, upTo: number | null = null): Promise<number> {
  assertOfficer(actor);
  const [row] = await dbHandle().sql.query<{ n: number }>(receivedReportsCountSql(upTo), [], { prepared: true });
  return row.n;
}

/** The received reports' count, up to `upTo`, as a statement's text (the officer's menu asks it with the other queues'): the list's filter below. */
export function receivedReportsCountSql(upTo: number | null): string {
  return `SELECT count(*)::int AS n FROM (SELECT 1 FROM "PeriodicReport" r
      WHERE r."submittedAt" IS NOT NULL AND r.status = 'RECEIVED' AND NOT EXISTS (SELECT 1 FROM "PeriodicReport" c WHERE c."supersedesId" = r.id)
      ${limitClause(upTo)}) q`;
}

/** Received periodic reports awaiting a decision (latest versions), oldest first. */
export async function listReceivedReports(actor: Actor, page = 1, countCap = COUNT_CAP) {
  assertOfficer(actor);
  // A version superseded by a correction is not decided; its correction is.
  const where: Prisma.PeriodicReportWhereInput = { submittedAt: { not: null }, status: "RECEIVED", supersededBy: { is: null } };
  // Counted up to the cap: the national queue can hold tens of thousands.
  const [counted, rows] = await Promise.all([
    db.periodicReport.count({ where, take: countCap + 1 }),
    db.periodicReport.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * REPORT_QUEUE_PAGE_SIZE,
      take: REPORT_QUEUE_PAGE_SIZE,
      include: {
        supersededBy: { select: { id: true } },
        decision: { select: { implementationReference: true, participant: { select: { firstName: true, lastName: true } }, supplier: { select: { name: true } }, unit: { select: { name: true } } } },
      },
    }),
  ]);
  return {
    ...cappedTotal(counted, countCap),
    page,
    pageSize: REPORT_QUEUE_PAGE_SIZE,
    rows: rows.map((r) => ({
      id: r.id,
      month: toIsoDate(r.month),
      version: r.version,
      superseded: r.supersededBy !== null,
      submittedAt: r.submittedAt!,
      name: `${r.decision.participant.firstName} ${r.decision.participant.lastName}`,
      implementationReference: r.decision.implementationReference,
      supplierName: r.decision.supplier.name,
      unitName: r.decision.unit.name,
    })),
  };
}

/** One report with every version of its month, for the officer's decision. */
export async function getPeriodicReportForOfficer(actor: Actor, reportId: string) {
  assertOfficer(actor);
  const r = await db.periodicReport.findUnique({ where: { id: reportId }, select: { decisionId: true, month: true, submittedAt: true } });
  if (!r || r.submittedAt === null) throw new NotFoundError("Redovisningen finns inte.");
  const d = await db.decision.findUniqueOrThrow({
    where: { id: r.decisionId },
    include: { ...decisionInclude, supplier: { select: { name: true } } },
  });
  const rows = await db.periodicReport.findMany({ where: { decisionId: d.id, month: r.month, submittedAt: { not: null } }, include: reportInclude, orderBy: { version: "asc" } });
  const versions = await views(db, rows);
  const month = toIsoDate(r.month);
  const days = activeDays(month, serviceFacts(d));
  const codes = [...new Set(rows.flatMap((x) => x.entries.map((e) => e.activityCode)))];
  const { activities } = await approvedForMonth(db, d, days);
  const names = Object.fromEntries([...(await activityInfo(db, d.serviceVersion, codes)).values(), ...activities].sort(byCatalogueOrder).map((a) => [a.code, a.name]));
  return {
    report: versions.find((v) => v.id === reportId)!,
    versions,
    month,
    days,
    activities,
    activityNames: names as Record<string, string>,
    decision: {
      id: d.id, participantName: `${d.participant.firstName} ${d.participant.lastName}`, implementationReference: d.implementationReference,
      supplierName: d.supplier.name, unitName: d.unit.name,
    },
  };
}

/** Approve or reject (with a reason) the latest version of a received report. */
export async function decidePeriodicReport(actor: Actor, input: DecideReportInput): Promise<void> {
  assertOfficer(actor);
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "PeriodicReport" WHERE id = ${input.reportId}::uuid FOR UPDATE`;
    const r = await tx.periodicReport.findUnique({ where: { id: input.reportId }, include: { supersededBy: { select: { id: true } }, decision: { select: { supplierId: true } } } });
    if (!r || r.submittedAt === null) throw new NotFoundError("Redovisningen finns inte.");
    if (r.supersededBy) throw new RuleError("Redovisningen har ersatts av en rättelse. Besluta om den senaste versionen i stället.");
    if (r.status !== "RECEIVED") throw new RuleError(`Redovisningen är redan beslutad (${REPORT_STATUS_LABELS[r.status ?? "RECEIVED"]}).`);
    const status: ReportStatus = input.decision === "APPROVE" ? "APPROVED" : "REJECTED";
    const reason = input.decision === "REJECT" ? (input.reason?.trim() ?? "") : null;
    if (status === "REJECTED" && !reason) throw new RuleError("Ange varför redovisningen inte godkänns.", "reason");
    await tx.periodicReport.update({ where: { id: r.id }, data: { status, statusReason: reason } });
    // A rejected report delivered nothing: its month waits for the corrected report.
    if (status === "REJECTED") await undoDelivery(tx, { reportId: r.id, actorId: actor.userId, supplierId: r.decision.supplierId });
    await audit(tx, {
      actorId: actor.userId, supplierId: r.decision.supplierId,
      action: status === "APPROVED" ? "periodic-report.approved" : "periodic-report.rejected",
      entityType: "PeriodicReport", entityId: r.id,
      before: { status: r.status, statusReason: r.statusReason },
      after: { decisionId: r.decisionId, month: toIsoDate(r.month), version: r.version, status, statusReason: reason },
    });
    // The supplier sees the outcome at once, in the participant's event log and events feed.
    await tx.decisionEvent.create({
      data: {
        decisionId: r.decisionId, at: now(), actorId: actor.userId, type: "REPORT_OUTCOME",
        data: { what: `Periodisk redovisning ${monthLabel(toIsoDate(r.month))} (version ${r.version})`, status, ...(reason ? { reason } : {}) },
      },
    });
  });
}
