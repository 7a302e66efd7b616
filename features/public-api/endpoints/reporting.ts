// Reporting on a participant: gemensam planering, periodisk redovisning and the other reports.
// Request bodies are the domain modules' own schemas (the portal's forms use the same ones);
// the participant comes from the path and the idempotency key from the Idempotency-Key header.
import { z } from "@/lib/validation/zod";
import { listPlanningsForDecision, submitPlanning } from "@/features/planning/service";
import type { PlanningView } from "@/features/planning/planning-views";
import { submitPlanningInput } from "@/features/planning/schemas";
import { getReportOverview, getReportWorkspace, type ReportView as PeriodicView } from "@/features/periodic-reports/queries";
import { correctPeriodicReport, submitPeriodicReport } from "@/features/periodic-reports/service";
import { correctionInput, reportMonthInput, submitReportInput } from "@/features/periodic-reports/schemas";
import { listReports, submitParticipantReport } from "@/features/participant-reports/service";
import type { ReportView as ParticipantReportView } from "@/features/participant-reports/queries";
import { reportInput } from "@/features/participant-reports/schemas";
import { NotFoundError } from "@/lib/authz/errors";
import { defineEndpoint } from "@/lib/api/route";
import { Planning, PlanningOverview, PeriodicReport, PeriodicReportMonth, PeriodicReportMonths, ParticipantReport, ParticipantReportList } from "@/features/public-api/schemas";
import { at, atOrNull, participantIdParams } from "./common";

// ---------------------------------------------------------------------------------------
// Gemensam planering

function planningOut(p: PlanningView): z.output<typeof Planning> {
  return {
    id: p.id,
    periodId: p.periodId,
    version: p.version,
    status: p.status,
    statusLabel: p.statusLabel,
    superseded: p.superseded,
    inForce: p.inForce,
    remote: p.remote,
    statusReason: p.statusReason,
    submittedAt: at(p.submittedAt),
    submittedBy: p.submittedBy,
    decidedAt: atOrNull(p.decidedAt),
    decidedBy: p.decidedBy,
    activities: p.activities.map((a) => ({ code: a.code, name: a.name, mandatory: a.mandatory })),
  };
}

export const listPlannings = defineEndpoint({
  operationId: "listPlannings",
  method: "GET",
  path: "/participants/{id}/plannings",
  tag: "Reporting",
  summary: "Gemensam planering: every version of every period",
  description: "Latest version first within each period; `current` says which period a new version is for and whether one may be sent now.",
  capability: "reportOnParticipants",
  params: participantIdParams,
  responses: [{ status: 200, description: "The plannings.", schema: PlanningOverview }],
  async handler({ actor, params }) {
    const r = await listPlanningsForDecision(actor, params.id);
    const body: z.output<typeof PlanningOverview> = {
      participant: {
        id: r.decision.id,
        name: r.decision.name,
        implementationReference: r.decision.implementationReference,
        unitName: r.decision.unitName,
        serviceVersion: r.decision.serviceVersion,
        level: r.decision.level,
        state: r.decision.state,
      },
      periods: r.periods.map((p) => ({ id: p.id, number: p.number, startDate: p.startDate, endDate: p.endDate, plannings: p.plannings.map(planningOut) })),
      current: r.current,
    };
    return { body };
  },
});

export const submitPlanningEndpoint = defineEndpoint({
  operationId: "submitPlanning",
  method: "POST",
  path: "/participants/{id}/plannings",
  tag: "Reporting",
  summary: "Send a new version of the period's gemensam planering",
  description:
    "A new version (latest + 1) for `periodId` (see `current` in the list), with the chosen activity codes of the participant's service version; the mandatory ones must be included. Arbetsförmedlingen approves or rejects it; the outcome arrives as a REPORT_OUTCOME event.",
  capability: "reportOnParticipants",
  params: participantIdParams,
  body: { schema: submitPlanningInput, fromPath: { decisionId: "id" }, idempotencyKeyField: "idempotencyKey" },
  idempotent: true,
  responses: [{ status: 201, description: "The planning version that was received.", schema: Planning }],
  async handler({ actor, params, body }) {
    const { planningId } = await submitPlanning(actor, body);
    const list = await listPlanningsForDecision(actor, params.id);
    const created = list.periods.flatMap((p) => p.plannings).find((p) => p.id === planningId);
    if (!created) throw new NotFoundError("Planeringen finns inte.");
    return { status: 201, body: planningOut(created) };
  },
});

// ---------------------------------------------------------------------------------------
// Periodisk redovisning

