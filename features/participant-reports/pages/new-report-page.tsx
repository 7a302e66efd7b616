import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ComponentType } from "react";
import { requireStaff } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { notFoundOrForbidden } from "@/features/participants/reporting-access";
import { today as clockToday } from "@/lib/clock";
import { reportFormContext } from "@/features/participant-reports/queries";
import { kindFromSlug, REPORT_KIND_HINTS, REPORT_KIND_LABELS, type ReportKind } from "@/features/participant-reports/labels";
import { formatDate, formatDateTime } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Alert } from "@/components/ui/alert";
import type { ReportFormProps } from "@/features/participant-reports/components/form-parts";
import { AbsenceForm } from "@/features/participant-reports/components/absence-form";
import { DeviationForm } from "@/features/participant-reports/components/deviation-form";
import { InformativeForm } from "@/features/participant-reports/components/informative-form";
import { WorkSignalForm } from "@/features/participant-reports/components/work-signal-form";
import { ResultForm } from "@/features/participant-reports/components/result-form";
import { FinalForm } from "@/features/participant-reports/components/final-form";

export const metadata: Metadata = { title: "Ny rapport" };

const FORMS: Record<ReportKind, ComponentType<ReportFormProps>> = {
  ABSENCE: AbsenceForm,
  DEVIATION: DeviationForm,
  INFORMATIVE: InformativeForm,
  WORK_SIGNAL: WorkSignalForm,
  RESULT: ResultForm,
  FINAL: FinalForm,
};

const UUID = /^[0-9a-f-]{36}$/i;

export async function NewReportPage(props: { params: Promise<{ id: string; kind: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireStaff("reportOnParticipants");
  const { id, kind: slug } = await props.params;
  const { rattar } = await props.searchParams;
  const kind = kindFromSlug(slug);
  if (!UUID.test(id) || !kind || (rattar !== undefined && !UUID.test(rattar))) notFound();
  const ctx = await reportFormContext(actor, id, kind, rattar ?? null, clockToday()).catch(async (err) => {
    if (err instanceof NotFoundError) await notFoundOrForbidden(actor, id);
    throw err;
  });
  const d = ctx.decision;
  const label = REPORT_KIND_LABELS[kind];
  const title = ctx.original ? `Rätta: ${label}` : label;
  const Form = FORMS[kind];
  const original = ctx.original?.data && typeof ctx.original.data === "object" && !Array.isArray(ctx.original.data) ? (ctx.original.data as Record<string, unknown>) : null;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/start", label: "Hem" },
          { href: "/deltagare", label: "Deltagarlista" },
          { href: `/deltagare/${d.id}`, label: d.name },
          { href: `/deltagare/${d.id}/rapporter`, label: "Rapporter" },
          { label: title },
        ]}
      />
      <h1 className="mb-2 text-2xl font-semibold">{title}</h1>
      <p className="mb-2">{d.name} · {d.unitName} · Genomförandereferens {d.implementationReference}</p>
      <p className="mb-4 text-sm text-gray-700">{REPORT_KIND_HINTS[kind]}</p>
      {ctx.original ? (
        <Alert tone="info" title="En rättelse är en ny rapport">
          Den rättar rapporten som skickades {formatDateTime(ctx.original.submittedAt)}. Båda finns kvar, och Arbetsförmedlingen beslutar om rättelsen.
        </Alert>
      ) : null}
      {kind === "FINAL" && d.left ? (
        <p className="mb-4">Sista dag i tjänsten {formatDate(d.lastDay)}. Skicka slutredovisningen senast <strong>{formatDate(d.finalDeadline)}</strong>.</p>
      ) : null}
      <section aria-label={title} className="rounded bg-white p-4 shadow">
        {ctx.refusal ? (
          <>
            <Alert tone="info">{ctx.refusal}</Alert>
            <Link href={`/deltagare/${d.id}/rapporter`} className="text-af-accent underline">Tillbaka till rapporterna</Link>
          </>
        ) : (
          <Form
            decisionId={d.id}
            correctsId={ctx.original?.id ?? null}
            original={original}
            today={ctx.today}
            activities={ctx.activities}
            catalogue={ctx.catalogue}
            contact={ctx.contact}
          />
        )}
      </section>
    </>
  );
}
