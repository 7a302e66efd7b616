// Nya deltagare needs Ta emot nya deltagare. Checked here, outside the section's loading
// boundary, so that a 403 is answered with HTTP status 403 (issue #14).
import { requireStaff } from "@/lib/authz/guard";

export default async function NewParticipantsLayout({ children }: { children: React.ReactNode }) {
  await requireStaff("receiveParticipants");
  return children;
}
