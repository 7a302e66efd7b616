// The events feed (Händelser): what happened to the participants in the actor's units, and
// what the actor has not seen yet. Scope: decisions of the actor's organisation at units where
// the actor may receive participants OR report on them (the union). Officers, and staff with
// neither capability, have no feed: the reads answer an empty result (so the menu and counts
// need no special case, as with the participant lists), and marking as read is refused with
// ForbiddenError, because it is a write.
import { db, dbHandle } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { now as clockNow } from "@/lib/clock";
import { ForbiddenError } from "@/lib/authz/errors";
import { can, type Actor, type StaffActor } from "@/lib/authz/permissions";
import { scopeWhere, sqlScope } from "@/lib/authz/access";
import { EVENT_PAGE_SIZE, isUnread, nextLastSeenAt, unreadSince } from "./rules";

export interface EventRow {
  id: string;
  at: Date;
  /** A DecisionEventType today; typed as string so new types (report outcomes) are shown generically. */
  type: string;
  data: Record<string, unknown>;
  decisionId: string;
  participantName: string;
  unitName: string;
  unread: boolean;
}

export interface EventPage {
  total: number;
  page: number;
  pageSize: number;
  rows: EventRow[];
  /** Events after this instant are unread. */
  since: Date;
  /** The newest event in the actor's scope (whatever the page or filter): what "mark all as read" marks up to. */
  newestAt: Date | null;
}

/** On the event's own copy of its placement's organisation and unit (kept by the database). */
function eventScope(actor: Actor): Prisma.DecisionEventWhereInput | null {
  const scope = sqlScope(actor, "followEvents");
  return scope ? scopeWhere(scope) : null;
}

async function sinceFor(actor: StaffActor, now: Date): Promise<Date> {
  const marker = await db.eventReadMarker.findUnique({
    where: { userId_supplierId: { userId: actor.userId, supplierId: actor.supplierId } },
    select: { lastSeenAt: true },
  });
  return unreadSince(marker?.lastSeenAt, now);
}

/** Newest first, 25 a page; `onlyUnread` leaves out what the actor has seen. */
export async function listEvents(actor: Actor, opts: { page?: number; onlyUnread?: boolean } = {}, now = clockNow()): Promise<EventPage> {
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const scope = eventScope(actor);
  if (!scope || actor.kind !== "staff") {
    return { total: 0, page, pageSize: EVENT_PAGE_SIZE, rows: [], since: unreadSince(null, now), newestAt: null };
  }
  const since = await sinceFor(actor, now);
  const where: Prisma.DecisionEventWhereInput = opts.onlyUnread ? { AND: [scope, { at: { gt: since } }] } : scope;
  const [total, rows, newest] = await Promise.all([
    db.decisionEvent.count({ where }),
    db.decisionEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * EVENT_PAGE_SIZE,
      take: EVENT_PAGE_SIZE,
      include: {
        decision: { select: { participant: { select: { firstName: true, lastName: true } }, unit: { select: { name: true } } } },
      },
    }),
    db.decisionEvent.findFirst({ where: scope, orderBy: [{ at: "desc" }, { id: "desc" }], select: { at: true } }),
  ]);
  return {
    total,
    page,
    pageSize: EVENT_PAGE_SIZE,
    since,
    newestAt: newest?.at ?? null,
    rows: rows.map((e) => ({
      id: e.id,
      at: e.at,
      type: e.type as string,
      data: e.data !== null && typeof e.data === "object" && !Array.isArray(e.data) ? (e.data as Record<string, unknown>) : {},
      decisionId: e.decisionId,
      participantName: `${e.decision.participant.firstName} ${e.decision.participant.lastName}`,
      unitName: e.decision.unit.name,
      unread: isUnread(e.at, since),
    })),
  };
}

/** Unread events in the actor's scope (0 without a feed). */
export async function countUnreadEvents(actor: Actor, now = clockNow()): Promise<number> {
  const scope = sqlScope(actor, "followEvents");
  if (!scope) return 0;
  // One statement for the menu badge: the marker (or the default window) and the count.
  const rows = await dbHandle().sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "DecisionEvent" e
      WHERE e."supplierId" = $1::uuid AND e."unitId" = ANY($2::uuid[])
        AND e.at > COALESCE((SELECT m."lastSeenAt" FROM "EventReadMarker" m WHERE m."userId" = $3::uuid AND m."supplierId" = $1::uuid), $4::timestamptz)`,
    [scope.supplierId, scope.unitIds, scope.userId, unreadSince(null, now).toISOString()],
  );
  return rows[0].n;
}

/**
 * Marks the actor's events in the active organisation as seen up to `upTo` (not past `now`).
 * The marker never moves backwards: one atomic upsert keeps the later of the stored and the
 * new instant, also when two tabs mark at once. Returns the marker afterwards.
 */
export async function markEventsSeen(actor: Actor, upTo: Date, now = clockNow()): Promise<Date> {
  if (actor.kind !== "staff" || !can(actor, "followEvents")) throw new ForbiddenError();
  if (Number.isNaN(upTo.getTime())) throw new TypeError("upTo is not a valid instant");
  const target = nextLastSeenAt(null, upTo, now);
  const rows = await db.$queryRaw<{ lastSeenAt: Date }[]>`
    INSERT INTO "EventReadMarker" ("userId", "supplierId", "lastSeenAt")
    VALUES (${actor.userId}::uuid, ${actor.supplierId}::uuid, ${target.toISOString()}::timestamptz)
    ON CONFLICT ("userId", "supplierId")
    DO UPDATE SET "lastSeenAt" = GREATEST("EventReadMarker"."lastSeenAt", EXCLUDED."lastSeenAt")
    RETURNING "lastSeenAt"`;
  return new Date(rows[0].lastSeenAt);
}
