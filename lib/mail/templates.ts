// The portal's mails: Swedish, plain text and HTML, never a personnummer (only names,
// the organisation and a link). Pure functions.
export interface Mail {
  subject: string;
  text: string;
  html: string;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function layout(paragraphs: string[], link: { href: string; label: string }, after: string[]): string {
  const p = (t: string) => `<p style="margin:0 0 1em">${escape(t)}</p>`;
  return [
    `<!doctype html><html lang="sv"><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b">`,
    ...paragraphs.map(p),
    `<p style="margin:0 0 1em"><a href="${escape(link.href)}" style="display:inline-block;background:#00005a;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escape(link.label)}</a></p>`,
    `<p style="margin:0 0 1em;font-size:14px">Fungerar inte knappen? Kopiera adressen: ${escape(link.href)}</p>`,
    ...after.map(p),
    `<p style="margin:2em 0 0;font-size:14px;color:#555">Mina sidor för fristående aktörer. Svara inte på det här meddelandet.</p>`,
    `</body></html>`,
  ].join("\n");
}

function text(paragraphs: string[], link: { href: string; label: string }, after: string[]): string {
  return [...paragraphs, `${link.label}: ${link.href}`, ...after, "Mina sidor för fristående aktörer. Svara inte på det här meddelandet."].join("\n\n") + "\n";
}

function mail(subject: string, paragraphs: string[], link: { href: string; label: string }, after: string[]): Mail {
  return { subject, text: text(paragraphs, link, after), html: layout(paragraphs, link, after) };
}

/** To a person without an account: set a password, which also accepts the invitation. */
export function invitationToNewAccount(input: { name: string; organisation: string; link: string; validDays: number }): Mail {
  return mail(
    `Du har bjudits in till ${input.organisation} i Mina sidor för fristående aktörer`,
    [`Hej ${input.name}!`, `Du har bjudits in att arbeta för ${input.organisation} i Mina sidor för fristående aktörer. Välj ett lösenord för att komma igång.`],
    { href: input.link, label: "Välj lösenord" },
    [`Länken fungerar en gång och i ${input.validDays} dagar. Har du inte väntat dig inbjudan kan du bortse från det här meddelandet.`],
  );
}

/** To a person who already has an account: the membership waits until they accept it. */
export function invitationToExistingAccount(input: { name: string; organisation: string; link: string; validDays: number }): Mail {
  return mail(
    `Du har bjudits in till ${input.organisation}`,
    [`Hej ${input.name}!`, `Du har bjudits in till ${input.organisation} i Mina sidor för fristående aktörer. Logga in med ditt vanliga konto och svara på inbjudan: du kan tacka ja eller nej.`],
    { href: input.link, label: "Svara på inbjudan" },
    [`Inbjudan gäller i ${input.validDays} dagar. Tackar du inte ja får organisationen ingen tillgång till ditt konto.`],
  );
}

/** A password-reset link, asked for by the person or sent by an administrator. */
export function passwordReset(input: { name: string; link: string; validMinutes: number; byAdministrator: boolean }): Mail {
  return mail(
    "Återställ ditt lösenord till Mina sidor för fristående aktörer",
    [
      `Hej ${input.name}!`,
      input.byAdministrator
        ? "Din behörighetsadministratör har skickat en länk så att du kan välja ett nytt lösenord."
        : "Någon, förhoppningsvis du, har bett om att få återställa lösenordet till ditt konto.",
    ],
    { href: input.link, label: "Välj nytt lösenord" },
    [
      `Länken fungerar en gång och i ${input.validMinutes} minuter. När du valt ett nytt lösenord loggas alla dina inloggningar ut och en eventuell spärr hävs.`,
      "Har du inte bett om det här kan du bortse från meddelandet; ditt lösenord ändras inte.",
    ],
  );
}
