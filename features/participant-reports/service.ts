// Reports to Arbetsförmedlingen beside planning and periodic reports (ParticipantReport):
// supplier staff send them (a correction is a new report that refers to the one it corrects;
// nothing sent is ever edited), officers approve or reject them. Staff need
// "reportOnParticipants" at the participant's unit; anything else is "not found". Each change,
// its audit record and (for a decision) the participant's event commit together, with the
// placement's row locked so that one participant's reports are handled one at a time.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { now, today as clockToday } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { once } from "@/lib/idempotency";
import { NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import { assertOfficer, assertStaff } from "@/lib/authz/assert";
import { loadPlacementFor } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/permissions";
import { decisionFacts, factsInclude } from "@/features/decisions/facts";
import { activityNames } from "@/features/planning/catalogue";
import { reportableActivities } from "./activities";
import { REPORT_KIND_LABELS } from "./labels";
import { type Issue } from "./rules";
import { validateCorrection, validateDecidable, validateReport, type ReportFacts } from "./placement-rules";
import { decideReportInput, reportData, reportInput, type DecideReportInput, type Report, type ReportInput } from "./schemas";
import { onResultApproved } from "./result-hook";
import { swedishTimeOf } from "./queries";

export { countReportQueue, getParticipantReportForOfficer, listReports, reportFormContext, reportQueue, swedishTimeOf } from "./queries";

type Tx = Prisma.TransactionClient;

async function lockDecision(tx: Tx, decisionId: string) {
  await tx.$queryRaw`SELECT id FROM "Decision" WHERE id = ${decisionId}::uuid FOR UPDATE`;
}

function refuse(i: Issue): never {
  throw new RuleError(i.message, i.field === "_form" ? undefined : i.field);
}

const reportFactsSelect = { id: true, kind: true, status: true, correctsId: true } as const satisfies Prisma.ParticipantReportSelect;

/**
 * The activities a report may name: an absence only one of the participant's approved joint
 * planning (the form offers the same list, from reportableActivities); the slutredovisning
 * any of the service's catalogue (the planning's are suggested).
 */
async function checkActivities(tx: Tx, r: Report, d: { id: string; serviceVersion: Parameters<typeof activityNames>[0] }) {
  if (r.kind === "ABSENCE") {
    const planned = await reportableActivities(tx, d.id);
    if (planned.length === 0) throw new RuleError("Det finns ingen godkänd gemensam planering ännu. Frånvaro rapporteras för aktiviteter i planeringen.", "activityCode");
    if (!planned.some((a) => a.code === r.activityCode)) throw new RuleError("Aktiviteten ingår inte i deltagarens godkända gemensamma planering.", "activityCode");
    return;
  }
  if (r.kind !== "FINAL") return;
  // A participant who left before any planning was approved may have done no activity.
  if (r.activities.length === 0 && (await reportableActivities(tx, d.id)).length > 0) throw new RuleError("Redovisa minst en aktivitet.", "activities");
  const known = await activityNames(d.serviceVersion, tx);
  const unknown = r.activities.map((a, i) => ({ code: a.activityCode, field: `activities.${i}.activityCode` })).find((c) => !known.has(c.code));
  if (unknown) throw new RuleError("Aktiviteten finns inte i tjänstens aktivitetslista.", unknown.field);
}

export interface SubmitReportResult {
  reportId: string;
  /** the same idempotency key was used before: nothing new was saved */
  replayed: boolean;
}

/**
 * Sends a report (status Mottagen), or with `correctsId` a correction of an earlier one: a new
 * report of the same kind that refers to the one it corrects; both stay. One entry point for
 * both, as the form and the API send both alike. `today` and `nowTime` are Swedish (absence
 * is reported after the activity has ended).
 */
export async function submitParticipantReport(actor: Actor, input: ReportInput, today = clockToday(), nowTime = swedishTimeOf(now())): Promise<SubmitReportResult> {
  assertStaff(actor);
  const r = reportInput.parse(input);
  const { resultId, replayed } = await once(r.idempotencyKey, actor.userId, "report.submit", async (tx) => {
    const target = await loadPlacementFor(actor, "reportOnParticipants", r.decisionId, { select: { id: true }, tx });
    await lockDecision(tx, target.id);
    const d = await tx.decision.findUniqueOrThrow({ where: { id: target.id }, include: factsInclude });
    const reports: ReportFacts[] = await tx.participantReport.findMany({ where: { decisionId: d.id }, select: reportFactsSelect });
    let correcting: ReportFacts | null = null;
    if (r.correctsId) {
      correcting = reports.find((x) => x.id === r.correctsId) ?? null;
      if (!correcting) throw new NotFoundError("Rapporten som ska rättas finns inte.");
      const bad = validateCorrection(correcting, r.kind, reports);
      if (bad) refuse(bad);
    }
    const issues = validateReport(r, { facts: decisionFacts(d), today, nowTime, reports, correcting });
    if (issues.length) refuse(issues[0]);
    await checkActivities(tx, r, d);

    const report = await tx.participantReport.create({
      data: {
        decisionId: d.id,
        kind: r.kind,
        data: reportData(r) as Prisma.InputJsonValue,
        submittedAt: now(),
        submittedById: actor.userId,
        status: "RECEIVED",
        correctsId: correcting?.id ?? null,
        idempotencyKey: r.idempotencyKey,
      },
    });
    // The answers stay out of the audit trail: free text, and never a personal identity number.
    await audit(tx, {
      actorId: actor.userId,
      supplierId: d.supplierId,
      action: "report.submitted",
      entityType: "ParticipantReport",
      entityId: report.id,
      before: correcting ? { reportId: correcting.id, status: correcting.status } : undefined,
      after: { decisionId: d.id, kind: r.kind, status: "RECEIVED", correctsId: correcting?.id ?? null },
    });
    return report.id;
  });
  return { reportId: resultId, replayed };
}

export interface DecideReportResult {
  status: "APPROVED" | "REJECTED";
}

/**
 * Officers approve or reject a received report (a reason is required to reject). The
 * supplier sees the outcome at once; the participant's event log gets a REPORT_OUTCOME event.
 * An approved Resultatredovisning calls onResultApproved in the same transaction.
 */
export async function decideParticipantReport(actor: Actor, input: DecideReportInput): Promise<DecideReportResult> {
  assertOfficer(actor);
  const v = decideReportInput.parse(input);
  return db.$transaction(async (tx) => {
    const found = await tx.participantReport.findUnique({ where: { id: v.reportId }, select: { decisionId: true } });
    if (!found) throw new NotFoundError("Rapporten finns inte.");
    await lockDecision(tx, found.decisionId);
    const report = await tx.participantReport.findUniqueOrThrow({ where: { id: v.reportId }, include: { decision: { select: { supplierId: true } } } });
    const siblings = await tx.participantReport.findMany({ where: { decisionId: report.decisionId }, select: reportFactsSelect });
    const bad = validateDecidable(report, siblings);
    if (bad) refuse(bad);
    const status = v.decision === "APPROVE" ? "APPROVED" : "REJECTED";
    const reason = status === "REJECTED" ? v.reason : undefined;
    if (status === "REJECTED" && !reason) throw new RuleError("Ange varför rapporten inte godkänns.", "reason");
    const at = now();
    const decided = await tx.participantReport.update({
      where: { id: report.id },
      data: { status, statusReason: reason ?? null, decidedAt: at, decidedById: actor.userId },
    });
    const what = REPORT_KIND_LABELS[report.kind];
    await tx.decisionEvent.create({
      data: { decisionId: report.decisionId, at, actorId: actor.userId, type: "REPORT_OUTCOME", data: { what, status, reason: reason ?? null, reportId: report.id, kind: report.kind } },
    });
    await audit(tx, {
      actorId: actor.userId,
      supplierId: report.decision.supplierId,
      action: status === "APPROVED" ? "report.approved" : "report.rejected",
      entityType: "ParticipantReport",
      entityId: report.id,
      before: { status: "RECEIVED" },
      after: { decisionId: report.decisionId, kind: report.kind, status, reason: reason ?? null },
    });
    if (report.kind === "RESULT" && status === "APPROVED") await onResultApproved(tx, decided);
    return { status };
  });
}
