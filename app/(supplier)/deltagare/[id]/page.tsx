import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { getDecisionForStaff } from "@/lib/decisions/queries";
import { interruptionInForce } from "@/lib/decisions/rules";
import { INTERRUPTION_REASON_LABELS } from "@/lib/decisions/schemas";
import { formatDate } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { StateBadge } from "@/components/decisions/state-badge";
import { EventLog } from "@/components/decisions/event-log";
import { PeriodsTable } from "@/components/decisions/periods-table";
import { SERVICE_VERSION_LABELS } from "@/components/decisions/labels";

export const metadata: Metadata = { title: "Deltagare" };

const info = (v: string | null | undefined) => v || "Info saknas";

export default async function ParticipantCardPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const d = await getDecisionForStaff(actor, id).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const inForce = interruptionInForce(d.facts);
  const interruption = inForce ? d.interruptions.find((i) => i.id === inForce.id) : undefined;
  const p = d.participant;
  return (
    <>
      <Breadcrumbs items={[{ href: "/start", label: "Start" }, { href: "/deltagare", label: "Deltagarlista" }, { label: `${p.firstName} ${p.lastName}` }]} />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{p.firstName} {p.lastName}</h1>
        <StateBadge state={d.state} />
      </div>
      {interruption ? (
        <p className="mb-4 rounded border-l-4 border-red-800 bg-red-50 p-3" role="status">
          <span aria-hidden="true">⚠ </span>
          {d.state === "planned-interruption" ? "Planerat avbrott" : "Avbrott"} från{" "}
          {formatDate(interruption.date)}: {INTERRUPTION_REASON_LABELS[interruption.reason]}. Fakturera bara till och med avbrottsdatumet.
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="person" className="rounded bg-white p-4 shadow">
          <h2 id="person" className="mb-2 text-lg font-semibold">Personuppgifter</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">Personnummer</dt><dd>********-****</dd>
            <dt className="font-medium">Telefon</dt><dd>{info(p.phone)}</dd>
            <dt className="font-medium">E-post</dt><dd>{info(p.email)}</dd>
            <dt className="font-medium">Adress</dt><dd>{p.street ? `${p.street}, ${p.postalCode ?? ""} ${p.city ?? ""}` : "Info saknas"}</dd>
            <dt className="font-medium">Tolk</dt><dd>{d.interpreterNeeded ? `Ja, ${d.interpreterLanguage ?? ""}` : "Nej"}</dd>
            <dt className="font-medium">Språkstöd</dt><dd>{d.languageSupportNeeded ? "Ja" : "Nej"}</dd>
          </dl>
        </section>
        <section aria-labelledby="tjanst" className="rounded bg-white p-4 shadow">
          <h2 id="tjanst" className="mb-2 text-lg font-semibold">Om tjänsten</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">Tjänst</dt><dd>{SERVICE_VERSION_LABELS[d.serviceVersion]}</dd>
            <dt className="font-medium">Nivå</dt><dd>{d.level}</dd>
            <dt className="font-medium">Deltagandefrekvens</dt><dd>{d.participationRate} %</dd>
            <dt className="font-medium">Utförande verksamhet</dt><dd>{d.unit.name}, {d.unit.street}, {d.unit.postalCode} {d.unit.city}</dd>
            <dt className="font-medium">Genomförandereferens</dt><dd>{d.implementationReference}</dd>
          </dl>
          <h3 className="mt-4 mb-1 font-semibold">Perioder</h3>
          <PeriodsTable periods={d.periodsIso} />
        </section>
      </div>
      <section aria-labelledby="handelser" className="mt-4 rounded bg-white p-4 shadow">
        <h2 id="handelser" className="mb-2 text-lg font-semibold">Händelser</h2>
        <EventLog events={d.events} />
      </section>
      <p className="mt-4">
        <Link href="/deltagare" className="text-af-accent underline">Tillbaka till deltagarlistan</Link>
      </p>
    </>
  );
}
