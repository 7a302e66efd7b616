import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { getDecisionForStaff } from "@/features/decisions/queries";
import { today } from "@/lib/clock";
import { toIsoDate } from "@/features/decisions/periods";
import { LETTER_LANGUAGES, LETTER_LANGUAGE_NAMES, letterLanguage, welcomeLetter } from "@/features/welcome-letters/welcome-letter";
import { SERVICE_VERSION_LABELS } from "@/features/decisions/labels";
import { PrintButton } from "@/features/welcome-letters/components/print-button";

export const metadata: Metadata = { title: "Välkomstbrev" };

/**
 * A print-ready welcome letter (välkomstbrev) in Swedish or English (`?sprak=en`): print it,
 * or save it as PDF from the browser. The personal identity number is never on it.
 */
export async function WelcomeLetterPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ sprak?: string | string[] }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  const language = letterLanguage((await searchParams).sprak);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const d = await getDecisionForStaff(actor, id).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const handledare = d.handledareHistory.find((h) => h.endedAt === null)?.handledare ?? null;
  const p = d.participant;
  const period = d.periodsIso[d.periodsIso.length - 1];
  const letter = welcomeLetter(language, {
    today: today(),
    firstName: p.firstName,
    serviceName: SERVICE_VERSION_LABELS[d.serviceVersion],
    supplierName: d.supplierName,
    periodStart: period.startDate,
    periodEnd: period.endDate,
    handledare,
    firstMeetingDate: d.firstMeetingDate ? toIsoDate(d.firstMeetingDate) : null,
    implementationReference: d.implementationReference,
  });
  return (
    <div className="mx-auto max-w-2xl">
      <div className="no-print mb-4 flex flex-wrap items-center justify-between gap-4">
        <nav aria-label="Brevets språk">
          <ul className="flex gap-3">
            {LETTER_LANGUAGES.map((l) => (
              <li key={l}>
                <Link
                  href={l === "sv" ? `/deltagare/${d.id}/valkomstbrev` : `/deltagare/${d.id}/valkomstbrev?sprak=${l}`}
                  lang={l}
                  hrefLang={l}
                  aria-current={l === language ? "page" : undefined}
                  className={l === language ? "font-semibold" : "text-af-accent underline"}
                >
                  {LETTER_LANGUAGE_NAMES[l]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <PrintButton />
      </div>
      <article lang={language} className="rounded bg-white p-8 shadow print:shadow-none" aria-labelledby="brev">
        <p className="text-right text-sm">{letter.date}</p>
        <address className="mb-8 not-italic">
          {p.firstName} {p.lastName}
          {p.street ? <><br />{p.street}<br />{p.postalCode} {p.city}</> : null}
        </address>
        <h1 id="brev" className="mb-4 text-2xl font-semibold">{letter.title}</h1>
        <p className="mb-4">{letter.greeting}</p>
        {letter.intro.map((text) => <p key={text} className="mb-4">{text}</p>)}
        <h2 className="mb-2 text-lg font-semibold">{letter.whereHeading}</h2>
        <address className="mb-4 not-italic">
          {d.supplierName}
          <br />
          {d.unit.name}
          <br />
          {d.unit.street}
          <br />
          {d.unit.postalCode} {d.unit.city}
        </address>
        {letter.outro.map((text) => <p key={text} className="mb-4">{text}</p>)}
        <p>{d.supplierName}</p>
      </article>
    </div>
  );
}
