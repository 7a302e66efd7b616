import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { canAt } from "@/lib/authz/permissions";
import { getOrder } from "@/features/orders/queries";
import { ORDER_STATE_LABELS, ORDER_STATE_TONES } from "@/features/orders/order-labels";
import { PAYMENT_TERMS_NOTE, shortDate } from "@/features/orders/invoicing-rules";
import { formatDate, formatDateTime, formatOre } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Alert } from "@/components/ui/alert";
import { SERVICE_VERSION_LABELS } from "@/features/decisions/labels";
import { CreateInvoiceButton, CreditInvoiceButton } from "@/features/orders/components/invoice-buttons";
import { ScrollBox } from "@/components/ui/scroll-box";
import { Detail, DetailList } from "@/components/ui/detail-list";

export const metadata: Metadata = { title: "Beställning" };


const LINE_TONES: Record<string, string> = {
  OPEN: "text-gray-800",
  DELIVERED: "font-medium text-amber-900",
  INVOICED: "font-medium text-green-900",
  CREDITED: "font-medium text-red-900",
};

export async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff("seeOrders");
  const { id } = await params;
  const o = await getOrder(actor, id).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const mayReport = canAt(actor, "reportOnParticipants", { supplierId: actor.supplierId, unitId: o.unitId });
  const toInvoice = o.lines.filter((l) => l.mayInvoice.ok);
  // A result order is a lump sum per part, delivered by the approved result, not by monthly reports.
  const lumpSum = o.kind === "RESULT";
  // A result part delivered but not yet due: say when, rather than only "Att fakturera".
  const nextDate = o.nextInvoiceableFrom;

  return (
    <>
      <Breadcrumbs items={[{ href: "/start", label: "Hem" }, { href: "/bestallningar", label: "Beställningar" }, { label: `Order ${o.orderNumber}` }]} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Beställning {o.orderNumber}</h1>
        <a href={`/bestallningar/${o.id}/order.xml`} className="inline-flex min-h-11 items-center rounded border border-af-blue bg-white px-4 py-2 font-medium text-af-blue hover:bg-af-blue-light" download>
          Ladda ner order (PEPPOL XML)
        </a>
      </div>

      <section aria-labelledby="om-ordern" className="mb-4 rounded bg-white p-4 shadow">
        <h2 id="om-ordern" className="mb-2 text-lg font-semibold">Om beställningen</h2>
        <DetailList testId="order-details">
          <Detail term="Status">
            <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${ORDER_STATE_TONES[o.state]}`}>{ORDER_STATE_LABELS[o.state]}</span>
            {o.state === "delivered" && toInvoice.length === 0 && nextDate ? <span className="ml-2 text-sm">Kan faktureras från {formatDate(nextDate)}</span> : null}
          </Detail>
          <Detail term="Deltagare">{mayReport ? <Link href={`/deltagare/${o.decisionId}`} className="text-af-accent underline">{o.participantName}</Link> : o.participantName}</Detail>
          <Detail term="Genomförandereferens">{o.implementationReference}</Detail>
          <Detail term="Utförande verksamhet">{o.unitName}</Detail>
          <Detail term="Tjänst och nivå">{SERVICE_VERSION_LABELS[o.serviceVersion as keyof typeof SERVICE_VERSION_LABELS] ?? o.serviceVersion}, nivå {o.level}</Detail>
          {lumpSum ? (
            <Detail term="Avser">Resultatersättning, engångsbelopp per del (godkänd resultatredovisning)</Detail>
          ) : (
            <Detail term="Leveransperiod">
              {o.deliveryPeriod ? `${formatDate(o.deliveryPeriod.start)} – ${formatDate(o.deliveryPeriod.end)}` : "Info saknas"}
              {o.period ? ` (period ${o.period.number})` : null}
            </Detail>
          )}
          <Detail term="Orderdatum">{formatDate(o.issueDate)}</Detail>
          <Detail term="Beställt belopp">{formatOre(o.totalOre)}</Detail>
          <Detail term="Betalningsvillkor">{PAYMENT_TERMS_NOTE}</Detail>
        </DetailList>
        {o.interruptionDate ? (
          <Alert tone="warning" title={`Avbrott ${formatDate(o.interruptionDate)}`}>
            Beställningen ändras inte efter ett avbrott. Fakturera bara dagarna före avbrottsdagen ({shortDate(o.interruptionDate)} räknas inte);
            portalen räknar fram dem nedan. Månader efter avbrottet kan inte faktureras.
          </Alert>
        ) : null}
      </section>

      <section aria-labelledby="rader" className="mb-4 rounded bg-white p-4 shadow">
        <h2 id="rader" className="mb-1 text-lg font-semibold">Orderrader</h2>
        <p className="mb-3 text-sm text-gray-700">
          {lumpSum
            ? "En rad per del av resultatersättningen. Resultatredovisningen som Arbetsförmedlingen godkände är leveransen; varje del kan faktureras från sitt datum, räknat från anställningens eller studiernas start."
            : "En rad per månad. En rad är levererad när månadens periodiska redovisning är inskickad, och kan då faktureras."}
          {toInvoice.length > 0 ? ` ${toInvoice.length === 1 ? "1 rad kan" : `${toInvoice.length} rader kan`} faktureras nu.` : " Ingen rad kan faktureras nu."}
        </p>
        <ScrollBox label={`Orderrader för beställning ${o.orderNumber}`}>
          <table className="stack-table w-full text-left text-sm">
            <caption className="sr-only">Orderrader för beställning {o.orderNumber}</caption>
            <thead className="bg-af-blue-light">
              <tr>
                <th scope="col" className="p-2">Rad</th>
                <th scope="col" className="p-2">Avser</th>
                <th scope="col" className="p-2 text-right">Beställt</th>
                <th scope="col" className="p-2 text-right">À-pris</th>
                <th scope="col" className="p-2 text-right">Belopp</th>
                <th scope="col" className="p-2">Leverans</th>
                <th scope="col" className="p-2">Status</th>
                <th scope="col" className="p-2">Att fakturera nu</th>
              </tr>
            </thead>
            <tbody>
              {o.lines.map((l) => (
                <tr key={l.id} className="border-t align-top">
                  <th scope="row" data-label="Rad" className="p-2 font-normal">{l.lineNumber}</th>
                  <td data-label="Avser" className="p-2">{l.description}</td>
                  <td data-label="Beställt" className="p-2 text-right whitespace-nowrap">{l.month === null ? `${l.quantityDays} st` : `${l.quantityDays} ${l.quantityDays === 1 ? "dag" : "dagar"}`}</td>
                  <td data-label="À-pris" className="p-2 text-right whitespace-nowrap">{formatOre(l.unitPriceOre)}</td>
                  <td data-label="Belopp" className="p-2 text-right whitespace-nowrap">{formatOre(l.amountOre)}</td>
                  <td data-label="Leverans" className="p-2">
                    {lumpSum ? (
                      l.state === "CANCELLED" ? (
                        <span className="text-gray-700">Ersatt av rättad resultatredovisning</span>
                      ) : (
                        <>
                          Godkänd resultatredovisning
                          {l.deliveredAt ? <span className="block text-gray-700">{formatDateTime(l.deliveredAt)}</span> : null}
                          {l.invoiceableFrom ? <span className="block">Kan faktureras från {formatDate(l.invoiceableFrom)}</span> : null}
                        </>
                      )
                    ) : l.delivery ? (
                      <>
                        {mayReport && l.month ? (
                          <Link href={`/deltagare/${o.decisionId}/redovisning/${l.month.slice(0, 7)}`} className="text-af-accent underline">
                            Periodisk redovisning, version {l.delivery.version}
                          </Link>
                        ) : (
                          <>Periodisk redovisning, version {l.delivery.version}</>
                        )}
                        {l.deliveredAt ? <span className="block text-gray-700">{formatDateTime(l.deliveredAt)}</span> : null}
                      </>
                    ) : (
                      <span className="text-gray-700" aria-label="Ingen leverans än">–</span>
                    )}
                  </td>
                  <td data-label="Status" className={`p-2 ${LINE_TONES[l.state] ?? ""}`}>{l.stateLabel}</td>
                  <td data-label="Att fakturera nu" className="p-2">
                    {l.state === "DELIVERED" ? (
                      <>
                        {l.month === null ? (
                          <p className="mb-2"><strong>{formatOre(l.invoiceable.amountOre)}</strong> (engångsbelopp)</p>
                        ) : (
                          <>
                            <p>
                              <strong>{l.invoiceable.days} {l.invoiceable.days === 1 ? "dag" : "dagar"}</strong> × {formatOre(l.unitPriceOre)} ={" "}
                              <strong>{formatOre(l.invoiceable.amountOre)}</strong>
                            </p>
                            <p className="mb-2 text-gray-700">Beräkning: {l.invoiceable.explanation}</p>
                          </>
                        )}
                        {l.mayInvoice.ok ? (
                          <CreateInvoiceButton
                            orderLineId={l.id}
                            label={`rad ${l.lineNumber}, ${l.description}`}
                            summary={l.month === null ? `${formatOre(l.invoiceable.amountOre)} (engångsbelopp).` : `${l.invoiceable.days} dagar, ${formatOre(l.invoiceable.amountOre)}. ${l.invoiceable.explanation}`}
                          />
                        ) : (
                          <p className="text-red-800">{l.mayInvoice.message}</p>
                        )}
                      </>
                    ) : l.state === "INVOICED" ? (
                      <span className="text-gray-700">Fakturerad</span>
                    ) : l.state === "CANCELLED" ? (
                      <span className="text-gray-700">Makulerad, ska inte faktureras</span>
                    ) : (
                      l.invoiceable.days === 0 ? (
                        // The why is long (an interruption's calculation): one line, the rest on request.
                        <details className="text-gray-700">
                          <summary className="cursor-pointer">Inget att fakturera</summary>
                          <p className="mt-1">{l.invoiceable.explanation}</p>
                        </details>
                      ) : (
                        <span className="text-gray-700">Väntar på leverans</span>
                      )
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </section>

      <section aria-labelledby="fakturor" className="rounded bg-white p-4 shadow">
        <h2 id="fakturor" className="mb-1 text-lg font-semibold">Fakturor och kreditnotor</h2>
        <p className="mb-3 text-sm text-gray-700">
          En felaktig faktura krediteras i sin helhet; sedan kan en ny, rättad faktura skapas för samma månad. Alla fakturor och kreditnotor finns kvar här.
        </p>
        {o.invoices.length === 0 ? (
          <p>Inga fakturor än.</p>
        ) : (
          <ScrollBox label={`Fakturor och kreditnotor för beställning ${o.orderNumber}`}>
            {/* Six columns, so that the actions fit a laptop screen (issue #14); stacked on a phone. */}
            <table className="stack-table w-full text-left text-sm">
              <caption className="sr-only">Fakturor och kreditnotor för beställning {o.orderNumber}</caption>
              <thead className="bg-af-blue-light">
                <tr>
                  <th scope="col" className="p-2">Nummer</th>
                  <th scope="col" className="p-2">Avser</th>
                  <th scope="col" className="p-2">Datum</th>
                  <th scope="col" className="p-2 text-right">Belopp</th>
                  <th scope="col" className="p-2">Koppling</th>
                  <th scope="col" className="p-2">Fil och åtgärd</th>
                </tr>
              </thead>
              <tbody>
                {o.invoices.map((inv) => {
                  const line = o.lines.find((l) => l.id === inv.orderLineId);
                  return (
                    <tr key={inv.id} className="border-t align-top">
                      <td className="p-2 font-medium whitespace-nowrap">
                        {inv.invoiceNumber}
                        <span className="block font-normal">{inv.kindLabel}</span>
                      </td>
                      <td className="p-2" data-label="Avser">Rad {inv.lineNumber}{line ? `, ${line.description}` : ""}</td>
                      <td className="p-2 whitespace-nowrap" data-label="Datum">
                        {formatDate(inv.issueDate)}
                        {inv.kind === "INVOICE" ? <span className="block text-gray-700">förfaller {formatDate(inv.dueDate)}</span> : null}
                      </td>
                      <td className="p-2 whitespace-nowrap md:text-right" data-label="Belopp">
                        {formatOre(inv.amountOre)}
                        <span className="block text-gray-700">{line?.month === null ? `${inv.quantityDays} st` : `${inv.quantityDays} ${inv.quantityDays === 1 ? "dag" : "dagar"}`}</span>
                      </td>
                      <td className="p-2" data-label="Koppling">
                        {inv.credits ? `Krediterar ${inv.credits.invoiceNumber}` : inv.creditedBy ? `Krediterad av ${inv.creditedBy.invoiceNumber}` : "–"}
                      </td>
                      <td className="p-2">
                        <a href={`/fakturor/${inv.id}/xml`} className="text-af-accent underline" download>
                          Ladda ner XML<span className="sr-only"> för {inv.kindLabel.toLowerCase()} {inv.invoiceNumber}</span>
                        </a>
                        {inv.mayCredit ? <div className="mt-2"><CreditInvoiceButton invoiceId={inv.id} invoiceNumber={inv.invoiceNumber} /></div> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
        )}
      </section>
    </>
  );
}
