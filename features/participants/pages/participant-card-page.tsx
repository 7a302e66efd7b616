import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { canAt } from "@/lib/authz/permissions";
import { today as clockToday, swedishDateOf } from "@/lib/clock";
import { getDecisionForStaff } from "@/features/decisions/queries";
import { interruptionInForce, isOngoing } from "@/features/decisions/rules";
import { toIsoDate } from "@/features/decisions/periods";
import { INTERRUPTION_REASON_LABELS } from "@/features/decisions/schemas";
import { eligibleHandledare } from "@/features/assignments/service";
import { needsAssignment } from "@/features/assignments/rules";
import { participantDeadlines } from "@/features/participants/participant-deadlines";
import { listOrdersForDecision } from "@/features/orders/order-list";
import { monthLabel } from "@/features/periodic-reports/rules";
import { nextReportDue } from "@/features/periodic-reports/next-due";
import { formatDate, formatDateTime } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { StateBadge } from "@/features/decisions/components/state-badge";
import { EventLog } from "@/features/decisions/components/event-log";
import { PeriodsTable } from "@/features/decisions/components/periods-table";
import { WorkPlacementList } from "@/features/work-placements/components/work-placement-list";
import { SERVICE_VERSION_LABELS } from "@/features/decisions/labels";
import { DeadlineList } from "@/features/participants/components/deadline-list";
import { ChangeHandledare, FirstMeetingForm, FollowUpForm, RevealPnr } from "@/features/participants/components/card-widgets";

/** One load per request, shared by the tab title and the page (React's request cache). */
const cardFor = cache(async (id: string) => getDecisionForStaff(await requireStaff(), id, clockToday()));

/** The tab says whose card it is, so that several open cards can be told apart. */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) return { title: "Deltagare" };
  const d = await cardFor(id).catch(() => null);
  return { title: d ? `${d.participant.firstName} ${d.participant.lastName}` : "Deltagare" };
}

const info = (v: string | null | undefined) => v || "Info saknas";

