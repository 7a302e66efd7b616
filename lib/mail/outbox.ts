// Queuing a mail: one OutgoingMail row and one job, in the caller's transaction, so a mail is
// sent exactly when the change that causes it is committed (and never when it rolls back).
import type { Prisma } from "@/lib/generated/prisma/client";
import { containsPersonnummer } from "@/lib/validation/sensitive-text";
import type { Mail } from "./templates";

export const SEND_MAIL_TASK = "send_mail";

export async function queueMail(tx: Prisma.TransactionClient, input: { to: string; kind: string; mail: Mail }): Promise<string> {
  // A personnummer must never leave the portal by mail.
  if (containsPersonnummer(`${input.mail.subject}\n${input.mail.text}`)) throw new Error("Ett e-postmeddelande innehöll ett personnummer och skickades inte.");
  const row = await tx.outgoingMail.create({
    data: { to: input.to, kind: input.kind, subject: input.mail.subject, text: input.mail.text, html: input.mail.html },
    select: { id: true },
  });
  // graphile-worker's own function: the job becomes visible to workers at commit.
  await tx.$executeRaw`SELECT graphile_worker.add_job(${SEND_MAIL_TASK}::text, json_build_object('mailId', ${row.id}::text), max_attempts => 12)`;
  return row.id;
}
