import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireOfficer } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { today as clockToday } from "@/lib/clock";
import { getPlanningForOfficer } from "@/features/planning/officer-review";
import { type PlanningView } from "@/features/planning/planning-views";
import { formatDate, formatDateTime } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Alert } from "@/components/ui/alert";
import { StateBadge } from "@/features/decisions/components/state-badge";
import { SERVICE_VERSION_LABELS } from "@/features/decisions/labels";
import { DecidePlanningForm } from "@/features/planning/components/decide-planning-form";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Gemensam planering" };

const STATUS_TONES: Record<PlanningView["status"], string> = {
  RECEIVED: "bg-af-blue-light text-af-blue border border-af-blue",
  APPROVED: "bg-green-100 text-green-900 border border-green-800",
  REJECTED: "bg-red-100 text-red-900 border border-red-800",
};

function Status({ p }: { p: PlanningView }) {
  return (
    <>
      <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${STATUS_TONES[p.status]}`}>{p.statusLabel}</span>
      {p.inForce ? <span className="ml-2 text-sm font-medium text-green-900">Gäller</span> : null}
      {p.superseded ? <span className="ml-2 text-sm text-gray-700">Ersatt av en senare version</span> : null}
    </>
  );
}

export async function OfficerPlanningPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireOfficer();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const today = clockToday();
  const data = await getPlanningForOfficer(actor, id, today).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const { planning: p, decision: d, period, inForce } = data;
  const codes = new Set(p.activities.map((a) => a.code));
  const before = new Set(inForce?.activities.map((a) => a.code) ?? []);
  const added = inForce ? p.activities.filter((a) => !before.has(a.code)) : [];
  const removed = inForce ? inForce.activities.filter((a) => !codes.has(a.code)) : [];
  return (
    <>
      <Breadcrumbs items={[{ href: "/handlaggare", label: "Översikt" }, { href: "/handlaggare/planeringar", label: "Planeringar" }, { label: `${d.name}, version ${p.version}` }]} />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">Gemensam planering: {d.name}</h1>
        <StateBadge state={d.state} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="placering" className="rounded bg-white p-4 shadow">
          <h2 id="placering" className="mb-2 text-lg font-semibold">Deltagare och tjänst</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">Genomförandereferens</dt>
            <dd><Link href={`/handlaggare/beslut/${d.id}`} className="text-af-accent underline">{d.implementationReference}</Link></dd>
            <dt className="font-medium">Tjänst</dt><dd>{SERVICE_VERSION_LABELS[d.serviceVersion]}</dd>
            <dt className="font-medium">Nivå</dt><dd>{d.level}</dd>
            <dt className="font-medium">Leverantör</dt><dd>{d.supplierName}</dd>
            <dt className="font-medium">Utförande verksamhet</dt><dd>{d.unitName}</dd>
            <dt className="font-medium">Period</dt><dd>{period.number}: {formatDate(period.startDate)} – {formatDate(period.endDate)}</dd>
            <dt className="font-medium">Beställning</dt><dd>{data.baseOrderNumber ?? "Skapas när planeringen godkänns"}</dd>
          </dl>
        </section>
        <section aria-labelledby="planeringen" className="rounded bg-white p-4 shadow">
          <h2 id="planeringen" className="mb-2 text-lg font-semibold">Version {p.version}</h2>
          <p className="mb-2"><Status p={p} /></p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">Inskickad</dt><dd>{formatDateTime(p.submittedAt)}{p.submittedBy ? ` av ${p.submittedBy}` : ""}</dd>
            {p.decidedAt ? (<><dt className="font-medium">Beslut</dt><dd>{formatDateTime(p.decidedAt)}{p.decidedBy ? ` av ${p.decidedBy}` : ""}</dd></>) : null}
            {p.statusReason ? (<><dt className="font-medium">Motivering</dt><dd className="whitespace-pre-line">{p.statusReason}</dd></>) : null}
            <dt className="font-medium">Deltar på distans</dt><dd>{p.remote ? "Ja" : "Nej"}</dd>
            <dt className="font-medium">Aktiviteter</dt>
            <dd>
              <ul className="list-disc pl-5">
                {p.activities.map((a) => <li key={a.code}>{a.name}{a.mandatory ? <span className="text-gray-700"> (obligatorisk)</span> : null}</li>)}
              </ul>
            </dd>
          </dl>
          {inForce ? (
            <div className="mt-3 text-sm" data-testid="planning-diff">
              <p className="font-medium">Jämfört med gällande version {inForce.version}{inForce.remote !== p.remote ? ` (distans ändrat till ${p.remote ? "ja" : "nej"})` : ""}:</p>
              {added.length === 0 && removed.length === 0 ? <p>Samma aktiviteter.</p> : null}
              {added.length ? <p>Tillagda: {added.map((a) => a.name).join(", ")}</p> : null}
              {removed.length ? <p>Borttagna: {removed.map((a) => a.name).join(", ")}</p> : null}
            </div>
          ) : null}
        </section>
      </div>
      <section aria-labelledby="beslut-rubrik" className="mt-4 rounded bg-white p-4 shadow">
        <h2 id="beslut-rubrik" className="mb-2 text-lg font-semibold">Beslut</h2>
        {data.decidable === null ? (
          <DecidePlanningForm planningId={p.id} createsOrder={data.baseOrderNumber === null} />
        ) : (
          <Alert tone="info">{data.decidable}</Alert>
        )}
      </section>
      <section aria-labelledby="versioner" className="mt-4 rounded bg-white p-4 shadow">
        <h2 id="versioner" className="mb-2 text-lg font-semibold">Alla versioner för period {period.number}</h2>
        <ScrollBox label="Versioner, senaste först">
          <table className="stack-table w-full text-left text-sm">
            <caption className="sr-only">Versioner, senaste först</caption>
            <thead className="bg-af-blue-light">
              <tr>
                <th scope="col" className="p-2">Version</th>
                <th scope="col" className="p-2">Status</th>
                <th scope="col" className="p-2">Inskickad</th>
                <th scope="col" className="p-2">Beslut</th>
                <th scope="col" className="p-2">Aktiviteter</th>
              </tr>
            </thead>
            <tbody>
              {data.versions.map((v) => (
                <tr key={v.id} className="border-t align-top">
                  <td data-label="Version" className="p-2">
                    {v.id === p.id ? <span aria-current="page">{v.version} (denna)</span> : <Link href={`/handlaggare/planeringar/${v.id}`} className="text-af-accent underline">{v.version}</Link>}
                  </td>
                  <td data-label="Status" className="p-2"><Status p={v} />{v.statusReason ? <p className="mt-1 whitespace-pre-line">{v.statusReason}</p> : null}</td>
                  <td data-label="Inskickad" className="p-2 md:whitespace-nowrap">{formatDateTime(v.submittedAt)}<br /><span className="text-gray-700">{v.submittedBy}</span></td>
                  <td data-label="Beslut" className="p-2 md:whitespace-nowrap">{v.decidedAt ? <>{formatDateTime(v.decidedAt)}<br /><span className="text-gray-700">{v.decidedBy}</span></> : "–"}</td>
                  <td data-label="Aktiviteter" className="p-2">{v.activities.map((a) => a.name).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </section>
      <p className="mt-4">
        <Link href="/handlaggare/planeringar" className="text-af-accent underline">Tillbaka till planeringar</Link>
      </p>
    </>
  );
}
