// Events (Händelser): what happened to the participants at the token's units, oldest first, for
// polling. The scope is the portal's (lib/authz/capabilities.ts followEvents: units where the token
// may receive participants or report on them). The portal's unread markers are a person's and
// play no part here: a system keeps its own position with `since` or the cursor.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { z } from "@/lib/validation/zod";
import { listScope, scopeWhere } from "@/lib/authz/access";
import { defineEndpoint } from "@/lib/api/route";
import { decodeCursor, pageOf, pageQuery } from "@/lib/api/pagination";
import { EventPage, type ParticipantEvent } from "@/features/public-api/schemas";
import { at, changedSinceQuery } from "./common";

const eventCursor = z.object({ at: z.iso.datetime(), id: z.uuid() });

export const listEventsEndpoint = defineEndpoint({
  operationId: "listEvents",
  method: "GET",
  path: "/events",
  tag: "Events",
  summary: "Events of the participants (Händelser)",
  description:
    "Oldest first, by (at, id). To poll, pass `since` = the `at` of the newest event you have (inclusive: de-duplicate by id) and follow nextCursor until it is null. Events are never changed once written.",
  capability: "followEvents",
  query: z.object({
    ...pageQuery,
    since: changedSinceQuery.describe("Only events at or after this instant."),
    participantId: z.uuid().optional().describe("Only this participant's events."),
  }),
  responses: [{ status: 200, description: "A page of events.", schema: EventPage }],
  async handler({ actor, query }) {
    // The route checked followEvents; without it (never) the scope matches nothing.
    const scope = listScope(actor, "followEvents");
    const and: Prisma.DecisionEventWhereInput[] = [{ decision: scope ? scopeWhere(scope) : { id: { in: [] } } }];
    if (query.participantId) and.push({ decisionId: query.participantId });
    if (query.since) and.push({ at: { gte: new Date(query.since) } });
    if (query.cursor) {
      const c = decodeCursor(query.cursor, eventCursor);
      const t = new Date(c.at);
      and.push({ OR: [{ at: { gt: t } }, { at: t, id: { gt: c.id } }] });
    }
    const rows = await db.decisionEvent.findMany({
      where: { AND: and },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      take: query.limit + 1,
      include: { decision: { select: { participant: { select: { firstName: true, lastName: true } }, unit: { select: { id: true, name: true } } } } },
    });
    const page = pageOf(rows, query.limit, (e) => ({ at: at(e.at), id: e.id }));
    const data = page.rows.map(
      (e): z.output<typeof ParticipantEvent> => ({
        id: e.id,
        at: at(e.at),
        type: e.type,
        data: e.data !== null && typeof e.data === "object" && !Array.isArray(e.data) ? (e.data as Record<string, unknown>) : {},
        participantId: e.decisionId,
        participantName: `${e.decision.participant.firstName} ${e.decision.participant.lastName}`,
        unit: e.decision.unit,
      }),
    );
    return { body: { data, nextCursor: page.nextCursor } };
  },
});
