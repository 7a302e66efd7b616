import type { Metadata } from "next";
import Link from "next/link";
import { requireOfficer } from "@/lib/authz/guard";
import { formatDateTime } from "@/lib/format";
import { monthLabel } from "@/features/periodic-reports/rules";
import { listReceivedReports } from "@/features/periodic-reports/officer-review";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { Alert } from "@/components/ui/alert";

const DONE: Record<string, string> = {
  godkand: "Redovisningen är godkänd. Leverantören ser beslutet.",
  "ej-godkand": "Redovisningen är inte godkänd. Leverantören ser motiveringen.",
};

export const metadata: Metadata = { title: "Periodiska redovisningar" };

export default async function ReportQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireOfficer();
  const sp = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(sp.sida ?? "1", 10) || 1));
  const list = await listReceivedReports(actor, page);
  return (
    <>
      <Breadcrumbs items={[{ href: "/handlaggare", label: "Översikt" }, { label: "Periodiska redovisningar" }]} />
      <h1 className="mb-2 text-2xl font-semibold">Periodiska redovisningar att besluta om</h1>
      <p className="mb-4">Mottagna redovisningar, den äldsta först. Godkänn eller godkänn inte med ett skäl som leverantören ser.</p>
      {sp.beslut && DONE[sp.beslut] ? <Alert tone="success">{DONE[sp.beslut]}</Alert> : null}
      <div className="overflow-x-auto rounded bg-white shadow">
        <table className="stack-table w-full text-left text-sm">
          <caption className="sr-only">Mottagna periodiska redovisningar</caption>
          <thead className="bg-af-blue-light">
            <tr>
              <th scope="col" className="p-2">Inskickad</th>
              <th scope="col" className="p-2">Deltagare</th>
              <th scope="col" className="p-2">Månad</th>
              <th scope="col" className="p-2">Genomförandereferens</th>
              <th scope="col" className="p-2">Leverantör / verksamhet</th>
              <th scope="col" className="p-2">Version</th>
            </tr>
          </thead>
          <tbody data-testid="report-queue">
            {list.rows.map((r) => (
              <tr key={r.id} className="border-t align-top">
                <td data-label="Inskickad" className="p-2 md:whitespace-nowrap">{formatDateTime(r.submittedAt)}</td>
                <td data-label="Deltagare" className="p-2">
                  <Link prefetch={false} href={`/handlaggare/redovisningar/${r.id}`} className="font-medium text-af-accent underline">{r.name}</Link>
                </td>
                <td data-label="Månad" className="p-2 md:whitespace-nowrap">{monthLabel(r.month)}</td>
                <td data-label="Genomförandereferens" className="p-2">{r.implementationReference}</td>
                <td data-label="Leverantör / verksamhet" className="p-2">{r.supplierName}<br /><span className="text-gray-700">{r.unitName}</span></td>
                <td data-label="Version" className="p-2">{r.version}{r.version > 1 ? " (rättelse)" : ""}{r.superseded ? ", ersatt" : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.rows.length === 0 ? <p className="p-4">Inga redovisningar väntar på beslut.</p> : null}
      </div>
      <Pagination total={list.total} totalIsCapped={list.totalIsCapped} page={list.page} pageSize={list.pageSize} basePath="/handlaggare/redovisningar" params={{}} />
    </>
  );
}
