// What waits for an officer's decision, counted once per request (React's request cache): the
// menu (app/(officer)/layout.tsx) and the overview both show it, and asked separately the
// overview paid for the three counts twice. The three counts are one statement: as three in
// parallel every officer page paid for three round trips on three pooled connections. Each
// count stays its own module's statement and rule; this only asks them together.
import { cache } from "react";
import { dbHandle } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { assertOfficer } from "@/lib/authz/assert";
import { BADGE_CAP } from "@/lib/badge-text";
import { receivedReportsCountSql } from "@/features/periodic-reports/officer-review";
import { reportQueueCountSql } from "@/features/participant-reports/queries";
import { planningQueueCountSql } from "@/features/planning/officer-review";

export interface OfficerQueueCounts {
  plannings: number;
  received: number;
  reports: number;
}

/** The three queues' counts as one statement's text, each up to `upTo`. */
export function officerQueueCountsSql(upTo: number): string {
  return `SELECT (${planningQueueCountSql(upTo)}) AS plannings, (${receivedReportsCountSql(upTo)}) AS received, (${reportQueueCountSql(upTo)}) AS reports`;
}

/** The three queues, each counted up to BADGE_CAP + 1 (badgeText says "99+" past it). */
export const officerQueueCountsOnce = cache(async (actor: Actor): Promise<OfficerQueueCounts> => {
  assertOfficer(actor);
  const [row] = await dbHandle().sql.query<OfficerQueueCounts>(officerQueueCountsSql(BADGE_CAP + 1), [], { prepared: true });
  return row;
});
