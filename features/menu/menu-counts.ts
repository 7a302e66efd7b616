// The supplier menu's badges (Nya deltagare, Händelser) in one statement: every supplier page
// shows them, and as two statements in parallel each page paid for a second round trip and a
// second pooled connection. Each count stays its own module's statement and rule
// (newParticipantsCountSql, unreadCountSql); this only asks them together.
import { cache } from "react";
import { dbHandle } from "@/lib/db";
import { shiftPlaceholders } from "@/lib/db/sql-params";
import { can, type Actor } from "@/lib/authz/permissions";
import { BADGE_CAP } from "@/lib/badge-text";
import { now as clockNow, today as clockToday } from "@/lib/clock";
import { newParticipantsCountParams, newParticipantsCountSql } from "@/features/participants/new-participants";
import { unreadCountParams, unreadCountSql } from "@/features/events/feed";

export interface MenuCounts {
  /** waiting for a handledare, up to BADGE_CAP + 1; null without receiveParticipants */
  newParticipants: number | null;
  /** unread events, up to BADGE_CAP + 1; null without followEvents */
  unreadEvents: number | null;
}

/** The badges' statement for the actor, and the counts known without asking (a permission without a unit in scope counts 0). */
export function menuCountsStatement(actor: Actor, upTo = BADGE_CAP + 1): { counts: MenuCounts; asked: (keyof MenuCounts)[]; text: string; params: unknown[] } {
  const parts: { key: keyof MenuCounts; sql: string; params: unknown[] | null }[] = [];
  const counts: MenuCounts = { newParticipants: null, unreadEvents: null };
  if (can(actor, "receiveParticipants")) parts.push({ key: "newParticipants", sql: newParticipantsCountSql(upTo), params: newParticipantsCountParams(actor, clockToday()) });
  if (can(actor, "followEvents")) parts.push({ key: "unreadEvents", sql: unreadCountSql(upTo), params: unreadCountParams(actor, clockNow()) });
  for (const p of parts) if (!p.params) counts[p.key] = 0;
  const asked = parts.filter((p) => p.params);
  const params: unknown[] = [];
  const columns = asked.map((p) => {
    const column = `(${shiftPlaceholders(p.sql, params.length)}) AS "${p.key}"`;
    params.push(...p.params!);
    return column;
  });
  return { counts, asked: asked.map((p) => p.key), text: `SELECT ${columns.join(", ")}`, params };
}

/** The badges' counts for the actor, each up to `upTo` (the menu says "99+" past BADGE_CAP). */
export async function menuCounts(actor: Actor, upTo = BADGE_CAP + 1): Promise<MenuCounts> {
  const { counts, asked, text, params } = menuCountsStatement(actor, upTo);
  // A permission without a unit in scope counts nothing, and asks nothing.
  if (asked.length === 0) return counts;
  const [row] = await dbHandle().sql.query<Record<string, number>>(text, params, { prepared: true });
  for (const key of asked) counts[key] = row[key];
  return counts;
}

/** menuCounts once per request: the layout and the start page both show the Nya deltagare count. */
export const menuCountsOnce = cache((actor: Actor) => menuCounts(actor));
