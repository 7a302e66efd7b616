// The public API's representations of reporting: the joint planning (gemensam planering), the
// periodic report (periodisk redovisning) and the other participant reports.
import { z } from "@/lib/validation/zod";
import { REPORT_KINDS } from "@/features/participant-reports/labels";
import { component, decisionState, id, instant, isoDate, level, reportStatus, serviceVersion } from "./common";

// ---------------------------------------------------------------------------------------
// Gemensam planering

export const Planning = component(
  "Planning",
  z.object({
    id,
    periodId: id,
    version: z.number().int(),
    status: reportStatus,
    statusLabel: z.string(),
    superseded: z.boolean().describe("RECEIVED, but a later version was sent: it will not be decided."),
    inForce: z.boolean().describe("The latest APPROVED version of its period."),
    remote: z.boolean(),
    statusReason: z.string().nullable(),
    submittedAt: instant,
    submittedBy: z.string(),
    decidedAt: instant.nullable(),
    decidedBy: z.string().nullable(),
    activities: z.array(z.object({ code: z.string(), name: z.string(), mandatory: z.boolean() })),
  }),
);

const participantHeader = z.object({
  id,
  name: z.string(),
  implementationReference: z.string(),
  unitName: z.string(),
});

export const PlanningOverview = component(
  "PlanningOverview",
  z.object({
    participant: participantHeader.extend({ serviceVersion, level, state: decisionState }),
    periods: z.array(z.object({ id, number: z.number().int(), startDate: isoDate, endDate: isoDate, plannings: z.array(Planning) })),
    current: z
      .object({ periodId: id, number: z.number().int(), startDate: isoDate, endDate: isoDate, refusal: z.string().nullable().describe("Why no version can be sent now (null: one can).") })
      .nullable()
      .describe("The period a new version is for."),
  }),
);

// ---------------------------------------------------------------------------------------
// Periodisk redovisning

const monthState = z.enum(["not-yet", "due", "overdue", "submitted"]);
const reportMonth = z.object({
  month: isoDate.describe("The month's first day."),
  firstDay: isoDate.describe("The month's first active day."),
  lastDay: isoDate.describe("The month's last active day."),
  activeDays: z.number().int(),
  dueFrom: isoDate,
  dueBy: isoDate.describe("Overdue after this day."),
  state: monthState,
});

export const PeriodicReportMonths = component(
  "PeriodicReportMonths",
  z.object({
    participant: participantHeader,
    months: z.array(
      reportMonth.extend({
        hasDraft: z.boolean(),
        latest: z.object({ id, version: z.number().int(), status: reportStatus.nullable(), statusReason: z.string().nullable() }).nullable(),
      }),
    ),
  }),
);

export const PeriodicReport = component(
  "PeriodicReport",
  z.object({
    id,
    month: isoDate,
    version: z.number().int(),
    supersedesId: id.nullable().describe("The version this correction replaces."),
    superseded: z.boolean(),
    noActivities: z.boolean(),
    languageSupportGiven: z.boolean(),
    jobSuggestionsGiven: z.boolean(),
    entries: z.array(z.object({ date: isoDate, activityCode: z.string(), minutes: z.number().int(), remote: z.boolean() })),
    remoteByActivity: z.record(z.string(), z.boolean()),
    submittedAt: instant.nullable(),
    submittedBy: z.string().nullable(),
    status: reportStatus.nullable(),
    statusReason: z.string().nullable(),
    decidedAt: instant.nullable(),
    decidedBy: z.string().nullable(),
  }),
);

export const PeriodicReportMonth = component(
  "PeriodicReportMonth",
  z.object({
    participant: participantHeader,
    month: reportMonth,
    days: z.array(isoDate).describe("The month's active days."),
    activities: z.array(z.object({ code: z.string(), name: z.string(), mandatory: z.boolean(), sortOrder: z.number().int() })).describe("The approved planning's activities."),
    approvedOn: z.record(z.string(), z.array(z.string())).describe("Per active day, the activity codes approved that day."),
    activityNames: z.record(z.string(), z.string()),
    versions: z.array(PeriodicReport).describe("Submitted versions, oldest first (drafts are not part of the API)."),
    latest: PeriodicReport.nullable(),
    orderLineState: z.enum(["OPEN", "DELIVERED", "INVOICED", "CREDITED", "CANCELLED"]).nullable().describe("The month's base-compensation order line."),
    mayCorrect: z.boolean(),
  }),
);

// ---------------------------------------------------------------------------------------
// Other reports (frånvaro, avvikelse, informativ rapport, signal om arbete eller studier, resultat, slutredovisning)

export const ParticipantReport = component(
  "ParticipantReport",
  z.object({
    id,
    kind: z.enum(REPORT_KINDS),
    kindLabel: z.string(),
    status: reportStatus,
    statusLabel: z.string(),
    statusReason: z.string().nullable(),
    submittedAt: instant,
    submittedBy: z.string(),
    decidedAt: instant.nullable(),
    decidedBy: z.string().nullable(),
    correctsId: id.nullable(),
    correctedById: id.nullable(),
    pending: z.boolean().describe("Received and not replaced by a correction: waits for Arbetsförmedlingen."),
    late: z.boolean().describe("A Slutredovisning sent after its deadline."),
    data: z.unknown().describe("The answers as sent (the request body's fields without kind, decisionId and idempotencyKey)."),
  }),
);

export const ParticipantReportList = component(
  "ParticipantReportList",
  z.object({
    participant: participantHeader.extend({
      serviceVersion,
      level,
      state: decisionState,
      serviceStart: isoDate,
      lastDay: isoDate.describe("The last day in the service."),
      left: z.boolean().describe("The participant has left the service."),
      finalDeadline: isoDate.describe("Slutredovisning is due by this day."),
    }),
    reports: z.array(ParticipantReport).describe("Newest first."),
    availability: z.record(z.enum(REPORT_KINDS), z.string().nullable()).describe("Per kind: null when one may be sent now, otherwise why not (Swedish)."),
  }),
);
