// Every page of one participant: the cheap check that the staff member may see the placement
// runs here, before any of the pages' loading states streams, so that another supplier's
// participant or an id that does not exist is answered with HTTP status 404 (issue #14). The
// pages load their content below their own loading.tsx and still check access themselves.
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { decisionTargetForStaff } from "@/features/decisions/queries";

/** The same check for the tab title: a 404 thrown here gives the not-found page's title (issue #14). */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await decisionTargetForStaff(await requireStaff(), id))) notFound();
  return {};
}

export default async function ParticipantLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  if (!(await decisionTargetForStaff(actor, id))) notFound();
  return children;
}
