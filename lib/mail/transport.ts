// Handing a queued mail to the SMTP relay (nodemailer). With no relay configured the row
// simply stays readable in OutgoingMail (the demo's mailbox page shows it).
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { mailFrom, mailReplyTo, smtpUrl } from "./config";

let transporter: Transporter | null | undefined;
function transport(): Transporter | null {
  if (transporter === undefined) {
    const url = smtpUrl();
    transporter = url ? nodemailer.createTransport(url) : null;
  }
  return transporter;
}

/**
 * Sends one queued mail unless it was sent already: a retried job (after a crash between the
 * relay's acceptance and our commit) then sends nothing twice from a second worker.
 */
export async function deliverMail(mailId: string): Promise<"sent" | "kept" | "already-sent"> {
  const mail = await db.outgoingMail.findUnique({ where: { id: mailId } });
  if (!mail || mail.sentAt) return "already-sent";
  const t = transport();
  if (!t) {
    await db.outgoingMail.update({ where: { id: mailId }, data: { sentAt: new Date(), attempts: { increment: 1 } } });
    return "kept";
  }
  try {
    await t.sendMail({ from: mailFrom(), replyTo: mailReplyTo() ?? undefined, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
  } catch (err) {
    await db.outgoingMail.update({ where: { id: mailId }, data: { attempts: { increment: 1 }, lastError: err instanceof Error ? err.message.slice(0, 500) : "okänt fel" } });
    throw err; // graphile-worker retries with exponential back-off
  }
  await db.outgoingMail.update({ where: { id: mailId }, data: { sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
  return "sent";
}
