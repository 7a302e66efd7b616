import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireOfficer } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { today as clockToday } from "@/lib/clock";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { getParticipantReportForOfficer } from "@/features/participant-reports/queries";
import { REPORT_STATUS_LABELS } from "@/features/participant-reports/labels";
import type { DetailGroup } from "@/features/participant-reports/describe";
import { formatDate, formatDateTime } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Alert } from "@/components/ui/alert";
import { StateBadge } from "@/features/decisions/components/state-badge";
import { SERVICE_VERSION_LABELS } from "@/features/decisions/labels";
import { DecideReportForm } from "@/features/participant-reports/components/decide-report-form";

export const metadata: Metadata = { title: "Rapport" };

const STATUS_TONES: Record<ReportStatus, string> = {
  RECEIVED: "bg-af-blue-light text-af-blue border border-af-blue",
  APPROVED: "bg-green-100 text-green-900 border border-green-800",
  REJECTED: "bg-red-100 text-red-900 border border-red-800",
};

function Status({ status }: { status: ReportStatus }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${STATUS_TONES[status]}`}>{REPORT_STATUS_LABELS[status]}</span>;
}

function Details({ groups }: { groups: DetailGroup[] }) {
  return groups.map((g, i) => (
    <div key={i} className="mt-2">
      {g.title ? <h3 className="font-medium">{g.title}</h3> : null}
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
        {g.rows.map((r) => (
          <div key={r.label} className="contents">
            <dt className="font-medium">{r.label}</dt>
            <dd className="whitespace-pre-line break-words">{r.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  ));
}

export async function OfficerReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireOfficer();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const data = await getParticipantReportForOfficer(actor, id, clockToday()).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const { report: r, decision: d } = data;
  const corrects = r.correctsId ? data.others.find((o) => o.id === r.correctsId) : undefined;
  return (
    <>
      <Breadcrumbs items={[{ href: "/handlaggare", label: "Översikt" }, { href: "/handlaggare/rapporter", label: "Rapporter" }, { label: `${r.kindLabel}, ${d.name}` }]} />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{r.kindLabel}: {d.name}</h1>
        <StateBadge state={d.state} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="placering" className="rounded bg-white p-4 shadow">
          <h2 id="placering" className="mb-2 text-lg font-semibold">Deltagare och tjänst</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">Genomförandereferens</dt>
            <dd><Link href={`/handlaggare/beslut/${d.id}`} className="text-af-accent underline">{d.implementationReference}</Link></dd>
            <dt className="font-medium">Tjänst</dt><dd>{SERVICE_VERSION_LABELS[d.serviceVersion]}, nivå {d.level}</dd>
            <dt className="font-medium">Leverantör</dt><dd>{d.supplierName}</dd>
            <dt className="font-medium">Utförande verksamhet</dt><dd>{d.unitName}</dd>
            <dt className="font-medium">I tjänsten</dt><dd>{formatDate(d.serviceStart)} – {formatDate(d.lastDay)}</dd>
            {r.kind === "FINAL" ? (<><dt className="font-medium">Sista dag för slutredovisning</dt><dd>{formatDate(d.finalDeadline)}{r.late ? " (skickad för sent)" : ""}</dd></>) : null}
          </dl>
        </section>
        <section aria-labelledby="rapporten" className="rounded bg-white p-4 shadow">
          <h2 id="rapporten" className="mb-2 text-lg font-semibold">Rapporten</h2>
          <p className="mb-2"><Status status={r.status} />{r.correctsId ? <span className="ml-2 text-sm font-medium">Rättelse</span> : null}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">Mottagen</dt><dd>{formatDateTime(r.submittedAt)}{r.submittedBy ? ` från ${r.submittedBy}` : ""}</dd>
            {r.decidedAt ? (<><dt className="font-medium">Beslut</dt><dd>{formatDateTime(r.decidedAt)}{r.decidedBy ? ` av ${r.decidedBy}` : ""}</dd></>) : null}
            {r.statusReason ? (<><dt className="font-medium">Motivering</dt><dd className="whitespace-pre-line">{r.statusReason}</dd></>) : null}
            {corrects ? (<><dt className="font-medium">Rättar</dt><dd><Link href={`/handlaggare/rapporter/${corrects.id}`} className="text-af-accent underline">Rapporten mottagen {formatDateTime(corrects.submittedAt)}</Link> ({corrects.statusLabel})</dd></>) : null}
            {r.correctedById ? (<><dt className="font-medium">Rättad av</dt><dd><Link href={`/handlaggare/rapporter/${r.correctedById}`} className="text-af-accent underline">Den senare rättelsen</Link></dd></>) : null}
          </dl>
          <Details groups={r.details} />
        </section>
      </div>
      <section aria-labelledby="beslut-rubrik" className="mt-4 rounded bg-white p-4 shadow">
        <h2 id="beslut-rubrik" className="mb-2 text-lg font-semibold">Beslut</h2>
        {data.decidable === null && data.resultOrder ? (
          <Alert tone="warning" title="Rättar en godkänd resultatredovisning">
            Deltagaren har redan resultatbeställning {data.resultOrder}. Godkänns rättelsen ändras den beställningen: delar som inte är fakturerade
            ersätts av rättelsens; ingen ny beställning skapas.
          </Alert>
        ) : null}
        {data.decidable === null ? (
          <DecideReportForm reportId={r.id} />
        ) : (
          <Alert tone="info">{data.decidable}</Alert>
        )}
      </section>
      <section aria-labelledby="andra" className="mt-4 rounded bg-white p-4 shadow">
        <h2 id="andra" className="mb-2 text-lg font-semibold">Deltagarens andra rapporter</h2>
        {data.others.length ? (
          <ul className="space-y-1 text-sm">
            {data.others.map((o) => (
              <li key={o.id}>
                <Link href={`/handlaggare/rapporter/${o.id}`} className="text-af-accent underline">{o.kindLabel}</Link>, mottagen {formatDateTime(o.submittedAt)}: {o.statusLabel}
                {o.correctedById ? " (rättad)" : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p>Inga andra rapporter.</p>
        )}
      </section>
      <p className="mt-4">
        <Link href="/handlaggare/rapporter" className="text-af-accent underline">Tillbaka till rapporterna</Link>
      </p>
    </>
  );
}
