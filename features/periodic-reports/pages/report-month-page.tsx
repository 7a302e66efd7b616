import { LINE_STATE_LABELS } from "@/features/orders/order-labels";
import { CreditInvoiceButton } from "@/features/orders/components/invoice-buttons";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { notFoundOrForbidden } from "@/features/participants/reporting-access";
import { today as clockToday } from "@/lib/clock";
import { formatDate, formatDateTime } from "@/lib/format";
import { MONTH_STATE_LABELS, REPORT_STATUS_LABELS, dayLabel, isMonthStart, monthLabel } from "@/features/periodic-reports/rules";
import { getReportWorkspace, type ReportView } from "@/features/periodic-reports/queries";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Alert } from "@/components/ui/alert";
import { PeriodicSummary } from "@/features/periodic-reports/components/periodic-summary";
import { CorrectionLauncher, ReportForm } from "@/features/periodic-reports/components/report-form";
import { Detail, DetailList } from "@/components/ui/detail-list";

export const metadata: Metadata = { title: "Periodisk redovisning" };

const statusTone = { RECEIVED: "bg-af-blue-light text-af-blue", APPROVED: "bg-green-50 text-green-900", REJECTED: "bg-red-50 text-red-900" } as const;

function VersionHeader({ v, latest }: { v: ReportView; latest: boolean }) {
  return (
    <div className="mb-2 flex flex-wrap items-center gap-2">
      <h3 className="text-base font-semibold">
        Version {v.version}
        {v.supersedesId ? ` (rättelse av version ${v.version - 1})` : ""}
        {latest ? "" : ", ersatt"}
      </h3>
      {v.status ? <span className={`rounded-full px-3 py-0.5 text-sm font-medium ${statusTone[v.status]}`}>{REPORT_STATUS_LABELS[v.status]}</span> : null}
    </div>
  );
}

function VersionMeta({ v }: { v: ReportView }) {
  return (
    <>
      <p className="mb-2 text-sm">
        Inskickad {v.submittedAt ? formatDateTime(v.submittedAt) : ""}{v.submittedBy ? ` av ${v.submittedBy}` : ""}.
        {v.decidedAt && v.status !== "RECEIVED" ? ` ${REPORT_STATUS_LABELS[v.status!]} ${formatDateTime(v.decidedAt)}${v.decidedBy ? ` av ${v.decidedBy}` : ""}.` : ""}
      </p>
      {v.status === "REJECTED" && v.statusReason ? (
        <Alert tone="warning" title="Skäl till att redovisningen inte godkändes">{v.statusReason}</Alert>
      ) : null}
    </>
  );
}

/** Only what the form needs crosses to the browser. */
const contentOf = (v: ReportView) => ({
  noActivities: v.noActivities,
  languageSupportGiven: v.languageSupportGiven,
  jobSuggestionsGiven: v.jobSuggestionsGiven,
  entries: v.entries.map((e) => ({ date: e.date, activityCode: e.activityCode, minutes: e.minutes })),
  remoteByActivity: v.remoteByActivity,
});

