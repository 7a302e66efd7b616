// The embedded demo's mailbox: the newest mail the portal has queued (only shown while the
// mail catcher is on; the page checks).
import { db } from "@/lib/db";

export async function latestDemoMails(take = 50) {
  return db.outgoingMail.findMany({ orderBy: { createdAt: "desc" }, take });
}
