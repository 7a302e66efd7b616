// The events feed (Händelser): what happened to the participants in the actor's units, and
// what the actor has not seen yet. Scope: decisions of the actor's organisation at units where
// the actor may receive participants OR report on them (the union). Officers, and staff with
// neither capability, have no feed: the reads answer an empty result (so the menu and counts
// need no special case, as with the participant lists), and marking as read is refused with
// ForbiddenError, because it is a write.
import { db, dbHandle } from "@/lib/db";
import { now as clockNow } from "@/lib/clock";
import { ForbiddenError } from "@/lib/authz/errors";
import { can, type Actor } from "@/lib/authz/permissions";
import { sqlScope } from "@/lib/authz/access";
import { cappedTotal, COUNT_CAP } from "@/lib/capped-count";
import { EVENT_PAGE_SIZE, isUnread, nextLastSeenAt, unreadSince } from "./rules";
import { limitClause } from "@/lib/db/limit-literal";

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
  /** Exact up to the cap (lib/capped-count; a year of 10,000 placements is about 24,000 events); past it, the cap itself and `totalIsCapped`. */
  total: number;
  /** More events than `total` exist: the page says "fler än". */
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
  rows: EventRow[];
  /** Events after this instant are unread. */
  since: Date;
  /** The newest event in the actor's scope (whatever the page or filter): what "mark all as read" marks up to. */
  newestAt: Date | null;
}

/** The feed's scope: the organisation and the units where the actor follows events (the events' own copy of their placement's organisation and unit, kept by the database). */
function feedScope(actor: Actor) {
  return sqlScope(actor, "followEvents");
}

interface FeedRow {
  since: Date;
  newest: Date | null;
  total: number;
  id: string | null;
  at: Date;
  type: string;
  data: unknown;
  decisionId: string;
  actorId: string | null;
  firstName: string;
  lastName: string;
  unitName: string;
}

// One statement per page: the actor's read marker (or the default window), the newest event
// in scope, the count and the page's rows with their participant and unit. A page past the
// end still answers one row (without an event) carrying the marker, the newest and the count.
export const FEED_SQL = `
  WITH m AS (
    SELECT COALESCE((SELECT r."lastSeenAt" FROM "EventReadMarker" r WHERE r."userId" = $3::uuid AND r."supplierId" = $1::uuid), $4::timestamptz) AS since
  ), f AS NOT MATERIALIZED (
    -- Inlined into the count and the page (a CTE used twice is otherwise materialized: every
    -- event in scope read and sorted to show 25 of them; 88 ms a load at 10,000 placements).
    SELECT e.id, e.at, e.type::text AS type, e.data, e."decisionId", e."actorId"
      FROM "DecisionEvent" e, m
     WHERE e."supplierId" = $1::uuid AND e."unitId" = ANY($2::uuid[])
       AND (NOT $5::boolean OR (e.at > m.since AND e."actorId" IS DISTINCT FROM $3::uuid))
  )
  SELECT m.since,
         (SELECT e.at FROM "DecisionEvent" e WHERE e."supplierId" = $1::uuid AND e."unitId" = ANY($2::uuid[]) ORDER BY e.at DESC, e.id DESC LIMIT 1) AS newest,
         -- newest first, like the menu's count (unreadCountSql), so that it stops at the cap
         (SELECT count(*)::int FROM (SELECT 1 FROM f ORDER BY f.at DESC LIMIT $8) c) AS total,
         p.*
    FROM m
    LEFT JOIN LATERAL (
      SELECT f.id, f.at, f.type, f.data, f."decisionId", f."actorId", pa."firstName", pa."lastName", u.name AS "unitName"
        FROM f
        JOIN "Decision" d ON d.id = f."decisionId"
        JOIN "Participant" pa ON pa.id = d."participantId"
        JOIN "PerformingUnit" u ON u.id = d."unitId"
       ORDER BY f.at DESC, f.id DESC
      OFFSET $6 LIMIT $7
    ) p ON true`;

