// An order outside the staff member's scope (another supplier's, another unit's, none) is
// answered with HTTP status 404 before the order's loading state streams (issue #14).
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { orderVisibleTo } from "@/features/orders/queries";

export default async function OrderLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  if (!(await orderVisibleTo(actor, id))) notFound();
  return children;
}
