// Where mail goes. A deployment sets SMTP_URL to its relay (smtp://user:pass@relay:587 or
// smtps://…:465); MAIL_FROM and MAIL_REPLY_TO name the sender. With no SMTP_URL, mail is only
// kept in the OutgoingMail table, and MAIL_CATCHER=1 (the demo) shows it at /dev/e-post.
export function smtpUrl(): string | null {
  return process.env.SMTP_URL?.trim() || null;
}

export function mailFrom(): string {
  return process.env.MAIL_FROM?.trim() || "Mina sidor för fristående aktörer <no-reply@minasidor.example.se>";
}

export function mailReplyTo(): string | null {
  return process.env.MAIL_REPLY_TO?.trim() || null;
}

/** The demo's mailbox page: only when asked for, and never beside a real SMTP relay. */
export function mailCatcherEnabled(): boolean {
  return process.env.MAIL_CATCHER === "1" && smtpUrl() === null;
}

/** Absolute links in mails. */
export function portalUrl(path: string): string {
  const base = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return `${base}${path}`;
}
