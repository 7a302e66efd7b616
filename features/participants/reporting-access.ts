import "server-only";
import { forbidden, notFound } from "next/navigation";
import { canAt, type Actor } from "@/lib/authz/permissions";
import { getDecisionForStaff } from "@/features/decisions/queries";

/**
 * What a reporting page (planning, reports, periodic report) answers when its service found
 * nothing the staff member may report on: 403 when they may see the participant (Ta emot nya
 * deltagare at the unit) but not report, so they learn what is missing; 404 otherwise (other
 * units and suppliers, a month outside the service), so ids still cannot be probed.
 */
export async function notFoundOrForbidden(actor: Actor, decisionId: string): Promise<never> {
  const d = await getDecisionForStaff(actor, decisionId).catch(() => null);
  if (d && !canAt(actor, "reportOnParticipants", { supplierId: d.supplierId, unitId: d.unitId })) forbidden();
  notFound();
}