function periodicOut(v: PeriodicView): z.output<typeof PeriodicReport> {
  return {
    id: v.id,
    month: v.month,
    version: v.version,
    supersedesId: v.supersedesId,
    superseded: v.superseded,
    noActivities: v.noActivities,
    languageSupportGiven: v.languageSupportGiven,
    jobSuggestionsGiven: v.jobSuggestionsGiven,
    entries: v.entries.map((e) => ({ date: e.date, activityCode: e.activityCode, minutes: e.minutes, remote: e.remote })),
    remoteByActivity: v.remoteByActivity,
    submittedAt: atOrNull(v.submittedAt),
    submittedBy: v.submittedBy,
    status: v.status,
    statusReason: v.statusReason,
    decidedAt: atOrNull(v.decidedAt),
    decidedBy: v.decidedBy,
  };
}

const monthParams = z.object({ id: z.uuid(), month: reportMonthInput });

export const listPeriodicReports = defineEndpoint({
  operationId: "listPeriodicReports",
  method: "GET",
  path: "/participants/{id}/periodic-reports",
  tag: "Reporting",
  summary: "Periodisk redovisning: the participant's months",
  description: "Each month of the service with when it may and must be reported, and the latest submitted version's status.",
  capability: "reportOnParticipants",
  params: participantIdParams,
  responses: [{ status: 200, description: "The months.", schema: PeriodicReportMonths }],
  async handler({ actor, params }) {
    const r = await getReportOverview(actor, params.id);
    const body: z.output<typeof PeriodicReportMonths> = {
      participant: { id: r.decision.id, name: r.decision.participantName, implementationReference: r.decision.implementationReference, unitName: r.decision.unitName },
      months: r.months.map((m) => ({
        month: m.month,
        firstDay: m.firstDay,
        lastDay: m.lastDay,
        activeDays: m.activeDays,
        dueFrom: m.dueFrom,
        dueBy: m.dueBy,
        state: m.state,
        hasDraft: m.hasDraft,
        latest: m.latest,
      })),
    };
    return { body };
  },
});

async function monthBody(actor: Parameters<typeof getReportWorkspace>[0], decisionId: string, month: string): Promise<z.output<typeof PeriodicReportMonth>> {
  const w = await getReportWorkspace(actor, decisionId, month);
  return {
    participant: { id: w.decision.id, name: w.decision.participantName, implementationReference: w.decision.implementationReference, unitName: w.decision.unitName },
    month: { month: w.month.month, firstDay: w.month.firstDay, lastDay: w.month.lastDay, activeDays: w.month.activeDays, dueFrom: w.month.dueFrom, dueBy: w.month.dueBy, state: w.month.state },
    days: w.days,
    activities: w.activities.map((a) => ({ code: a.code, name: a.name, mandatory: a.mandatory, sortOrder: a.sortOrder })),
    approvedOn: w.approvedOn,
    activityNames: w.activityNames,
    versions: w.versions.map(periodicOut),
    latest: w.latest ? periodicOut(w.latest) : null,
    orderLineState: w.orderLineState,
    mayCorrect: w.mayCorrect,
  };
}

export const getPeriodicReportMonth = defineEndpoint({
  operationId: "getPeriodicReportMonth",
  method: "GET",
  path: "/participants/{id}/periodic-reports/{month}",
  tag: "Reporting",
  summary: "Periodisk redovisning: one month",
  description: "`month` is the month's first day (YYYY-MM-01). The active days, the approved activities per day, every submitted version and the month's order line state.",
  capability: "reportOnParticipants",
  params: monthParams,
  responses: [{ status: 200, description: "The month.", schema: PeriodicReportMonth }],
  async handler({ actor, params }) {
    return { body: await monthBody(actor, params.id, params.month) };
  },
});

async function createdVersion(actor: Parameters<typeof getReportWorkspace>[0], decisionId: string, month: string, reportId: string) {
  const m = await monthBody(actor, decisionId, month);
  const v = m.versions.find((x) => x.id === reportId);
  if (!v) throw new NotFoundError("Redovisningen finns inte.");
  return v;
}

