// What waits for an officer's decision, counted once per request (React's request cache): the
// menu (app/(officer)/layout.tsx) and the overview both show it, and asked separately the
// overview paid for the three counts twice.
import { cache } from "react";
import type { Actor } from "@/lib/authz/permissions";
import { BADGE_CAP } from "@/lib/badge-text";
import { countReceivedReports } from "@/features/periodic-reports/officer-review";
import { countReportQueue } from "@/features/participant-reports/service";
import { countPlanningQueue } from "@/features/planning/service";

/** The three queues, each counted up to BADGE_CAP + 1 (badgeText says "99+" past it). */
export const officerQueueCountsOnce = cache(async (actor: Actor) => {
  const [plannings, received, reports] = await Promise.all([
    countPlanningQueue(actor, BADGE_CAP + 1),
    countReceivedReports(actor, BADGE_CAP + 1),
    countReportQueue(actor, BADGE_CAP + 1),
  ]);
  return { plannings, received, reports };
});
