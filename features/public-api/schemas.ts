// The representations the public API answers with (camelCase JSON), as zod schemas registered
// under component names: the OpenAPI document (./openapi.ts) is generated from them, the
// endpoint mappers are typed by them, and the contract tests validate real answers against
// the generated document. Request bodies are not here: they are the domain modules' own zod
// schemas (the ones the portal's forms use), so no rule exists twice.
import { z } from "@/lib/validation/zod";
import { DECISION_STATES } from "@/features/decisions/schemas";
import { ORDER_STATES, ARTICLES } from "@/features/orders/invoicing-rules";
import { REPORT_KINDS } from "@/features/participant-reports/labels";
import { PROBLEM_CODES, type ProblemCode } from "@/lib/api/problem";

/** The component schemas of the OpenAPI document (answers). */
export const apiComponents = z.registry<{ id: string; description?: string }>();

function component<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  apiComponents.add(schema, description ? { id, description } : { id });
  return schema;
}

// ---------------------------------------------------------------------------------------
// Building blocks

export const isoDate = z.iso.date().describe("A Swedish calendar date, YYYY-MM-DD.");
export const instant = z.iso.datetime().describe("An instant, ISO 8601 in UTC.");
const id = z.uuid();

export const LEVELS = ["A", "B", "C"] as const;
export const SERVICE_VERSIONS = ["ROM1", "ROM2"] as const;
export const REPORT_STATUSES = ["RECEIVED", "APPROVED", "REJECTED"] as const;

const level = z.enum(LEVELS).describe("Nivå A, B or C.");
const serviceVersion = z.enum(SERVICE_VERSIONS).describe("ROM1 = Rusta och matcha, ROM2 = Rusta och matcha 2.");
const decisionState = z.enum(DECISION_STATES).describe("new (no handledare yet), active, planned-interruption, interrupted, period-ended, completed.");
const reportStatus = z.enum(REPORT_STATUSES).describe("RECEIVED (Mottagen), APPROVED (Godkänd), REJECTED (Ej godkänd).");

export const Ref = component("Ref", z.object({ id, name: z.string() }), "Something referred to by id, with its name.");

export const PageInfo = { nextCursor: z.string().nullable().describe("Pass as `cursor` to read the next page; null on the last page.") };

// ---------------------------------------------------------------------------------------
// Participants (a participant here is one placement: a decision, beslut, placing a person with the organisation)

export const ParticipantSummary = component(
  "ParticipantSummary",
  z.object({
    id: id.describe("The participant's id (the placement's, used in every participant URL)."),
    implementationReference: z.string().describe("Genomförandereferens."),
    name: z.string(),
    serviceVersion,
    level,
    unit: Ref,
    startDate: isoDate.describe("Period 1 start."),
    endDate: isoDate.describe("The last period's end."),
    state: decisionState,
    stateLabel: z.string().describe("The state in Swedish, as the portal shows it."),
    handledare: Ref.nullable().describe("The current handledare."),
    changedAt: instant.describe("The latest of the decision and the participant's events (see changedSince)."),
  }),
);

export const ParticipantPage = component("ParticipantPage", z.object({ data: z.array(ParticipantSummary), ...PageInfo }));

const period = z.object({ id, number: z.number().int().min(1).max(2), startDate: isoDate, endDate: isoDate, originalEndDate: isoDate });

export const ParticipantDetail = component(
  "ParticipantDetail",
  z.object({
    id,
    implementationReference: z.string(),
    participant: z
      .object({
        firstName: z.string(),
        lastName: z.string(),
        phone: z.string().nullable(),
        email: z.string().nullable(),
        street: z.string().nullable(),
        postalCode: z.string().nullable(),
        city: z.string().nullable(),
        municipality: z.string().nullable(),
      })
      .describe("The person. The personal identity number is never given out by the API."),
    unit: z.object({ id, name: z.string(), street: z.string(), postalCode: z.string(), city: z.string() }),
    serviceVersion,
    level,
    participationRate: z.number().int().describe("Deltagandefrekvens in percent."),
    interpreterNeeded: z.boolean(),
    interpreterLanguage: z.string().nullable(),
    languageSupportNeeded: z.boolean(),
    decidedAt: instant,
    firstMeetingDate: isoDate.nullable(),
    state: decisionState,
    stateLabel: z.string(),
    periods: z.array(period),
    interruptions: z.array(
      z.object({ id, date: isoDate.describe("The first day outside the service."), reason: z.string(), registeredAt: instant, withdrawnAt: instant.nullable() }),
    ),
    handledare: z.object({ id, name: z.string(), email: z.string() }).nullable(),
    handledareHistory: z.array(
      z.object({
        id,
        handledare: z.object({ id, name: z.string(), email: z.string() }),
        assignedAt: instant,
        assignedBy: z.string(),
        endedAt: instant.nullable(),
        endedBy: z.string().nullable(),
      }),
    ),
    followUpMeetings: z.array(isoDate),
    changedAt: instant,
  }),
);

