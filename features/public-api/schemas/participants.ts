// The public API's representations of participants (placements), new participants, handledare
// options and assignments, and of the participant events feed.
import { z } from "@/lib/validation/zod";
import { PageInfo, Ref, component, decisionState, id, instant, isoDate, level, serviceVersion } from "./common";

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
