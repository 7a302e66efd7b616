// A member of another organisation (or no member) is answered with HTTP status 404 before the
// page's loading state streams (issue #14); the page still checks for itself.
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { isMemberOfOwnSupplier } from "@/features/staff/queries";

/** The same check for the tab title: a 404 thrown here gives the not-found page's title. */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await isMemberOfOwnSupplier(await requireStaff("manageStaff"), id))) notFound();
  return {};
}

export default async function StaffMemberLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const actor = await requireStaff("manageStaff");
  const { id } = await params;
  if (!(await isMemberOfOwnSupplier(actor, id))) notFound();
  return children;
}
