// The supplier menu's badges (Nya deltagare, Händelser) in one statement: every supplier page
// shows them, and as two statements in parallel each page paid for a second round trip and a
// second pooled connection. Each count stays its own module's statement and rule
// (NEW_PARTICIPANTS_COUNT_SQL, UNREAD_COUNT_SQL); this only asks them together.
import { cache } from "react";
import { dbHandle } from "@/lib/db";
import { shiftPlaceholders } from "@/lib/db/sql-params";
import { can, type Actor } from "@/lib/authz/permissions";
import { BADGE_CAP } from "@/lib/badge-text";
import { now as clockNow, today as clockToday } from "@/lib/clock";
import { NEW_PARTICIPANTS_COUNT_SQL, newParticipantsCountParams } from "@/features/participants/new-participants";
import { UNREAD_COUNT_SQL, unreadCountParams } from "@/features/events/feed";

export interface MenuCounts {
  /** waiting for a handledare, up to BADGE_CAP + 1; null without receiveParticipants */
  newParticipants: number | null;
  /** unread events, up to BADGE_CAP + 1; null without followEvents */
  unreadEvents: number | null;
}

/** The badges' counts for the actor, each up to `upTo` (the menu says "99+" past BADGE_CAP). */
export async function menuCounts(actor: Actor, upTo = BADGE_CAP + 1): Promise<MenuCounts> {
  const parts: { key: keyof MenuCounts; sql: string; params: unknown[] | null }[] = [];
  const counts: MenuCounts = { newParticipants: null, unreadEvents: null };
  if (can(actor, "receiveParticipants")) parts.push({ key: "newParticipants", sql: NEW_PARTICIPANTS_COUNT_SQL, params: newParticipantsCountParams(actor, clockToday(), upTo) });
  if (can(actor, "followEvents")) parts.push({ key: "unreadEvents", sql: UNREAD_COUNT_SQL, params: unreadCountParams(actor, clockNow(), upTo) });
  // A permission without a unit in scope counts nothing, and asks nothing.
  for (const p of parts) if (!p.params) counts[p.key] = 0;
  const asked = parts.filter((p) => p.params);
  if (asked.length === 0) return counts;
  const params: unknown[] = [];
  const columns = asked.map((p) => {
    const column = `(${shiftPlaceholders(p.sql, params.length)}) AS "${p.key}"`;
    params.push(...p.params!);
    return column;
  });
  const [row] = await dbHandle().sql.query<Record<string, number>>(`SELECT ${columns.join(", ")}`, params, { prepared: true });
  for (const p of asked) counts[p.key] = row[p.key];
  return counts;
}

/** menuCounts once per request: the layout and the start page both show the Nya deltagare count. */
export const menuCountsOnce = cache((actor: Actor) => menuCounts(actor));