export const submitPeriodicReportEndpoint = defineEndpoint({
  operationId: "submitPeriodicReport",
  method: "POST",
  path: "/participants/{id}/periodic-reports",
  tag: "Reporting",
  summary: "Send a month's periodisk redovisning",
  description:
    "After the month's active part has ended. Minutes in quarter hours per day and activity of the approved planning; `remoteByActivity` per activity code. Records the month's delivery on the base order (the order line becomes DELIVERED). A month already sent is refused: send a correction instead.",
  capability: "reportOnParticipants",
  params: participantIdParams,
  body: { schema: submitReportInput, fromPath: { decisionId: "id" }, idempotencyKeyField: "idempotencyKey" },
  idempotent: true,
  responses: [{ status: 201, description: "Version 1 of the month's report, status RECEIVED.", schema: PeriodicReport }],
  async handler({ actor, params, body }) {
    const { reportId } = await submitPeriodicReport(actor, body);
    return { status: 201, body: await createdVersion(actor, params.id, body.month, reportId) };
  },
});

export const submitPeriodicCorrection = defineEndpoint({
  operationId: "submitPeriodicReportCorrection",
  method: "POST",
  path: "/participants/{id}/periodic-reports/{month}/corrections",
  tag: "Reporting",
  summary: "Correct a month's periodisk redovisning (rättelse)",
  description:
    "A new, complete version superseding the latest submitted one (`correctsReportId` must be that version's id), while the month's order line is not invoiced. The delivery then points at the correction.",
  capability: "reportOnParticipants",
  params: monthParams,
  body: { schema: correctionInput, fromPath: { decisionId: "id", month: "month" }, idempotencyKeyField: "idempotencyKey" },
  idempotent: true,
  responses: [{ status: 201, description: "The new version, status RECEIVED.", schema: PeriodicReport }],
  async handler({ actor, params, body }) {
    const { reportId } = await correctPeriodicReport(actor, body);
    return { status: 201, body: await createdVersion(actor, params.id, params.month, reportId) };
  },
});

// ---------------------------------------------------------------------------------------
// The other reports

function reportOut(r: ParticipantReportView): z.output<typeof ParticipantReport> {
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: r.kindLabel,
    status: r.status,
    statusLabel: r.statusLabel,
    statusReason: r.statusReason,
    submittedAt: at(r.submittedAt),
    submittedBy: r.submittedBy,
    decidedAt: atOrNull(r.decidedAt),
    decidedBy: r.decidedBy,
    correctsId: r.correctsId,
    correctedById: r.correctedById,
    pending: r.pending,
    late: r.late,
    data: r.data,
  };
}

export const listParticipantReports = defineEndpoint({
  operationId: "listParticipantReports",
  method: "GET",
  path: "/participants/{id}/reports",
  tag: "Reporting",
  summary: "Reports: frånvaro, avvikelse, informativ rapport, signal, resultat, slutredovisning",
  description: "The participant's reports, newest first, and per kind whether one may be sent now.",
  capability: "reportOnParticipants",
  params: participantIdParams,
  responses: [{ status: 200, description: "The reports.", schema: ParticipantReportList }],
  async handler({ actor, params }) {
    const r = await listReports(actor, params.id);
    const body: z.output<typeof ParticipantReportList> = {
      participant: {
        id: r.decision.id,
        name: r.decision.name,
        implementationReference: r.decision.implementationReference,
        unitName: r.decision.unitName,
        serviceVersion: r.decision.serviceVersion,
        level: r.decision.level,
        state: r.decision.state,
        serviceStart: r.decision.serviceStart,
        lastDay: r.decision.lastDay,
        left: r.decision.left,
        finalDeadline: r.decision.finalDeadline,
      },
      reports: r.reports.map(reportOut),
      availability: r.availability,
    };
    return { body };
  },
});

export const submitParticipantReportEndpoint = defineEndpoint({
  operationId: "submitParticipantReport",
  method: "POST",
  path: "/participants/{id}/reports",
  tag: "Reporting",
  summary: "Send a report (or, with correctsId, a correction)",
  description: "`kind` chooses the fields: ABSENCE, DEVIATION, INFORMATIVE, WORK_SIGNAL, RESULT or FINAL. A correction is a new report of the same kind that refers to the one it corrects; both stay.",
  capability: "reportOnParticipants",
  params: participantIdParams,
  body: { schema: reportInput, fromPath: { decisionId: "id" }, idempotencyKeyField: "idempotencyKey" },
  idempotent: true,
  responses: [{ status: 201, description: "The report, status RECEIVED.", schema: ParticipantReport }],
  async handler({ actor, params, body }) {
    const { reportId } = await submitParticipantReport(actor, body);
    const list = await listReports(actor, params.id);
    const created = list.reports.find((r) => r.id === reportId);
    if (!created) throw new NotFoundError("Rapporten finns inte.");
    return { status: 201, body: reportOut(created) };
  },
});