export async function ParticipantCardPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const today = clockToday();
  const d = await cardFor(id).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const target = { supplierId: d.supplierId, unitId: d.unitId };
  const mayAssign = canAt(actor, "assignHandledare", target);
  const mayReport = canAt(actor, "reportOnParticipants", target);
  const mayReveal = canAt(actor, "revealPersonnummer", target);
  const ongoing = isOngoing(d.state);
  // Every link leads somewhere the person may go: receiving alone has Nya deltagare, not Deltagarlista.
  const back = mayReport ? { href: "/deltagare", label: "Deltagarlista" } : { href: "/nya-deltagare", label: "Nya deltagare" };
  const options = mayAssign && ongoing ? await eligibleHandledare(actor, [d.unitId]).catch(() => []) : [];
  const inForce = interruptionInForce(d.facts);
  const interruption = inForce ? d.interruptions.find((i) => i.id === inForce.id) : undefined;
  const current = d.handledareHistory.find((h) => h.endedAt === null) ?? null;
  // History is newest first: after the placement, its last handledare is still worth showing.
  const lastHandledare = current ?? d.handledareHistory[0] ?? null;
  const latest = d.periods[d.periods.length - 1];
  // The current period's handledare: assigned in period 1, or confirmed for period 2.
  const assignedOn = latest.number === 2
    ? (latest.handledareConfirmedAt ? swedishDateOf(latest.handledareConfirmedAt) : null)
    : (d.handledareHistory.at(-1) ? swedishDateOf(d.handledareHistory.at(-1)!.assignedAt) : null);
  const nextReport = mayReport ? await nextReportDue(d.id, { periods: d.periodsIso, interruptions: d.facts.interruptions }, today) : null;
  const deadlines = participantDeadlines(
    {
      countedFrom: swedishDateOf(latest.number === 2 ? latest.grantedAt : d.decidedAt),
      // An ended placement that had a handledare is done; a running one needs one now (period 2: confirmed).
      hasHandledare: ongoing ? !needsAssignment({ hasCurrentHandledare: current !== null, latestPeriod: { number: latest.number, handledareConfirmed: latest.handledareConfirmedAt !== null } }) : lastHandledare !== null,
      assignedOn,
      serviceStart: d.periodsIso[0].startDate,
      periodEnd: d.periodsIso[d.periodsIso.length - 1].endDate,
      firstMeetingDate: d.firstMeetingDate ? toIsoDate(d.firstMeetingDate) : null,
      meetings: d.meetings,
      ongoing,
      nextReport: nextReport ? { monthLabel: monthLabel(nextReport.month), dueBy: nextReport.dueBy, overdue: nextReport.state === "overdue" } : null,
    },
    today,
  );
  const orders = await listOrdersForDecision(actor, d.id);
  const p = d.participant;
  return (
    <>
      <Breadcrumbs items={[{ href: "/start", label: "Hem" }, back, { label: `${p.firstName} ${p.lastName}` }]} />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{p.firstName} {p.lastName}</h1>
        <StateBadge state={d.state} />
      </div>
      {interruption ? (
        <p className="mb-4 rounded border-l-4 border-red-800 bg-red-50 p-3" role="status">
          <span aria-hidden="true">⚠ </span>
          {d.state === "planned-interruption" ? "Planerat avbrott" : "Avbrott"} från {formatDate(interruption.date)}: {INTERRUPTION_REASON_LABELS[interruption.reason]}.
          Avbrottsdatumet är första dagen utanför tjänsten: fakturera bara dagarna före det.
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <section aria-labelledby="person" className="rounded bg-white p-4 shadow">
          <h2 id="person" className="mb-2 text-lg font-semibold">Personuppgifter</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">Personnummer</dt>
            <dd>{mayReveal ? <RevealPnr decisionId={d.id} /> : "********-****"}</dd>
            {mayReport ? (
              <>
                <dt className="font-medium">Telefon</dt><dd>{info(p.phone)}</dd>
                <dt className="font-medium">E-post</dt><dd className="break-words">{info(p.email)}</dd>
                <dt className="font-medium">Adress</dt><dd>{p.street ? `${p.street}, ${p.postalCode ?? ""} ${p.city ?? ""}` : "Info saknas"}</dd>
              </>
            ) : null}
            <dt className="font-medium">Tolk</dt><dd>{d.interpreterNeeded ? `Ja, ${d.interpreterLanguage ?? ""}` : "Nej"}</dd>
            <dt className="font-medium">Språkstöd</dt><dd>{d.languageSupportNeeded ? "Ja" : "Nej"}</dd>
          </dl>
          {mayReport ? null : (
            <p className="mt-2 text-sm text-gray-700">Kontaktuppgifter och möten visas för den som har behörigheten Rapportering vid verksamheten.</p>
          )}
        </section>
        <section aria-labelledby="tjanst" className="rounded bg-white p-4 shadow">
          <h2 id="tjanst" className="mb-2 text-lg font-semibold">Om tjänsten</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">Tjänst</dt><dd>{SERVICE_VERSION_LABELS[d.serviceVersion]}</dd>
            <dt className="font-medium">Startdatum</dt><dd>{formatDate(d.periodsIso[0].startDate)}</dd>
            <dt className="font-medium">Slutdatum</dt><dd>{formatDate(d.periodsIso[d.periodsIso.length - 1].endDate)}</dd>
            <dt className="font-medium">Ursprungligt slutdatum</dt><dd>{formatDate(d.periodsIso[d.periodsIso.length - 1].originalEndDate)}</dd>
            <dt className="font-medium">Deltagandefrekvens</dt><dd>{d.participationRate} %</dd>
            <dt className="font-medium">Nivå</dt><dd>{d.level}</dd>
            <dt className="font-medium">Utförande verksamhet</dt><dd>{d.unit.name}, {d.unit.street}, {d.unit.postalCode} {d.unit.city}</dd>
            <dt className="font-medium">Genomförandereferens</dt><dd>{d.implementationReference}</dd>
          </dl>
          {mayReport ? <p className="mt-2 text-sm"><Link href={`/deltagare/${d.id}/planering`} className="text-af-accent underline">Gemensam planering</Link></p> : null}
        </section>
        <section aria-labelledby="handledare-rubrik" className="rounded bg-white p-4 shadow">
          <h2 id="handledare-rubrik" className="mb-2 text-lg font-semibold">Handledare</h2>
          <p className="mb-2" data-testid="current-handledare">
            {current ? (
              <strong>{current.handledare.name}</strong>
            ) : lastHandledare ? (
              <>Senaste handledare: <strong>{lastHandledare.handledare.name}</strong>{lastHandledare.endedAt ? ` (till ${formatDate(swedishDateOf(lastHandledare.endedAt))})` : ""}</>
            ) : (
              "Ingen handledare ännu."
            )}
          </p>
          {mayAssign && ongoing ? <ChangeHandledare decisionId={d.id} current={current ? { id: current.handledare.id, name: current.handledare.name } : null} options={options} /> : null}
          {current ? (
            <p className="mt-2 text-sm">
              <Link href={`/deltagare/${d.id}/valkomstbrev`} className="text-af-accent underline">Välkomstbrev</Link>
            </p>
          ) : null}
          {mayReport ? (
            <p className="mt-2 text-sm">
              <Link href={`/deltagare/${d.id}/redovisning`} className="text-af-accent underline">Periodisk redovisning</Link>
            </p>
          ) : null}
          {mayReport ? (
            <p className="mt-2 text-sm">
              <Link href={`/deltagare/${d.id}/rapporter`} className="text-af-accent underline">Rapporter till Arbetsförmedlingen</Link>
            </p>
          ) : null}
          <h3 className="mt-4 mb-1 font-semibold">Historik</h3>
          <ul className="space-y-1 text-sm" data-testid="handledare-history">
            {d.handledareHistory.map((h) => (
              <li key={h.id}>
                {h.handledare.name}: från {formatDateTime(h.assignedAt)} ({h.assignedBy})
                {h.endedAt ? `, till ${formatDateTime(h.endedAt)}${h.endedBy ? ` (${h.endedBy})` : ""}` : ", nuvarande"}
              </li>
            ))}
            {d.handledareHistory.length === 0 ? <li>Ingen historik.</li> : null}
          </ul>
        </section>
      </div>
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="deadlines" className="rounded bg-white p-4 shadow">
          <h2 id="deadlines" className="mb-2 text-lg font-semibold">Att göra och datum</h2>
          {/* Meetings and reports are the reporting permission's: receiving alone sees the assignment and the period. */}
          <DeadlineList items={mayReport ? deadlines : deadlines.filter((i) => i.key === "assignment" || i.key === "period-end")} />
        </section>
        {mayReport && ongoing ? (
          <section aria-labelledby="moten" className="rounded bg-white p-4 shadow">
            <h2 id="moten" className="mb-2 text-lg font-semibold">Möten</h2>
            <div className="grid gap-4 md:grid-cols-2">
              <FirstMeetingForm decisionId={d.id} current={d.firstMeetingDate ? toIsoDate(d.firstMeetingDate) : null} />
              <FollowUpForm decisionId={d.id} today={today} />
            </div>
            {d.meetings.length ? <p className="mt-2 text-sm">Genomförda möten: {d.meetings.map(formatDate).join(", ")}</p> : null}
          </section>
        ) : null}
      </div>
      {orders.length ? (
        <section aria-labelledby="bestallningar" className="mt-4 rounded bg-white p-4 shadow">
          <h2 id="bestallningar" className="mb-2 text-lg font-semibold">Beställningar (genomförandereferens {d.implementationReference})</h2>
          <ul className="space-y-1 text-sm" data-testid="participant-orders">
            {orders.map((o) => (
              <li key={o.id}>
                <Link href={`/bestallningar/${o.id}`} className="font-medium text-af-accent underline">{o.orderNumber}</Link>
                {o.periodNumber ? `, period ${o.periodNumber}` : ""}
                {o.deliveryStart && o.deliveryEnd ? ` (${formatDate(o.deliveryStart)} – ${formatDate(o.deliveryEnd)})` : ""}: {o.stateLabel}
                {o.toInvoice ? `, ${o.toInvoice} ${o.toInvoice === 1 ? "rad" : "rader"} att fakturera` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="perioder" className="mt-4 rounded bg-white p-4 shadow">
        <h2 id="perioder" className="mb-2 text-lg font-semibold">Perioder</h2>
        <PeriodsTable periods={d.periodsIso} />
      </section>
      <section aria-labelledby="praktik" className="mt-4 rounded bg-white p-4 shadow">
        <h2 id="praktik" className="mb-2 text-lg font-semibold">Praktik</h2>
        <WorkPlacementList placements={d.workPlacements} />
      </section>
      <section aria-labelledby="handelser" className="mt-4 rounded bg-white p-4 shadow">
        <h2 id="handelser" className="mb-2 text-lg font-semibold">Händelser</h2>
        <EventLog events={d.events} />
      </section>
      <p className="mt-4">
        <Link href={back.href} className="text-af-accent underline">Tillbaka till {back.label.toLowerCase()}</Link>
      </p>
    </>
  );
}
