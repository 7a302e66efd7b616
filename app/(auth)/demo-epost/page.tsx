import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { latestDemoMails } from "@/features/demo/outbox";
import { mailCatcherEnabled } from "@/lib/mail/config";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Demons e-post" };
export const dynamic = "force-dynamic";

// The embedded demo's mailbox: what the portal has sent, readable without a mail server.
// It exists only when MAIL_CATCHER=1 and no SMTP relay is configured (npm run portal on the
// embedded database); anywhere else it is a 404.
export default async function DemoMailPage() {
  if (!mailCatcherEnabled()) notFound();
  const mails = await latestDemoMails();
  return (
    <main id="innehall" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="mb-2 text-2xl font-semibold">Skickad e-post (demo)</h1>
      <p className="mb-6">
        Portalen körs utan e-postserver, så här visas det som skulle ha skickats. Sidan finns bara i demoläget. Sätt SMTP_URL för att skicka på riktigt.
      </p>
      {mails.length === 0 ? <p>Inget skickat än.</p> : null}
      <ol className="space-y-4">
        {mails.map((m) => (
          <li key={m.id} className="rounded bg-white p-4 shadow">
            <h2 className="text-lg font-semibold">{m.subject}</h2>
            <p className="mb-2 text-sm text-gray-700">
              Till {m.to} · {formatDateTime(m.createdAt)}
            </p>
            <pre className="whitespace-pre-wrap break-words font-sans">
              {m.text.split(/(https?:\/\/\S+)/).map((part, i) =>
                /^https?:\/\//.test(part) ? <a key={i} href={part} className="text-af-accent underline">{part}</a> : part,
              )}
            </pre>
          </li>
        ))}
      </ol>
    </main>
  );
}
