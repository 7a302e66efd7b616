import "server-only";
import { forbidden, notFound } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { canAt } from "@/lib/authz/permissions";
import { decisionTargetForStaff } from "@/features/decisions/queries";

/**
 * The layout of a participant's reporting pages (planering, rapporter, redovisning): 403 with
 * HTTP status 403 for a staff member who may see the participant but not report (Ta emot nya
 * deltagare alone), before the page's loading state streams (issue #14); 404 otherwise.
 */
export async function ReportingLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  const target = await decisionTargetForStaff(actor, id);
  if (!target) notFound();
  if (!canAt(actor, "reportOnParticipants", target)) forbidden();
  return children;
}
