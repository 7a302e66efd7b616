// Participants: the list (Deltagarlista) and one participant (deltagarkort), new participants
// (Nya deltagare), who may become handledare, and assigning one. Every read and write goes
// through the portal's own data functions, which check the actor against the target.
import { today as clockToday } from "@/lib/clock";
import { sqlScope } from "@/lib/authz/access";
import { z } from "@/lib/validation/zod";
import { toListRow } from "@/features/participants/list";
import { participantListFilter, participantPage } from "@/features/participants/list-sql";
import { participantListQuery } from "@/features/participants/schemas";
import { newParticipantsById } from "@/features/participants/new-participants";
import { getDecisionForStaff } from "@/features/decisions/queries";
import { toIsoDate } from "@/features/decisions/periods";
import { DECISION_STATES } from "@/features/decisions/schemas";
import { DECISION_STATE_LABELS } from "@/features/decisions/rules";
import { assignHandledare, eligibleHandledare } from "@/features/assignments/service";
import { assignHandledareInput } from "@/features/assignments/schemas";
import { defineEndpoint } from "@/lib/api/route";
import { decodeCursor, pageOf, pageQuery } from "@/lib/api/pagination";
import {
  AssignmentResult, HandledareOptionList, LEVELS, NewParticipantPage, ParticipantDetail, ParticipantPage, SERVICE_VERSIONS,
  type NewParticipant, type ParticipantSummary,
} from "@/features/public-api/schemas";
import { at, atOrNull, changedSinceQuery, latest, participantIdParams } from "./common";

type Summary = z.output<typeof ParticipantSummary>;

const idCursor = z.object({ id: z.uuid() });

// The API's handledare is what its schema promises; the work phone is not part of it.
const apiPerson = ({ id, name, email }: { id: string; name: string; email: string }) => ({ id, name, email });

export const listParticipants = defineEndpoint({
  operationId: "listParticipants",
  method: "GET",
  path: "/participants",
  tag: "Participants",
  summary: "List participants (Deltagarlista)",
  description:
    "The participants at the units where the token has Rapportering, in the order of their ids. With `changedSince`, only those whose decision or events (interruptions, periods, end dates, handledare, report outcomes) are at or after that instant: poll with the newest `changedAt` you have seen, less a margin, and de-duplicate by id.",
  capability: "reportOnParticipants",
  query: z.object({
    ...pageQuery,
    changedSince: changedSinceQuery.describe("Only participants changed at or after this instant."),
    q: z.string().trim().max(100, "Högst 100 tecken.").optional().describe("Name or part of the genomförandereferens."),
    unitId: z.uuid().optional(),
    handledareId: z.uuid().optional().describe("The current handledare."),
    level: z.enum(LEVELS).optional(),
    state: z.enum(DECISION_STATES).optional(),
  }),
  responses: [{ status: 200, description: "A page of participants.", schema: ParticipantPage }],
  async handler({ actor, query }) {
    const today = clockToday();
    const scope = sqlScope(actor, "reportOnParticipants");
    if (!scope) return { body: { data: [], nextCursor: null } };
    const filter = participantListFilter(
      scope,
      { ...participantListQuery.parse({}), q: query.q || undefined, unitId: query.unitId, handledareId: query.handledareId, level: query.level, state: query.state },
      today,
    );
    if (query.cursor) filter.and.push(`d.id > ${filter.param(decodeCursor(query.cursor, idCursor).id)}::uuid`);
    if (query.changedSince) {
      const since = `${filter.param(new Date(query.changedSince))}::timestamptz`;
      filter.and.push(`(d."decidedAt" >= ${since} OR EXISTS (SELECT 1 FROM "DecisionEvent" e WHERE e."decisionId" = d.id AND e.at >= ${since}))`);
    }
    const rows = await participantPage(filter, "d.id ASC", query.limit + 1, 0, { changedAt: true });
    const page = pageOf(rows, query.limit, (d) => ({ id: d.id }));
    const data = page.rows.map((d): Summary => {
      const row = toListRow(d, d.handledareName, today);
      return {
        id: d.id,
        implementationReference: row.implementationReference,
        name: row.name,
        serviceVersion: row.serviceVersion,
        level: row.level,
        unit: { id: d.unitId, name: row.unitName },
        startDate: row.startDate,
        endDate: row.endDate,
        state: row.state,
        stateLabel: row.status,
        handledare: row.handledareId ? { id: row.handledareId, name: row.handledare ?? "" } : null,
        changedAt: at(latest(d.decidedAt, d.lastEventAt ?? undefined)),
      };
    });
    return { body: { data, nextCursor: page.nextCursor } };
  },
});

