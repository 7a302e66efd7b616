// Every page of one participant: the cheap check that the staff member may see the placement
// runs here, before any of the pages' loading states streams, so that another supplier's
// participant or an id that does not exist is answered with HTTP status 404 (issue #14). The
// pages load their content below their own loading.tsx and still check access themselves.
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { decisionTargetForStaff } from "@/features/decisions/queries";

export default async function ParticipantLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  if (!(await decisionTargetForStaff(actor, id))) notFound();
  return children;
}