export const NewParticipant = component(
  "NewParticipant",
  z.object({
    id,
    name: z.string(),
    level,
    serviceVersion,
    unit: z.object({ id, name: z.string(), street: z.string(), postalCode: z.string(), city: z.string(), municipality: z.string() }),
    startDate: isoDate.describe("The current period's start."),
    endDate: isoDate.describe("The current period's end."),
    newPeriod: z.boolean().describe("Period 2 was granted and its handledare is not yet confirmed."),
    currentHandledare: Ref.nullable(),
    interpreterNeeded: z.boolean(),
    interpreterLanguage: z.string().nullable(),
    languageSupportNeeded: z.boolean(),
    deadlineDate: isoDate.describe("The last day to assign a handledare (ten calendar days)."),
    deadlineDaysLeft: z.number().int().describe("Negative when overdue."),
    deadlineState: z.enum(["ok", "due-soon", "due-today", "overdue"]),
  }),
);

export const NewParticipantPage = component("NewParticipantPage", z.object({ data: z.array(NewParticipant), ...PageInfo }));

export const HandledareOption = component(
  "HandledareOption",
  z.object({
    userId: id,
    name: z.string(),
    email: z.string(),
    load: z.number().int().describe("Current participants in the organisation."),
    cap: z.number().int().nullable().describe("The most participants one handledare may have (null: no cap)."),
  }),
);

export const HandledareOptionList = component("HandledareOptionList", z.object({ data: z.array(HandledareOption) }));

export const AssignmentResult = component(
  "AssignmentResult",
  z.object({
    participantId: id,
    handledareId: id,
    changed: z.boolean().describe("False when the person already was the handledare (for period 2 this confirms them)."),
  }),
);

// ---------------------------------------------------------------------------------------
// Events

export const ParticipantEvent = component(
  "ParticipantEvent",
  z.object({
    id,
    at: instant,
    type: z
      .string()
      .describe(
        "DECISION_CREATED, INTERRUPTION_REGISTERED, INTERRUPTION_WITHDRAWN, PERIOD_GRANTED, PERIOD_END_CHANGED, HANDLEDARE_ASSIGNED, REPORT_OUTCOME (more may be added).",
      ),
    data: z.record(z.string(), z.unknown()).describe("What happened, e.g. the new end date, the interruption's date and reason, a report's outcome."),
    participantId: id,
    participantName: z.string(),
    unit: Ref,
  }),
);

export const EventPage = component("EventPage", z.object({ data: z.array(ParticipantEvent), ...PageInfo }));

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

// ---------------------------------------------------------------------------------------
// Orders (beställningar)

export const Invoice = component(
  "Invoice",
  z.object({
    id,
    invoiceNumber: z.string(),
    kind: z.enum(["INVOICE", "CREDIT_NOTE"]),
    issueDate: isoDate,
    dueDate: isoDate,
    quantityDays: z.number().int(),
    amountOre: z.number().int(),
    createdAt: instant,
    orderLineId: id,
    creditsInvoiceId: id.nullable(),
    creditedByInvoiceId: id.nullable(),
  }),
);

export const OrderLine = component(
  "OrderLine",
  z.object({
    id,
    lineNumber: z.number().int(),
    article: z.enum(ARTICLES),
    description: z.string(),
    month: isoDate.nullable(),
    quantityDays: z.number().int(),
    unitPriceOre: z.number().int().describe("Öre (1/100 krona)."),
    amountOre: z.number().int(),
    state: z.enum(["OPEN", "DELIVERED", "INVOICED", "CREDITED", "CANCELLED"]),
    stateLabel: z.string(),
    deliveredAt: instant.nullable(),
    deliveryReportId: id.nullable().describe("The periodic report that recorded the delivery."),
    invoiceableDays: z.number().int().describe("What may be invoiced now."),
    invoiceableAmountOre: z.number().int(),
  }),
);

export const Order = component(
  "Order",
  z.object({
    id,
    orderNumber: z.string(),
    kind: z.enum(["BASE", "RESULT"]),
    createdAt: instant,
    issueDate: isoDate,
    participantId: id,
    participantName: z.string(),
    implementationReference: z.string(),
    unitName: z.string(),
    level,
    serviceVersion,
    period: z.object({ number: z.number().int(), startDate: isoDate, endDate: isoDate }).nullable(),
    deliveryPeriod: z.object({ start: isoDate, end: isoDate }).nullable(),
    interruptionDate: isoDate.nullable(),
    state: z.enum(ORDER_STATES),
    stateLabel: z.string(),
    totalOre: z.number().int(),
    lines: z.array(OrderLine),
    invoices: z.array(Invoice),
  }),
);

export const OrderPage = component("OrderPage", z.object({ data: z.array(Order), ...PageInfo }));

// ---------------------------------------------------------------------------------------
// Errors

export const Problem = component(
  "Problem",
  z.object({
    type: z.string().describe("A URI reference to the explanation of the code."),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(Object.keys(PROBLEM_CODES) as [ProblemCode, ...ProblemCode[]]).describe("Stable, machine-readable: see the list of codes."),
    detail_sv: z.string(),
    detail_en: z.string(),
    field: z.string().optional().describe("The field a business rule refers to."),
    errors: z.array(z.object({ field: z.string(), message_sv: z.string() })).optional().describe("Each invalid field (dotted path, e.g. entries.3.minutes) with its Swedish message."),
    error_id: z.string().optional().describe("For 500: quote it to support."),
  }),
  "RFC 9457 problem details (application/problem+json).",
);
