import type { Metadata } from "next";
import { requireOfficer } from "@/lib/authz/guard";
import { today as clockToday } from "@/lib/clock";
import { addCalendarDays } from "@/features/decisions/periods";
import { listPrices, PRICE_STATUS_LABELS } from "@/features/orders/invoicing";
import { ARTICLE_LABELS } from "@/features/orders/order-labels";
import { formatDate, formatOre } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SERVICE_VERSION_LABELS } from "@/features/decisions/labels";
import { PriceForm } from "@/features/orders/components/price-form";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Prislista" };

const STATUS_TONES = {
  "in-force": "bg-green-100 text-green-900 border border-green-800",
  planned: "bg-amber-100 text-amber-900 border border-amber-800",
  replaced: "bg-gray-100 text-gray-900 border border-gray-700",
} as const;

export async function PriceListPage() {
  const actor = await requireOfficer();
  const today = clockToday();
  const prices = await listPrices(actor, today);
  const versions = (["ROM2", "ROM1"] as const).filter((v) => prices.some((p) => p.serviceVersion === v));

  return (
    <>
      <Breadcrumbs items={[{ href: "/handlaggare", label: "Översikt" }, { label: "Prislista" }]} />
      <h1 className="mb-2 text-2xl font-semibold">Prislista</h1>
      <p className="mb-4 max-w-3xl">
        Ersättningen per tjänst, nivå och artikel. Ett nytt pris gäller från ett datum efter i dag. Priser som redan gäller och befintliga
        beställningar ändras aldrig: en beställning behåller priset från den dag den skapades.
      </p>

      <section aria-labelledby="nytt-pris" className="mb-6 rounded bg-white p-4 shadow">
        <h2 id="nytt-pris" className="mb-2 text-xl font-semibold">Nytt pris</h2>
        <PriceForm tomorrow={addCalendarDays(today, 1)} />
      </section>

      {versions.length === 0 ? <p>Prislistan är tom.</p> : null}
      {versions.map((v) => (
        <section key={v} aria-labelledby={`priser-${v}`} className="mb-6 rounded bg-white p-4 shadow">
          <h2 id={`priser-${v}`} className="mb-2 text-xl font-semibold">{SERVICE_VERSION_LABELS[v]}</h2>
          <ScrollBox label={`Priser för ${SERVICE_VERSION_LABELS[v]}`}>
            <table className="stack-table w-full text-left text-sm">
              <caption className="sr-only">Priser för {SERVICE_VERSION_LABELS[v]}</caption>
              <thead className="bg-af-blue-light">
                <tr>
                  <th scope="col" className="p-2">Artikel</th>
                  <th scope="col" className="p-2">Nivå</th>
                  <th scope="col" className="p-2 text-right">Belopp</th>
                  <th scope="col" className="p-2">Gäller från</th>
                  <th scope="col" className="p-2">Status</th>
                </tr>
              </thead>
              <tbody>
                {prices
                  .filter((p) => p.serviceVersion === v)
                  .sort((a, b) => a.article.localeCompare(b.article) || a.level.localeCompare(b.level) || b.validFrom.localeCompare(a.validFrom))
                  .map((p) => (
                    <tr key={p.id} className="border-t">
                      <td data-label="Artikel" className="p-2">{ARTICLE_LABELS[p.article]}</td>
                      <td data-label="Nivå" className="p-2">{p.level}</td>
                      <td data-label="Belopp" className="p-2 text-right md:whitespace-nowrap">
                        {formatOre(p.amountOre)}
                        {p.article === "BASE_PER_DAY" ? <span className="text-gray-700"> per dag</span> : null}
                      </td>
                      <td data-label="Gäller från" className="p-2 md:whitespace-nowrap">{formatDate(p.validFrom)}</td>
                      <td data-label="Status" className="p-2">
                        <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${STATUS_TONES[p.status]}`}>{PRICE_STATUS_LABELS[p.status]}</span>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </ScrollBox>
        </section>
      ))}
    </>
  );
}
