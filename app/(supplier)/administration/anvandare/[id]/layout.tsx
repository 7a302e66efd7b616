// A member of another organisation (or no member) is answered with HTTP status 404 before the
// page's loading state streams (issue #14); the page still checks for itself.
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { isMemberOfOwnSupplier } from "@/features/staff/queries";

export default async function StaffMemberLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const actor = await requireStaff("manageStaff");
  const { id } = await params;
  if (!(await isMemberOfOwnSupplier(actor, id))) notFound();
  return children;
}