/** Newest first, 25 a page; `onlyUnread` leaves out what the actor has seen; counted up to `countCap`. */
export async function listEvents(actor: Actor, opts: { page?: number; onlyUnread?: boolean; countCap?: number } = {}, now = clockNow()): Promise<EventPage> {
  const cap = opts.countCap ?? COUNT_CAP;
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const found = await eventPage(actor, page, opts.onlyUnread === true, cap, now);
  // A page past the end (an old link, a page number typed) is answered with the last page. Past
  // the cap the total is not known, and such pages answer as they are.
  const last = Math.max(1, Math.ceil(found.total / EVENT_PAGE_SIZE));
  if (found.rows.length === 0 && !found.totalIsCapped && page > last) return eventPage(actor, last, opts.onlyUnread === true, cap, now);
  return found;
}

async function eventPage(actor: Actor, page: number, onlyUnread: boolean, cap: number, now: Date): Promise<EventPage> {
  const scope = feedScope(actor);
  if (!scope || actor.kind !== "staff") {
    return { total: 0, totalIsCapped: false, page, pageSize: EVENT_PAGE_SIZE, rows: [], since: unreadSince(null, now), newestAt: null };
  }
  const rows = await dbHandle().sql.query<FeedRow>(FEED_SQL, [
    scope.supplierId,
    scope.unitIds,
    actor.userId,
    unreadSince(null, now).toISOString(),
    onlyUnread,
    (page - 1) * EVENT_PAGE_SIZE,
    EVENT_PAGE_SIZE,
    cap + 1,
  ], { prepared: true });
  const since = new Date(rows[0].since);
  return {
    ...cappedTotal(rows[0].total, cap),
    page,
    pageSize: EVENT_PAGE_SIZE,
    since,
    newestAt: rows[0].newest ? new Date(rows[0].newest) : null,
    rows: rows
      .filter((e) => e.id !== null)
      .map((e) => ({
        id: e.id!,
        at: new Date(e.at),
        type: e.type,
        data: e.data !== null && typeof e.data === "object" && !Array.isArray(e.data) ? (e.data as Record<string, unknown>) : {},
        decisionId: e.decisionId,
        participantName: `${e.firstName} ${e.lastName}`,
        unitName: e.unitName,
        unread: isUnread({ at: new Date(e.at), actorId: e.actorId }, since, scope.userId),
      })),
  };
}

/**
 * Unread events in the actor's scope (0 without a feed), counted up to `upTo` when given: the
 * menu's badge needs only to know whether there are more than it shows, and it is asked on
 * every page (a new user at a supplier with 10,000 placements has 3,660 unread events).
 */
export async function countUnreadEvents(actor: Actor, now = clockNow(), upTo?: number): Promise<number> {
  const params = unreadCountParams(actor, now);
  if (!params) return 0;
  const rows = await dbHandle().sql.query<{ n: number }>(unreadCountSql(upTo ?? null), params, { prepared: true });
  return rows[0].n;
}

/** The values of unreadCountSql for the actor; null when they follow no unit's events. */
export function unreadCountParams(actor: Actor, now = clockNow()): unknown[] | null {
  const scope = feedScope(actor);
  return scope ? [scope.supplierId, scope.unitIds, scope.userId, unreadSince(null, now).toISOString()] : null;
}

/**
 * The menu badge's statement: the marker (or the default window) and the count. Newest first,
 * so that the count up to its limit walks the (supplier, at) index back from now and stops:
 * without an order PostgreSQL read the table from its oldest rows, as it cannot know the
 * marker when it plans, and read 20,000 events to find 100 unread (9 ms on every supplier page
 * at 10,000 placements; 0.1 ms now). $1 supplier, $2 units, $3 user, $4 default window; the limit
 * (null: none) is in the text, so that the statement keeps a generic plan (lib/db/limit-literal.ts).
 */
export const unreadCountSql = (upTo: number | null) => `SELECT count(*)::int AS n FROM (
       SELECT 1 FROM "DecisionEvent" e
        WHERE e."supplierId" = $1::uuid AND e."unitId" = ANY($2::uuid[])
          AND e.at > COALESCE((SELECT m."lastSeenAt" FROM "EventReadMarker" m WHERE m."userId" = $3::uuid AND m."supplierId" = $1::uuid), $4::timestamptz)
          AND e."actorId" IS DISTINCT FROM $3::uuid
        ORDER BY e.at DESC
        ${limitClause(upTo)}) unread`;

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
