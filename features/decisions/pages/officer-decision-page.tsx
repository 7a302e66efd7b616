import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireOfficer } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { today as clockToday } from "@/lib/clock";
import { getDecisionForOfficer } from "@/features/decisions/queries";
import { grantPeriod2, interruptionInForce } from "@/features/decisions/rules";
import { INTERRUPTION_REASON_LABELS } from "@/features/decisions/schemas";
import { formatDate, formatDateTime } from "@/lib/format";
import { formatPersonnummer } from "@/lib/validation/personnummer";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { StateBadge } from "@/features/decisions/components/state-badge";
import { EventLog } from "@/features/decisions/components/event-log";
import { PeriodsTable } from "@/features/decisions/components/periods-table";
import { SERVICE_VERSION_LABELS } from "@/features/decisions/labels";
import { InterruptionForm, WithdrawInterruptionButton, GrantPeriod2Button, ChangePeriodEndForm, WorkPlacementForm } from "@/features/decisions/components/decision-actions";
import { WorkPlacementList } from "@/features/work-placements/components/work-placement-list";

export const metadata: Metadata = { title: "Beslut" };

export async function OfficerDecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireOfficer();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const today = clockToday();
  const d = await getDecisionForOfficer(actor, id, today).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const inForce = interruptionInForce(d.facts);
  const interruption = inForce ? d.interruptions.find((i) => i.id === inForce.id) : undefined;
  const period2 = grantPeriod2(d.facts, today, d.resultStatus);
  const last = d.periodsIso[d.periodsIso.length - 1];
  const running = last.endDate >= today && !inForce;
  return (
    <>
      <Breadcrumbs items={[{ href: "/handlaggare", label: "Översikt" }, { href: "/handlaggare/beslut", label: "Beslut" }, { label: d.implementationReference }]} />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{d.participant.firstName} {d.participant.lastName}</h1>
        <StateBadge state={d.state} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="beslut" className="rounded bg-white p-4 shadow">
          <h2 id="beslut" className="mb-2 text-lg font-semibold">Beslut</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">Personnummer</dt><dd>{formatPersonnummer(d.participant.personalIdentityNumber)}</dd>
            <dt className="font-medium">Genomförandereferens</dt><dd>{d.implementationReference}</dd>
            <dt className="font-medium">Tjänst</dt><dd>{SERVICE_VERSION_LABELS[d.serviceVersion]}</dd>
            <dt className="font-medium">Nivå</dt><dd>{d.level} <span className="text-gray-700">(kan inte ändras)</span></dd>
            <dt className="font-medium">Leverantör</dt><dd>{d.supplier.name}</dd>
            <dt className="font-medium">Utförande verksamhet</dt><dd>{d.unit.name}, {d.unit.street}, {d.unit.postalCode} {d.unit.city}</dd>
            <dt className="font-medium">Deltagandefrekvens</dt><dd>{d.participationRate} %</dd>
            <dt className="font-medium">Språkstöd</dt><dd>{d.languageSupportNeeded ? "Ja" : "Nej"}</dd>
            <dt className="font-medium">Tolk</dt><dd>{d.interpreterNeeded ? `Ja, ${d.interpreterLanguage ?? ""}` : "Nej"}</dd>
            <dt className="font-medium">Beslutat</dt><dd>{formatDateTime(d.decidedAt)} av {d.decidedBy.name}</dd>
          </dl>
        </section>
        <section aria-labelledby="perioder" className="rounded bg-white p-4 shadow">
          <h2 id="perioder" className="mb-2 text-lg font-semibold">Perioder</h2>
          <PeriodsTable periods={d.periodsIso} />
          {period2.ok ? (
            <div className="mt-4">
              <p className="mb-2 text-sm">Period 2 kan beviljas: {formatDate(period2.value.startDate)} – {formatDate(period2.value.endDate)}.</p>
              <GrantPeriod2Button decisionId={d.id} />
            </div>
          ) : d.resultStatus !== "none" && d.periodsIso.length === 1 ? (
            <p className="mt-4 text-sm" data-testid="period2-blocked">{period2.message}</p>
          ) : null}
          {running ? <ChangePeriodEndForm decisionId={d.id} periodId={last.id} current={last.endDate} today={today} /> : null}
        </section>
        <section aria-labelledby="praktik" className="rounded bg-white p-4 shadow">
          <h2 id="praktik" className="mb-2 text-lg font-semibold">Praktik</h2>
          <WorkPlacementList placements={d.workPlacements} />
          {running ? <WorkPlacementForm decisionId={d.id} today={today} lastDay={last.endDate} /> : null}
        </section>
        <section aria-labelledby="avbrott" className="rounded bg-white p-4 shadow">
          <h2 id="avbrott" className="mb-2 text-lg font-semibold">Avbrott</h2>
          {interruption ? (
            <>
              <p>
                {interruption.date.toISOString().slice(0, 10) > today ? "Planerat avbrott" : "Avbrott"} från {formatDate(interruption.date)}:{" "}
                {INTERRUPTION_REASON_LABELS[interruption.reason]}. Registrerat {formatDateTime(interruption.registeredAt)}.
              </p>
              {interruption.date.toISOString().slice(0, 10) > today ? <WithdrawInterruptionButton decisionId={d.id} interruptionId={interruption.id} /> : null}
            </>
          ) : running ? (
            <InterruptionForm decisionId={d.id} today={today} lastDay={last.endDate} />
          ) : (
            <p>Tjänsten pågår inte; avbrott kan inte registreras.</p>
          )}
        </section>
      </div>
      <section aria-labelledby="handelser" className="mt-4 rounded bg-white p-4 shadow">
        <h2 id="handelser" className="mb-2 text-lg font-semibold">Händelser</h2>
        <EventLog events={d.events} />
      </section>
    </>
  );
}
