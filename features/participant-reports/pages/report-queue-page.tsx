import type { Metadata } from "next";
import Link from "next/link";
import { requireOfficer } from "@/lib/authz/guard";
import { QUEUE_AGE_OPTIONS, reportQueue } from "@/features/participant-reports/queries";
import { kindFromSlug, REPORT_KIND_LABELS, REPORT_KIND_SLUGS, REPORT_KINDS } from "@/features/participant-reports/labels";
import { formatDateTime } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { filterFormKey } from "@/components/ui/filter-form-key";

export const metadata: Metadata = { title: "Rapporter att besluta" };

const DONE: Record<string, string> = {
  godkand: "Rapporten är godkänd. Leverantören ser beslutet.",
  "ej-godkand": "Rapporten är inte godkänd. Leverantören ser motiveringen.",
};

const days = (n: number) => (n === 1 ? "1 dag" : `${n} dagar`);

export async function ReportQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireOfficer();
  const sp = await searchParams;
  const kind = kindFromSlug(sp.typ);
  const age = QUEUE_AGE_OPTIONS.find((n) => String(n) === sp.alder) ?? null;
  const page = Number.parseInt(sp.sida ?? "1", 10);
  const queue = await reportQueue(actor, { kind, olderThanDays: age, page: Number.isFinite(page) && page > 0 ? page : 1 });
  const done = sp.beslut ? DONE[sp.beslut] : undefined;
  const filtered = kind !== null || age !== null;
  return (
    <>
      <Breadcrumbs items={[{ href: "/handlaggare", label: "Översikt" }, { label: "Rapporter" }]} />
      <h1 className="mb-2 text-2xl font-semibold">Rapporter att besluta</h1>
      <p className="mb-4">Mottagna rapporter från leverantörerna, äldst först. En rapport som har rättats visas inte; rättelsen beslutas i stället.</p>
      {done ? <Alert tone="success">{done}</Alert> : null}
      <form key={filterFormKey({ kind, age })} className="mb-4 flex flex-wrap items-end gap-3 rounded bg-white p-4 shadow" aria-label="Filtrera rapporter">
        <div>
          <label htmlFor="typ" className="mb-1 block font-medium">Typ av rapport</label>
          <select id="typ" name="typ" defaultValue={kind ? REPORT_KIND_SLUGS[kind] : ""} className={inputClass}>
            <option value="">Alla</option>
            {REPORT_KINDS.map((k) => <option key={k} value={REPORT_KIND_SLUGS[k]}>{REPORT_KIND_LABELS[k]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="alder" className="mb-1 block font-medium">Mottagen för</label>
          <select id="alder" name="alder" defaultValue={age ? String(age) : ""} className={inputClass}>
            <option value="">När som helst</option>
            {QUEUE_AGE_OPTIONS.map((n) => <option key={n} value={n}>Minst {days(n)} sedan</option>)}
          </select>
        </div>
        <Button type="submit">Filtrera</Button>
        {filtered ? <Link href="/handlaggare/rapporter" className="min-h-11 px-2 py-2 text-af-accent underline">Visa alla</Link> : null}
      </form>
      <div className="overflow-x-auto rounded bg-white shadow">
        <table className="stack-table w-full text-left text-sm">
          <caption className="sr-only">Rapporter som väntar på beslut{filtered ? ", filtrerade" : ""}</caption>
          <thead className="bg-af-blue-light">
            <tr>
              <th scope="col" className="p-2">Rapport</th>
              <th scope="col" className="p-2">Deltagare</th>
              <th scope="col" className="p-2">Genomförandereferens</th>
              <th scope="col" className="p-2">Leverantör / verksamhet</th>
              <th scope="col" className="p-2">Mottagen</th>
              <th scope="col" className="p-2">Ålder</th>
            </tr>
          </thead>
          <tbody data-testid="report-queue">
            {queue.rows.map((r) => (
              <tr key={r.id} className="border-t align-top">
                <td data-label="Rapport" className="p-2">
                  <Link prefetch={false} href={`/handlaggare/rapporter/${r.id}`} className="font-medium text-af-accent underline">
                    {r.kindLabel}<span className="sr-only">, {r.name}</span>
                  </Link>
                  {r.isCorrection ? <><br /><span className="text-gray-700">Rättelse</span></> : null}
                </td>
                <td data-label="Deltagare" className="p-2">{r.name}</td>
                <td data-label="Genomförandereferens" className="p-2">{r.implementationReference}</td>
                <td data-label="Leverantör / verksamhet" className="p-2">{r.supplierName}<br /><span className="text-gray-700">{r.unitName}</span></td>
                <td data-label="Mottagen" className="p-2 md:whitespace-nowrap">{formatDateTime(r.submittedAt)}</td>
                <td data-label="Ålder" className="p-2 md:whitespace-nowrap">{r.ageDays === 0 ? "I dag" : days(r.ageDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {queue.rows.length === 0 ? <p className="p-4">{filtered ? "Inga rapporter matchar filtret." : "Inga rapporter väntar på beslut."}</p> : null}
      </div>
      <Pagination total={queue.total} totalIsCapped={queue.totalIsCapped} page={queue.page} pageSize={queue.pageSize} basePath="/handlaggare/rapporter"
        params={{ typ: kind ? REPORT_KIND_SLUGS[kind] : undefined, alder: age ? String(age) : undefined }} />
    </>
  );
}
