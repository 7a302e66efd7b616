import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { getDecisionForStaff } from "@/lib/decisions/queries";
import { formatDate } from "@/lib/format";
import { today } from "@/lib/clock";
import { SERVICE_VERSION_LABELS } from "@/components/decisions/labels";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Välkomstbrev" };

/** A print-ready welcome letter (välkomstbrev): print it, or save it as PDF from the browser. */
export default async function WelcomeLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const d = await getDecisionForStaff(actor, id).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const handledare = d.handledareHistory.find((h) => h.endedAt === null)?.handledare;
  const p = d.participant;
  const period = d.periodsIso[d.periodsIso.length - 1];
  return (
    <article className="mx-auto max-w-2xl rounded bg-white p-8 shadow print:shadow-none" aria-labelledby="brev">
      <div className="no-print mb-6 flex gap-2">
        <PrintButton />
      </div>
      <p className="text-right text-sm">{formatDate(today())}</p>
      <address className="mb-8 not-italic">
        {p.firstName} {p.lastName}
        {p.street ? <><br />{p.street}<br />{p.postalCode} {p.city}</> : null}
      </address>
      <h1 id="brev" className="mb-4 text-2xl font-semibold">Välkommen till {SERVICE_VERSION_LABELS[d.serviceVersion]}!</h1>
      <p className="mb-4">Hej {p.firstName}!</p>
      <p className="mb-4">
        Arbetsförmedlingen har beslutat att du ska delta i {SERVICE_VERSION_LABELS[d.serviceVersion]} hos {d.supplierName}. Din period pågår från{" "}
        {formatDate(period.startDate)} till {formatDate(period.endDate)}.
      </p>
      {handledare ? (
        <p className="mb-4">
          Din handledare är <strong>{handledare.name}</strong> ({handledare.email}). Din handledare kontaktar dig för att boka ett första möte
          {d.firstMeetingDate ? `, som är planerat till ${formatDate(d.firstMeetingDate)}` : ""}.
        </p>
      ) : (
        <p className="mb-4">Du får snart veta vem som blir din handledare.</p>
      )}
      <h2 className="mb-2 text-lg font-semibold">Här finns vi</h2>
      <address className="mb-4 not-italic">
        {d.supplierName}
        <br />
        {d.unit.name}
        <br />
        {d.unit.street}
        <br />
        {d.unit.postalCode} {d.unit.city}
      </address>
      <p className="mb-4">Ta med det här brevet till första mötet. Ange genomförandereferensen {d.implementationReference} om du kontaktar oss.</p>
      <p>Välkommen!</p>
      <p>{d.supplierName}</p>
    </article>
  );
}
