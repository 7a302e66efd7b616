// Beställningar is for the behörighetsadministratör and reporting staff. Checked here, outside
// the list's and the order's loading boundaries, so that a 403 is answered with HTTP status 403
// (Next.js commits the status with the first streamed bytes; issue #14).
import { forbidden } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";

export default async function OrdersLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireStaff();
  if (!can(actor, "manageStaff") && !can(actor, "reportOnParticipants")) forbidden();
  return children;
}
