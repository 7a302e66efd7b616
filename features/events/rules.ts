// Pure rules of the events feed (Händelser): whose events, and which of them are unread.
// No database and no clock here; callers pass `now` (from lib/clock).
import { can, unitsFor, type Actor } from "@/lib/authz/permissions";

export const EVENT_PAGE_SIZE = 25;

/**
 * Assumption: a person who has never looked at the events of an organisation (no read
 * marker yet) sees the events of the last fourteen days as unread, not the whole history.
 * Fourteen days are counted as 14 × 24 hours before `now`.
 */
export const UNREAD_WINDOW_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The units whose events the actor follows: the union of the units where the actor may
 * receive participants and those where the actor reports on them ([] for officers and for
 * staff with neither capability).
 */
export function eventUnitIds(actor: Actor): string[] {
  return unitsFor(actor, "followEvents");
}

/** May the actor use the events feed at all (menu item, page, "mark as read")? */
export function canFollowEvents(actor: Actor): boolean {
  return can(actor, "followEvents");
}

/** Events after this instant are unread: the read marker, or the fourteen-day window without one. */
export function unreadSince(lastSeenAt: Date | null | undefined, now: Date): Date {
  return lastSeenAt ? new Date(lastSeenAt.getTime()) : new Date(now.getTime() - UNREAD_WINDOW_DAYS * DAY_MS);
}

/**
 * Strictly later than the marker (an event at exactly the marker's instant has been seen), and
 * not caused by the viewer: what I did myself is no news to me (the feed's SQL says the same:
 * unreadCountSql and FEED_SQL in feed.ts, and a test holds them together).
 */
export function isUnread(event: { at: Date; actorId: string | null }, since: Date, viewerId: string): boolean {
  return event.at.getTime() > since.getTime() && event.actorId !== viewerId;
}

/**
 * Where "mark as read up to `upTo`" may move a marker: never past `now` (a marker in the
 * future would hide events that have not happened yet) and never backwards from `current`.
 */
export function nextLastSeenAt(current: Date | null | undefined, upTo: Date, now: Date): Date {
  const target = Math.min(upTo.getTime(), now.getTime());
  return new Date(current ? Math.max(current.getTime(), target) : target);
}
