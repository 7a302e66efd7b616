import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireOfficer } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { formatDateTime } from "@/lib/format";
import { REPORT_STATUS_LABELS, monthLabel } from "@/features/periodic-reports/rules";
import { getPeriodicReportForOfficer } from "@/features/periodic-reports/officer-review";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Alert } from "@/components/ui/alert";
import { PeriodicSummary } from "@/features/periodic-reports/components/periodic-summary";
import { DecideForm } from "@/features/periodic-reports/components/decide-report-form";

export const metadata: Metadata = { title: "Periodisk redovisning" };

export async function OfficerReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireOfficer();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const view = await getPeriodicReportForOfficer(actor, id).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const { report: r, decision: d } = view;
  const label = monthLabel(view.month);
  const latest = view.versions[view.versions.length - 1];
  return (
    <>
      <Breadcrumbs items={[{ href: "/handlaggare", label: "Översikt" }, { href: "/handlaggare/redovisningar", label: "Periodiska redovisningar" }, { label: `${d.participantName}, ${label}` }]} />
      <h1 className="mb-1 text-2xl font-semibold">Periodisk redovisning, {label}</h1>
      <p className="mb-4 text-gray-700">
        <Link href={`/handlaggare/beslut/${d.id}`} className="text-af-accent underline">{d.participantName}</Link>, {d.supplierName}, {d.unitName}, genomförandereferens {d.implementationReference}
      </p>
      <section aria-labelledby="redovisning" className="mb-4 rounded bg-white p-4 shadow">
        <h2 id="redovisning" className="mb-2 text-lg font-semibold">
          Version {r.version}{r.supersedesId ? " (rättelse)" : ""}: {r.status ? REPORT_STATUS_LABELS[r.status] : ""}
        </h2>
        <p className="mb-2 text-sm">
          Inskickad {r.submittedAt ? formatDateTime(r.submittedAt) : ""}{r.submittedBy ? ` av ${r.submittedBy}` : ""}.
          {r.decidedAt && r.status !== "RECEIVED" ? ` Beslutad ${formatDateTime(r.decidedAt)}${r.decidedBy ? ` av ${r.decidedBy}` : ""}.` : ""}
        </p>
        {r.status === "REJECTED" && r.statusReason ? <Alert tone="warning" title="Skäl">{r.statusReason}</Alert> : null}
        {r.superseded ? (
          <Alert tone="info">
            Den här versionen har ersatts av en rättelse.{" "}
            <Link href={`/handlaggare/redovisningar/${latest.id}`} className="underline">Till den senaste versionen ({latest.version})</Link>
          </Alert>
        ) : null}
        <PeriodicSummary content={r} activityNames={view.activityNames} caption={`Timmar per dag och aktivitet, ${label}`} />
      </section>
      {!r.superseded && r.status === "RECEIVED" ? (
        <section aria-labelledby="beslut" className="mb-4 rounded bg-white p-4 shadow">
          <h2 id="beslut" className="mb-2 text-lg font-semibold">Beslut om redovisningen</h2>
          <DecideForm reportId={r.id} />
        </section>
      ) : null}
      {view.versions.length > 1 ? (
        <section aria-labelledby="versioner" className="rounded bg-white p-4 shadow">
          <h2 id="versioner" className="mb-2 text-lg font-semibold">Alla versioner för månaden</h2>
          <ul className="list-disc pl-5">
            {view.versions.map((v) => (
              <li key={v.id}>
                {v.id === r.id ? <strong>Version {v.version} (visas)</strong> : <Link href={`/handlaggare/redovisningar/${v.id}`} className="text-af-accent underline">Version {v.version}</Link>}
                {": "}{v.status ? REPORT_STATUS_LABELS[v.status] : ""}{v.submittedAt ? `, inskickad ${formatDateTime(v.submittedAt)}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-4">
        <Link href="/handlaggare/redovisningar" className="text-af-accent underline">Tillbaka till redovisningarna</Link>
      </p>
    </>
  );
}
