// Whether what an officer's detail page shows exists, asked in the detail's layout before its
// loading state streams, so that a missing one is answered with HTTP status 404 (once the
// loading state has gone out the status is 200, whatever the page then says). An officer sees
// every decision, supplier, planning and report; a periodic report only once it is submitted,
// as getPeriodicReportForOfficer says (tests/integration/officer-detail-exists.test.ts holds
// each kind to its page's own read).
import { dbHandle } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { assertOfficer } from "@/lib/authz/assert";

const WHERE = {
  decision: `"Decision" WHERE id = $1::uuid`,
  supplier: `"Supplier" WHERE id = $1::uuid`,
  planning: `"JointPlanning" WHERE id = $1::uuid`,
  participantReport: `"ParticipantReport" WHERE id = $1::uuid`,
  periodicReport: `"PeriodicReport" WHERE id = $1::uuid AND "submittedAt" IS NOT NULL`,
} as const;

export type OfficerDetailKind = keyof typeof WHERE;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function officerDetailExists(actor: Actor, kind: OfficerDetailKind, id: string): Promise<boolean> {
  assertOfficer(actor);
  if (!UUID.test(id)) return false;
  const rows = await dbHandle().sql.query(`SELECT 1 FROM ${WHERE[kind]}`, [id], { prepared: true });
  return rows.length > 0;
}
