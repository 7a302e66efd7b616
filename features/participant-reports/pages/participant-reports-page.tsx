import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { notFoundOrForbidden } from "@/features/participants/reporting-access";
import { today as clockToday } from "@/lib/clock";
import { listReports, type ReportView } from "@/features/participant-reports/queries";
import { kindFromSlug, REPORT_KIND_HINTS, REPORT_KIND_LABELS, REPORT_KIND_SLUGS, REPORT_KINDS } from "@/features/participant-reports/labels";
import { formatDate, formatDateTime } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Alert } from "@/components/ui/alert";
import { StateBadge } from "@/features/decisions/components/state-badge";
import { SERVICE_VERSION_LABELS } from "@/features/decisions/labels";
import { ReportDetails, StatusBadge } from "@/features/participant-reports/components/report-details";

export const metadata: Metadata = { title: "Rapporter" };

function ReportItem({ r, all, decisionId }: { r: ReportView; all: ReportView[]; decisionId: string }) {
  const corrects = r.correctsId ? all.find((x) => x.id === r.correctsId) : undefined;
  return (
    <li id={`rapport-${r.id}`} className="rounded border border-gray-300 p-3" data-testid="participant-report">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">{r.kindLabel}</h3>
        <StatusBadge status={r.status} />
        {r.correctsId ? <span className="text-sm font-medium">Rättelse</span> : null}
        {r.late ? <span className="text-sm font-medium text-red-900">Skickad efter sista dag</span> : null}
        {r.correctedById ? <span className="text-sm text-gray-700">Ersatt av en rättelse{r.pending ? ", beslutas inte" : ""}</span> : null}
      </div>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
        <dt className="font-medium">Skickad</dt>
        <dd>{formatDateTime(r.submittedAt)}{r.submittedBy ? ` av ${r.submittedBy}` : ""}</dd>
        {r.decidedAt ? (
          <>
            <dt className="font-medium">{r.status === "APPROVED" ? "Godkänd" : "Beslut"}</dt>
            <dd>{formatDateTime(r.decidedAt)}{r.decidedBy ? ` av ${r.decidedBy}` : ""}</dd>
          </>
        ) : null}
        {r.statusReason ? (
          <>
            <dt className="font-medium">Motivering</dt>
            <dd className="whitespace-pre-line">{r.statusReason}</dd>
          </>
        ) : null}
        {corrects ? (
          <>
            <dt className="font-medium">Rättar</dt>
            <dd><a href={`#rapport-${corrects.id}`} className="text-af-accent underline">Rapporten skickad {formatDateTime(corrects.submittedAt)}</a></dd>
          </>
        ) : null}
        {r.correctedById ? (
          <>
            <dt className="font-medium">Rättad av</dt>
            <dd><a href={`#rapport-${r.correctedById}`} className="text-af-accent underline">Den senare rättelsen</a></dd>
          </>
        ) : null}
      </dl>
      <ReportDetails groups={r.details} />
      {!r.correctedById ? (
        <p className="mt-2 text-sm">
          <Link href={`/deltagare/${decisionId}/rapporter/ny/${REPORT_KIND_SLUGS[r.kind]}?rattar=${r.id}`} className="text-af-accent underline">
            Rätta rapporten<span className="sr-only">: {r.kindLabel} skickad {formatDateTime(r.submittedAt)}</span>
          </Link>
        </p>
      ) : null}
    </li>
  );
}

export async function ParticipantReportsPage(props: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireStaff("reportOnParticipants");
  const { id } = await props.params;
  const sp = await props.searchParams;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const data = await listReports(actor, id, clockToday()).catch(async (err) => {
    if (err instanceof NotFoundError) await notFoundOrForbidden(actor, id);
    throw err;
  });
  const { decision: d, reports, availability } = data;
  const sent = kindFromSlug(sp.skickad);
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/start", label: "Hem" },
          { href: "/deltagare", label: "Deltagarlista" },
          { href: `/deltagare/${d.id}`, label: d.name },
          { label: "Rapporter" },
        ]}
      />
      <div className="mb-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">Rapporter</h1>
        <StateBadge state={d.state} />
      </div>
      <p className="mb-4">
        {d.name} · {SERVICE_VERSION_LABELS[d.serviceVersion]} · Nivå {d.level} · {d.unitName} · Genomförandereferens {d.implementationReference}
      </p>
      {sent ? (
        <Alert tone="success" title={`${REPORT_KIND_LABELS[sent]} är skickad`}>
          Den har status Mottagen. Här ser du Arbetsförmedlingens beslut när det kommer.
        </Alert>
      ) : null}

      <section aria-labelledby="ny-rapport" className="mb-6 rounded bg-white p-4 shadow">
        <h2 id="ny-rapport" className="mb-2 text-lg font-semibold">Ny rapport</h2>
        <ul className="grid gap-3 md:grid-cols-2">
          {REPORT_KINDS.map((k) => (
            <li key={k} className="rounded border border-gray-300 p-3">
              {availability[k] === null ? (
                <Link href={`/deltagare/${d.id}/rapporter/ny/${REPORT_KIND_SLUGS[k]}`} className="font-medium text-af-accent underline">
                  {REPORT_KIND_LABELS[k]}
                </Link>
              ) : (
                <span className="font-medium">{REPORT_KIND_LABELS[k]}</span>
              )}
              <p className="text-sm text-gray-700">{availability[k] ?? REPORT_KIND_HINTS[k]}</p>
              {k === "FINAL" && d.left ? (
                <p className="text-sm">Sista dag i tjänsten {formatDate(d.lastDay)}. Slutredovisningen ska vara inskickad senast <strong>{formatDate(d.finalDeadline)}</strong>.</p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="skickade" className="mb-6 rounded bg-white p-4 shadow">
        <h2 id="skickade" className="mb-2 text-lg font-semibold">Skickade rapporter</h2>
        {reports.length ? (
          <ol className="space-y-3" aria-label="Skickade rapporter, senaste först">
            {reports.map((r) => <ReportItem key={r.id} r={r} all={reports} decisionId={d.id} />)}
          </ol>
        ) : (
          <p>Inga rapporter har skickats för deltagaren.</p>
        )}
      </section>

      <p>
        <Link href={`/deltagare/${d.id}`} className="text-af-accent underline">Tillbaka till deltagaren</Link>
      </p>
    </>
  );
}
