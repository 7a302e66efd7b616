// Reading what the portal queued for a mailbox: the link inside is how a person follows it.
import { db } from "@/lib/db";

async function latestText(to: string, kind?: string): Promise<string> {
  const mail = await db.outgoingMail.findFirst({ where: { to: to.toLowerCase(), ...(kind ? { kind } : {}) }, orderBy: { createdAt: "desc" } });
  if (!mail) throw new Error(`No mail to ${to}`);
  return mail.text;
}

export async function invitationTokenFor(to: string): Promise<string> {
  const m = /\/inbjudan\/([\w-]+)/.exec(await latestText(to));
  if (!m) throw new Error(`No invitation link in the latest mail to ${to}`);
  return m[1];
}

export async function resetTokenFor(to: string): Promise<string> {
  const m = /\/aterstall-losenord\/([\w-]+)/.exec(await latestText(to, "password-reset"));
  if (!m) throw new Error(`No reset link in the latest mail to ${to}`);
  return m[1];
}

export function mailsTo(to: string) {
  return db.outgoingMail.findMany({ where: { to: to.toLowerCase() }, orderBy: { createdAt: "asc" } });
}
