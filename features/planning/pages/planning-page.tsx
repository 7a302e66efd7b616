import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { notFoundOrForbidden } from "@/features/participants/reporting-access";
import { today as clockToday } from "@/lib/clock";
import { activityCatalogue } from "@/features/planning/catalogue";
import { listPlanningsForDecision } from "@/features/planning/queries";
import { type PlanningView } from "@/features/planning/planning-views";
import { formatDate, formatDateTime } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Alert } from "@/components/ui/alert";
import { StateBadge } from "@/features/decisions/components/state-badge";
import { SERVICE_VERSION_LABELS } from "@/features/decisions/labels";
import { PlanningForm } from "@/features/planning/components/planning-form";

export const metadata: Metadata = { title: "Gemensam planering" };

const STATUS_TONES: Record<PlanningView["status"], string> = {
  RECEIVED: "bg-af-blue-light text-af-blue border border-af-blue",
  APPROVED: "bg-green-100 text-green-900 border border-green-800",
  REJECTED: "bg-red-100 text-red-900 border border-red-800",
};

function Version({ p }: { p: PlanningView }) {
  return (
    <li className="rounded border border-gray-300 p-3" data-testid="planning-version">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">Version {p.version}</h3>
        <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${STATUS_TONES[p.status]}`}>{p.statusLabel}</span>
        {p.inForce ? <span className="text-sm font-medium text-green-900">Gäller</span> : null}
        {p.superseded ? <span className="text-sm text-gray-700">Ersatt av en senare version, beslutas inte</span> : null}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">Inskickad</dt>
        <dd>{formatDateTime(p.submittedAt)}{p.submittedBy ? ` av ${p.submittedBy}` : ""}</dd>
        {p.decidedAt ? (
          <>
            <dt className="font-medium">{p.status === "APPROVED" ? "Godkänd" : "Beslut"}</dt>
            <dd>{formatDateTime(p.decidedAt)}{p.decidedBy ? ` av ${p.decidedBy}` : ""}</dd>
          </>
        ) : null}
        {p.status === "REJECTED" && p.statusReason ? (
          <>
            <dt className="font-medium">Motivering</dt>
            <dd className="whitespace-pre-line">{p.statusReason}</dd>
          </>
        ) : null}
        <dt className="font-medium">Deltar på distans</dt>
        <dd>{p.remote ? "Ja" : "Nej"}</dd>
        <dt className="font-medium">Aktiviteter</dt>
        <dd>
          <ul className="list-disc pl-5">
            {p.activities.map((a) => (
              <li key={a.code}>{a.name}{a.mandatory ? <span className="text-gray-700"> (obligatorisk)</span> : null}</li>
            ))}
          </ul>
        </dd>
      </dl>
    </li>
  );
}

function formNote(versions: PlanningView[]): string {
  const latest = versions[0];
  const inForce = versions.find((v) => v.inForce);
  if (!latest) return "Planeringen skickas till Arbetsförmedlingen för godkännande. Beställningen för perioden skapas när planeringen har godkänts.";
  if (latest.status === "RECEIVED") {
    return `Version ${latest.version} väntar på beslut. En ny version ersätter den, och det är den nya som Arbetsförmedlingen beslutar om.${inForce ? ` Version ${inForce.version} gäller tills en ny version har godkänts.` : ""}`;
  }
  if (latest.status === "APPROVED") return `Version ${latest.version} är godkänd och gäller. En ny version är en uppdatering som också måste godkännas; till dess gäller version ${latest.version}.`;
  return `Version ${latest.version} godkändes inte. Skicka in en ny version.${inForce ? ` Version ${inForce.version} gäller tills en ny version har godkänts.` : ""}`;
}

export async function PlanningPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff("reportOnParticipants");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const today = clockToday();
  const data = await listPlanningsForDecision(actor, id, today).catch(async (err) => {
    if (err instanceof NotFoundError) await notFoundOrForbidden(actor, id);
    throw err;
  });
  const { decision, current } = data;
  const catalogue = current && !current.refusal ? await activityCatalogue(decision.serviceVersion) : [];
  const currentVersions = current ? (data.periods.find((p) => p.id === current.periodId)?.plannings ?? []) : [];
  const latest = currentVersions[0];
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/start", label: "Hem" },
          { href: "/deltagare", label: "Deltagarlista" },
          { href: `/deltagare/${decision.id}`, label: decision.name },
          { label: "Gemensam planering" },
        ]}
      />
      <div className="mb-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">Gemensam planering</h1>
        <StateBadge state={decision.state} />
      </div>
      <p className="mb-4">
        {decision.name} · {SERVICE_VERSION_LABELS[decision.serviceVersion]} · Nivå {decision.level} · {decision.unitName} · Genomförandereferens {decision.implementationReference}
      </p>

      <section aria-labelledby="planning-form-heading" className="mb-6 rounded bg-white p-4 shadow">
        {current ? (
          <>
            <h2 id="planning-form-heading" className="mb-2 text-lg font-semibold">
              {latest ? "Skicka in en ny version" : "Skicka in planering"} för period {current.number}
              <span className="font-normal"> ({formatDate(current.startDate)} – {formatDate(current.endDate)})</span>
            </h2>
            {current.refusal ? (
              <Alert tone="info">{current.refusal}</Alert>
            ) : (
              <PlanningForm
                decisionId={decision.id}
                periodId={current.periodId}
                periodNumber={current.number}
                catalogue={catalogue}
                defaults={{ remote: latest?.remote ?? null, activityCodes: latest?.activities.map((a) => a.code) ?? [] }}
                note={formNote(currentVersions)}
              />
            )}
          </>
        ) : (
          <>
            <h2 id="planning-form-heading" className="mb-2 text-lg font-semibold">Skicka in planering</h2>
            <p>Ingen period pågår eller återstår. Det går inte att skicka in en gemensam planering.</p>
          </>
        )}
      </section>

      {[...data.periods].reverse().map((period) => (
        <section key={period.id} aria-labelledby={`period-${period.number}`} className="mb-6 rounded bg-white p-4 shadow">
          <h2 id={`period-${period.number}`} className="mb-2 text-lg font-semibold">
            Period {period.number} <span className="font-normal">({formatDate(period.startDate)} – {formatDate(period.endDate)})</span>
          </h2>
          {period.plannings.length ? (
            <ol className="space-y-3" aria-label={`Versioner för period ${period.number}, senaste först`}>
              {period.plannings.map((p) => <Version key={p.id} p={p} />)}
            </ol>
          ) : (
            <p>Ingen planering har skickats in för perioden.</p>
          )}
        </section>
      ))}

      <p>
        <Link href={`/deltagare/${decision.id}`} className="text-af-accent underline">Tillbaka till deltagaren</Link>
      </p>
    </>
  );
}
