// Deltagarlista needs the reporting permission. Checked here, outside the list's loading
// boundary (loading.tsx beside this file), so that a 403 is answered with HTTP status 403:
// Next.js commits the status with the first streamed bytes (issue #14).
import { requireStaff } from "@/lib/authz/guard";

export default async function ParticipantListLayout({ children }: { children: React.ReactNode }) {
  await requireStaff("reportOnParticipants");
  return children;
}
