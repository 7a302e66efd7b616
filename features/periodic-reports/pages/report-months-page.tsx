import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { notFoundOrForbidden } from "@/features/participants/reporting-access";
import { today as clockToday } from "@/lib/clock";
import { formatDate } from "@/lib/format";
import { MONTH_STATE_LABELS, REPORT_STATUS_LABELS, monthLabel, type MonthState } from "@/features/periodic-reports/rules";
import { getReportOverview } from "@/features/periodic-reports/queries";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

export const metadata: Metadata = { title: "Periodisk redovisning" };

const stateTone: Record<MonthState, string> = {
  "not-yet": "bg-gray-100 text-gray-800",
  due: "bg-af-blue-light text-af-blue",
  overdue: "bg-red-50 text-red-900",
  submitted: "bg-green-50 text-green-900",
};

export async function ReportMonthsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const today = clockToday();
  const { decision, months } = await getReportOverview(actor, id, today).catch(async (err) => {
    if (err instanceof NotFoundError) await notFoundOrForbidden(actor, id);
    throw err;
  });
  const open = months.filter((m) => m.state === "due" || m.state === "overdue").length;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/start", label: "Hem" },
          { href: "/deltagare", label: "Deltagarlista" },
          { href: `/deltagare/${decision.id}`, label: decision.participantName },
          { label: "Periodisk redovisning" },
        ]}
      />
      <h1 className="mb-1 text-2xl font-semibold">Periodisk redovisning</h1>
      <p className="mb-4 text-gray-700">{decision.participantName}, {decision.unitName}, genomförandereferens {decision.implementationReference}</p>
      <p className="mb-4">
        Redovisa varje månad när den är slut: timmar per aktivitet och dag för aktiviteterna i den godkända gemensamma planeringen.
        Redovisningen registrerar månadens leverans. {open ? <strong>{open} {open === 1 ? "månad" : "månader"} att redovisa.</strong> : null}
      </p>
      <div className="overflow-x-auto rounded bg-white shadow">
        <table className="stack-table w-full text-left text-sm">
          <caption className="sr-only">Månader att redovisa för {decision.participantName}</caption>
          <thead className="bg-af-blue-light">
            <tr>
              <th scope="col" className="p-2">Månad</th>
              <th scope="col" className="p-2">Dagar i tjänsten</th>
              <th scope="col" className="p-2">Kan skickas in från</th>
              <th scope="col" className="p-2">Senast</th>
              <th scope="col" className="p-2">Status</th>
            </tr>
          </thead>
          <tbody data-testid="report-months">
            {months.map((m) => (
              <tr key={m.month} className="border-t align-top">
                <th scope="row" data-label="Månad" className="p-2 font-normal">
                  <Link prefetch={false} href={`/deltagare/${decision.id}/redovisning/${m.month.slice(0, 7)}`} className="font-medium text-af-accent underline">
                    <span className="capitalize">{monthLabel(m.month)}</span>
                  </Link>
                </th>
                <td data-label="Dagar i tjänsten" className="p-2 md:whitespace-nowrap">{formatDate(m.firstDay)}–{formatDate(m.lastDay)}</td>
                <td data-label="Kan skickas in från" className="p-2 md:whitespace-nowrap">{formatDate(m.dueFrom)}</td>
                <td data-label="Senast" className="p-2 md:whitespace-nowrap">{formatDate(m.dueBy)}</td>
                <td data-label="Status" className="p-2">
                  <span className={`rounded-full px-3 py-0.5 font-medium ${stateTone[m.state]}`}>
                    {m.state === "overdue" ? <span aria-hidden="true">⚠ </span> : null}
                    {MONTH_STATE_LABELS[m.state]}
                  </span>
                  {m.latest?.status ? (
                    <span className="ml-2">
                      {REPORT_STATUS_LABELS[m.latest.status]}
                      {m.latest.version > 1 ? ` (version ${m.latest.version})` : ""}
                    </span>
                  ) : null}
                  {m.latest?.status === "REJECTED" && m.latest.statusReason ? <p className="mt-1 text-red-900">Skäl: {m.latest.statusReason}</p> : null}
                  {m.hasDraft && m.state !== "submitted" ? <p className="mt-1 text-gray-700">Utkast sparat</p> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {months.length === 0 ? <p className="p-4">Deltagaren har inga månader att redovisa.</p> : null}
      </div>
      <p className="mt-4">
        <Link href={`/deltagare/${decision.id}`} className="text-af-accent underline">Tillbaka till deltagarkortet</Link>
      </p>
    </>
  );
}
