import type { Metadata } from "next";
import Link from "next/link";
import { requireOfficer } from "@/lib/authz/guard";
import { planningQueue } from "@/features/planning/officer-review";
import { formatDate, formatDateTime } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { SERVICE_VERSION_LABELS } from "@/features/decisions/labels";

export const metadata: Metadata = { title: "Planeringar att besluta" };

const DONE: Record<string, string> = {
  godkand: "Planeringen är godkänd.",
  "ej-godkand": "Planeringen är inte godkänd. Leverantören ser motiveringen.",
};

export async function PlanningQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireOfficer();
  const sp = await searchParams;
  const page = Number.parseInt(sp.sida ?? "1", 10);
  const queue = await planningQueue(actor, { page: Number.isFinite(page) && page > 0 ? page : 1 });
  const done = sp.beslut ? DONE[sp.beslut] : undefined;
  return (
    <>
      <Breadcrumbs items={[{ href: "/handlaggare", label: "Översikt" }, { label: "Planeringar" }]} />
      <h1 className="mb-2 text-2xl font-semibold">Gemensamma planeringar att besluta</h1>
      <p className="mb-4">
        Den senaste inskickade versionen för varje period, äldst först. När en planering godkänns skapas periodens beställning.
      </p>
      {done ? (
        <Alert tone="success">
          {done}
          {sp.order && /^IO-\d{4}-\d{8}$/.test(sp.order) ? ` Beställning ${sp.order}.` : ""}
        </Alert>
      ) : null}
      <div className="overflow-x-auto rounded bg-white shadow">
        <table className="stack-table w-full text-left text-sm">
          <caption className="sr-only">Planeringar som väntar på beslut</caption>
          <thead className="bg-af-blue-light">
            <tr>
              <th scope="col" className="p-2">Deltagare</th>
              <th scope="col" className="p-2">Genomförandereferens</th>
              <th scope="col" className="p-2">Leverantör / verksamhet</th>
              <th scope="col" className="p-2">Tjänst och nivå</th>
              <th scope="col" className="p-2">Period</th>
              <th scope="col" className="p-2">Version</th>
              <th scope="col" className="p-2">Inskickad</th>
            </tr>
          </thead>
          <tbody data-testid="planning-queue">
            {queue.rows.map((r) => (
              <tr key={r.id} className="border-t align-top">
                <td data-label="Deltagare" className="p-2">
                  <Link prefetch={false} href={`/handlaggare/planeringar/${r.id}`} className="font-medium text-af-accent underline">
                    {r.name}<span className="sr-only">, planering version {r.version}</span>
                  </Link>
                </td>
                <td data-label="Genomförandereferens" className="p-2">{r.implementationReference}</td>
                <td data-label="Leverantör / verksamhet" className="p-2">{r.supplierName}<br /><span className="text-gray-700">{r.unitName}</span></td>
                <td data-label="Tjänst och nivå" className="p-2">{SERVICE_VERSION_LABELS[r.serviceVersion]}, nivå {r.level}</td>
                <td data-label="Period" className="p-2 md:whitespace-nowrap">{r.periodNumber}<br /><span className="text-gray-700">{formatDate(r.periodStart)} – {formatDate(r.periodEnd)}</span></td>
                <td data-label="Version" className="p-2">{r.version}{r.isUpdate ? <><br /><span className="text-gray-700">Uppdatering av godkänd</span></> : null}</td>
                <td data-label="Inskickad" className="p-2 md:whitespace-nowrap">{formatDateTime(r.submittedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {queue.rows.length === 0 ? <p className="p-4">Inga planeringar väntar på beslut.</p> : null}
      </div>
      <Pagination total={queue.total} totalIsCapped={queue.totalIsCapped} page={queue.page} pageSize={queue.pageSize} basePath="/handlaggare/planeringar" params={{}} />
    </>
  );
}
