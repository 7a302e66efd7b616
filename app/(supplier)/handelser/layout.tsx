// Händelser is for those who follow participants. Checked here, outside the section's loading
// boundary, so that a 403 is answered with HTTP status 403 (issue #14).
import { forbidden } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { canFollowEvents } from "@/features/events/rules";

export default async function EventsLayout({ children }: { children: React.ReactNode }) {
  if (!canFollowEvents(await requireStaff())) forbidden();
  return children;
}
