// A supplier that does not exist is answered with HTTP status 404 before the page's loading
// state streams (features/officer-review/detail-exists.ts).
import { notFound } from "next/navigation";
import { requireOfficer } from "@/lib/authz/guard";
import { officerDetailExists } from "@/features/officer-review/detail-exists";

export default async function DetailLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const actor = await requireOfficer();
  const { id } = await params;
  if (!(await officerDetailExists(actor, "supplier", id))) notFound();
  return children;
}
