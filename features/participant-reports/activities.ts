// The activities a participant report may name: those of the participant's approved joint
// plannings (period 1 and 2), the one rule for the forms and the server (portal and API).
// No planning approved yet: none.
import { db } from "@/lib/db";
import { approvedPlanningFor } from "@/features/planning/queries";

type Client = Parameters<typeof approvedPlanningFor>[2];

export async function reportableActivities(client: Client = db, decisionId: string): Promise<{ code: string; name: string }[]> {
  const [p1, p2] = await Promise.all([approvedPlanningFor(decisionId, 1, client), approvedPlanningFor(decisionId, 2, client)]);
  const planned = new Map([...(p1?.activities ?? []), ...(p2?.activities ?? [])].map((a) => [a.code, { code: a.code, name: a.name }]));
  return [...planned.values()];
}