export const getParticipant = defineEndpoint({
  operationId: "getParticipant",
  method: "GET",
  path: "/participants/{id}",
  tag: "Participants",
  summary: "One participant (deltagarkort)",
  description: "With Ta emot nya deltagare or Rapportering at the participant's unit; otherwise 404.",
  capability: "workWithParticipant",
  params: participantIdParams,
  responses: [{ status: 200, description: "The participant.", schema: ParticipantDetail }],
  async handler({ actor, params }) {
    const d = await getDecisionForStaff(actor, params.id);
    const current = d.handledareHistory.find((h) => h.endedAt === null) ?? null;
    const body: z.output<typeof ParticipantDetail> = {
      id: d.id,
      implementationReference: d.implementationReference,
      participant: {
        firstName: d.participant.firstName,
        lastName: d.participant.lastName,
        phone: d.participant.phone,
        email: d.participant.email,
        street: d.participant.street,
        postalCode: d.participant.postalCode,
        city: d.participant.city,
        municipality: d.participant.municipality,
      },
      unit: { id: d.unit.id, name: d.unit.name, street: d.unit.street, postalCode: d.unit.postalCode, city: d.unit.city },
      serviceVersion: d.serviceVersion,
      level: d.level,
      participationRate: d.participationRate,
      interpreterNeeded: d.interpreterNeeded,
      interpreterLanguage: d.interpreterLanguage,
      languageSupportNeeded: d.languageSupportNeeded,
      decidedAt: at(d.decidedAt),
      firstMeetingDate: d.firstMeetingDate ? toIsoDate(d.firstMeetingDate) : null,
      state: d.state,
      stateLabel: DECISION_STATE_LABELS[d.state],
      periods: d.periodsIso,
      interruptions: d.interruptions.map((i) => ({ id: i.id, date: toIsoDate(i.date), reason: i.reason, registeredAt: at(i.registeredAt), withdrawnAt: atOrNull(i.withdrawnAt) })),
      handledare: current ? apiPerson(current.handledare) : null,
      handledareHistory: d.handledareHistory.map((h) => ({
        id: h.id,
        handledare: apiPerson(h.handledare),
        assignedAt: at(h.assignedAt),
        assignedBy: h.assignedBy,
        endedAt: atOrNull(h.endedAt),
        endedBy: h.endedBy,
      })),
      followUpMeetings: d.meetings,
      changedAt: at(latest(d.decidedAt, d.events[0]?.at)),
    };
    return { body };
  },
});

export const listNewParticipantsEndpoint = defineEndpoint({
  operationId: "listNewParticipants",
  method: "GET",
  path: "/new-participants",
  tag: "Participants",
  summary: "New participants (Nya deltagare)",
  description:
    "Ongoing participants at the units where the token has Ta emot nya deltagare who need a handledare: none yet, or period 2 granted and its handledare not yet confirmed. In the order of their ids (stable pages); sort by `deadlineDaysLeft` for urgency.",
  capability: "receiveParticipants",
  query: z.object({
    ...pageQuery,
    serviceVersion: z.enum(SERVICE_VERSIONS).optional(),
    unitId: z.uuid().optional(),
    municipality: z.string().trim().max(100, "Högst 100 tecken.").optional().describe("The unit's municipality."),
  }),
  responses: [{ status: 200, description: "A page of new participants.", schema: NewParticipantPage }],
  async handler({ actor, query }) {
    const after = query.cursor ? decodeCursor(query.cursor, idCursor).id : undefined;
    const rows = await newParticipantsById(
      actor,
      { serviceVersion: query.serviceVersion, unitId: query.unitId, municipality: query.municipality || undefined },
      { afterId: after, take: query.limit + 1 },
    );
    const page = pageOf(rows, query.limit, (r) => ({ id: r.decisionId }));
    const data = page.rows.map(
      (r): z.output<typeof NewParticipant> => ({
        id: r.decisionId,
        name: r.name,
        level: r.level,
        serviceVersion: r.serviceVersion,
        unit: r.unit,
        startDate: toIsoDate(r.startDate),
        endDate: toIsoDate(r.endDate),
        newPeriod: r.newPeriod,
        currentHandledare: r.currentHandledare,
        interpreterNeeded: r.interpreterNeeded,
        interpreterLanguage: r.interpreterLanguage,
        languageSupportNeeded: r.languageSupportNeeded,
        deadlineDate: r.deadlineDate,
        deadlineDaysLeft: r.deadline.daysLeft,
        deadlineState: r.deadline.state,
      }),
    );
    return { body: { data, nextCursor: page.nextCursor } };
  },
});

export const listHandledareOptions = defineEndpoint({
  operationId: "listHandledareOptions",
  method: "GET",
  path: "/participants/{id}/handledare-options",
  tag: "Participants",
  summary: "Who may become the participant's handledare",
  description: "Active staff with Rapportering at the participant's unit, with their current number of participants and the cap.",
  capability: "receiveParticipants",
  params: participantIdParams,
  responses: [{ status: 200, description: "The eligible handledare.", schema: HandledareOptionList }],
  async handler({ actor, params }) {
    const d = await getDecisionForStaff(actor, params.id);
    const options = await eligibleHandledare(actor, [d.unitId]);
    return { body: { data: options.map((o) => ({ userId: o.userId, name: o.name, email: o.email, load: o.load, cap: o.cap })) } };
  },
});

export const assignHandledareEndpoint = defineEndpoint({
  operationId: "assignHandledare",
  method: "POST",
  path: "/participants/{id}/handledare",
  tag: "Participants",
  summary: "Assign or change the handledare",
  description:
    "The same rules as in the portal: the participant must be ongoing, the person must have Rapportering at the unit and room under the cap, and `expectedHandledareId` must be the current handledare (null: none), so a change by someone else since you read it is refused (422) rather than overwritten. For period 2, assigning the current handledare confirms them.",
  capability: "receiveParticipants",
  params: participantIdParams,
  body: {
    schema: z.object({
      handledareId: assignHandledareInput.shape.handledareId.describe("A userId from handledare-options."),
      expectedHandledareId: z.uuid().nullable().describe("The current handledare as you last read it; null when there is none."),
    }),
  },
  idempotent: true,
  responses: [{ status: 200, description: "Assigned (or already the handledare).", schema: AssignmentResult }],
  async handler({ actor, params, body, idempotencyKey }) {
    const res = await assignHandledare(
      actor,
      assignHandledareInput.parse({ items: [{ decisionId: params.id, expectedHandledareId: body.expectedHandledareId }], handledareId: body.handledareId, idempotencyKey }),
    );
    return { body: { participantId: params.id, handledareId: body.handledareId, changed: res.assigned > 0 } };
  },
});