export async function ReportMonthPage(props: { params: Promise<{ id: string; month: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireStaff();
  const { id, month: param } = await props.params;
  const sp = await props.searchParams;
  if (!/^[0-9a-f-]{36}$/i.test(id) || !/^\d{4}-\d{2}$/.test(param)) notFound();
  const month = `${param}-01`;
  if (!isMonthStart(month)) notFound();
  const today = clockToday();
  const ws = await getReportWorkspace(actor, id, month, today).catch(async (err) => {
    if (err instanceof NotFoundError) await notFoundOrForbidden(actor, id);
    throw err;
  });
  const label = monthLabel(month);
  const m = ws.month;
  const submittable = today >= m.dueFrom;
  const started = today >= m.firstDay;
  const latest = ws.latest;
  const formBase = {
    decisionId: ws.decision.id,
    month,
    monthLabel: label,
    days: ws.days,
    activities: ws.activities.map((a) => ({ code: a.code, name: a.name })),
    approvedOn: ws.approvedOn,
    today,
    submittable,
    submitFromLabel: dayLabel(m.dueFrom),
  };
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/start", label: "Hem" },
          { href: "/deltagare", label: "Deltagarlista" },
          { href: `/deltagare/${ws.decision.id}`, label: ws.decision.participantName },
          { href: `/deltagare/${ws.decision.id}/redovisning`, label: "Periodisk redovisning" },
          { label },
        ]}
      />
      <h1 className="mb-1 text-2xl font-semibold">Periodisk redovisning, {label}</h1>
      <p className="mb-4 text-gray-700">{ws.decision.participantName}, {ws.decision.unitName}, genomförandereferens {ws.decision.implementationReference}</p>

      {latest && sp.inskickad ? <Alert tone="success">Redovisningen för {label} är inskickad och månadens leverans är registrerad.</Alert> : null}
      {latest && sp.rattelse ? <Alert tone="success">Rättelsen är inskickad. Den ersätter den tidigare versionen, som finns kvar under Tidigare versioner.</Alert> : null}
      <section aria-labelledby="om-manaden" className="mb-4 rounded bg-white p-4 shadow">
        <h2 id="om-manaden" className="sr-only">Om månaden</h2>
        <DetailList testId="month-details" className="text-sm">
          <Detail term="Dagar i tjänsten">{formatDate(m.firstDay)}–{formatDate(m.lastDay)} ({m.activeDays} dagar)</Detail>
          <Detail term="Kan skickas in från">{formatDate(m.dueFrom)}</Detail>
          <Detail term="Senast">{formatDate(m.dueBy)}</Detail>
          <Detail term="Status">{MONTH_STATE_LABELS[m.state]}{latest?.status ? `, ${REPORT_STATUS_LABELS[latest.status]}` : ""}</Detail>
          <Detail term="Månadens beställningsrad" ddTestId="order-line-state">
            {ws.orderLineState ? LINE_STATE_LABELS[ws.orderLineState] : "Ingen beställning ännu"}
          </Detail>
          <Detail term="Aktiviteter i godkänd planering">{ws.activities.length ? ws.activities.map((a) => a.name).join(", ") : "Ingen godkänd gemensam planering"}</Detail>
        </DetailList>
      </section>

      {latest ? (
        <>
          <section aria-labelledby="senaste" className="mb-4 rounded bg-white p-4 shadow">
            <h2 id="senaste" className="mb-2 text-lg font-semibold">Inskickad redovisning</h2>
            <VersionHeader v={latest} latest />
            <VersionMeta v={latest} />
            <PeriodicSummary content={latest} activityNames={ws.activityNames} caption={`Version ${latest.version}, ${label}`} />
            <div className="mt-4">
              {ws.mustCredit ? (
                <div className="mb-3 rounded border-l-4 border-amber-700 bg-amber-50 p-3" data-testid="must-credit">
                  <p className="mb-2 text-sm">
                    Arbetsförmedlingen godkände inte redovisningen, men månaden är redan fakturerad med faktura {ws.mustCredit.invoiceNumber}. Kreditera
                    fakturan; sedan kan du skicka en rättad redovisning och fakturera månaden på nytt.
                  </p>
                  <CreditInvoiceButton invoiceId={ws.mustCredit.invoiceId} invoiceNumber={ws.mustCredit.invoiceNumber} />
                </div>
              ) : null}
              {ws.mayCorrect ? (
                <CorrectionLauncher key={latest.id} {...formBase} submittable initial={contentOf(latest)} correctsReportId={latest.id} correctsVersion={latest.version} />
              ) : ws.orderLineState === "INVOICED" && !ws.mustCredit ? (
                <p className="text-sm">Månaden är fakturerad. Behöver redovisningen ändras krediterar du först fakturan under Beställningar; sedan kan en rättelse skickas.</p>
              ) : null}
            </div>
          </section>
          {ws.versions.length > 1 ? (
            <section aria-labelledby="tidigare" className="mb-4 rounded bg-white p-4 shadow">
              <h2 id="tidigare" className="mb-2 text-lg font-semibold">Tidigare versioner</h2>
              {ws.versions.slice(0, -1).reverse().map((v) => (
                <details key={v.id} className="mb-2 border-t pt-2">
                  <summary className="cursor-pointer py-2 font-medium">
                    Version {v.version}{v.status ? `, ${REPORT_STATUS_LABELS[v.status]}` : ""}
                  </summary>
                  <VersionMeta v={v} />
                  <PeriodicSummary content={v} activityNames={ws.activityNames} caption={`Version ${v.version}, ${label}`} />
                </details>
              ))}
            </section>
          ) : null}
        </>
      ) : !started ? (
        <Alert tone="info">Månaden har inte börjat än. Redovisningen kan påbörjas från och med {formatDate(m.firstDay)}.</Alert>
      ) : (
        <ReportForm
          {...formBase}
          mode="report"
          initial={ws.draft ? contentOf(ws.draft) : null}
          draftRevision={ws.draft?.revision ?? null}
          draftSavedNote={ws.draft?.savedAt ? `Ett utkast finns, senast sparat ${formatDateTime(ws.draft.savedAt)}${ws.draft.savedBy ? ` av ${ws.draft.savedBy}` : ""}.` : null}
        />
      )}

      <p className="mt-4">
        <Link href={`/deltagare/${ws.decision.id}/redovisning`} className="text-af-accent underline">Tillbaka till alla månader</Link>
      </p>
    </>
  );
}
