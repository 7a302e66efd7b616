"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { planningFormSchema, type SubmitPlanningInput } from "@/features/planning/schemas";
import type { CatalogueItem } from "@/features/planning/rules";
import { FieldError } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { submitPlanningAction } from "@/features/planning/actions/submit";
import { LiveForm } from "@/components/forms/live-form";

interface Props {
  decisionId: string;
  periodId: string;
  periodNumber: number;
  catalogue: CatalogueItem[];
  /** the latest version's answers, to start an update from; mandatory activities are always included */
  defaults: { remote: boolean | null; activityCodes: string[] };
  /** what happens to the latest version when this one is sent */
  note?: string;
}

export function PlanningForm({ decisionId, periodId, periodNumber, catalogue, defaults, note }: Props) {
  const router = useRouter();
  const schema = useMemo(() => planningFormSchema(catalogue), [catalogue]);
  const mandatory = catalogue.filter((c) => c.mandatory);
  const optional = catalogue.filter((c) => !c.mandatory);
  const known = new Set(catalogue.map((c) => c.code));
  const [formError, setFormError] = useState<string>();
  const [sent, setSent] = useState(false);
  const { control, handleSubmit, setError, setValue, formState } = useForm<SubmitPlanningInput>({
    resolver: zodResolver(schema),
    defaultValues: {
      decisionId,
      periodId,
      remote: defaults.remote ?? undefined,
      activityCodes: [...new Set([...mandatory.map((c) => c.code), ...defaults.activityCodes.filter((c) => known.has(c))])],
      idempotencyKey: crypto.randomUUID(),
    },
  });
  const { errors, isSubmitting } = formState;
  const remoteError = errors.remote?.message;
  const activitiesError = errors.activityCodes?.message ?? errors.activityCodes?.root?.message;

  async function onSubmit(values: SubmitPlanningInput) {
    setFormError(undefined);
    setSent(false);
    const res = await submitPlanningAction(values);
    if (res.ok) {
      setSent(true);
      // the next submission from this page is a new version
      setValue("idempotencyKey", crypto.randomUUID());
      router.refresh();
    } else setFormError(applyServerErrors(res, setError));
  }

  return (
    <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate>
      {sent ? (
        <Alert tone="success" title="Planeringen är inskickad">
          Den har status Mottagen och väntar på Arbetsförmedlingens beslut.
        </Alert>
      ) : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {note ? <p className="mb-4 text-sm">{note}</p> : null}

      <Controller
        control={control}
        name="remote"
        render={({ field }) => (
          <fieldset className="mb-6" aria-describedby={remoteError ? "remote-error" : undefined}>
            <legend className="mb-1 font-medium">Deltar på distans</legend>
            <div className="flex flex-wrap gap-6">
              {[
                { value: true, label: "Ja", id: "remote-yes" },
                { value: false, label: "Nej", id: "remote-no" },
              ].map((o, i) => (
                <div key={o.id} className="flex items-center gap-2">
                  <input
                    id={o.id}
                    ref={i === 0 ? field.ref : undefined}
                    type="radio"
                    name={field.name}
                    className="h-5 w-5"
                    checked={field.value === o.value}
                    onChange={() => field.onChange(o.value)}
                    onBlur={field.onBlur}
                    aria-invalid={!!remoteError}
                  />
                  <label htmlFor={o.id}>{o.label}</label>
                </div>
              ))}
            </div>
            <FieldError id="remote" error={remoteError} />
          </fieldset>
        )}
      />

      <Controller
        control={control}
        name="activityCodes"
        render={({ field }) => {
          const chosen = new Set(field.value);
          const toggle = (code: string, on: boolean) => {
            const next = new Set(chosen);
            if (on) next.add(code);
            else next.delete(code);
            field.onChange(catalogue.map((c) => c.code).filter((c) => next.has(c)));
          };
          return (
            <fieldset className="mb-6" aria-describedby={["activities-hint", activitiesError ? "activityCodes-error" : null].filter(Boolean).join(" ")}>
              <legend className="mb-1 font-medium">Aktiviteter</legend>
              <p id="activities-hint" className="mb-2 text-sm text-gray-700">
                De obligatoriska aktiviteterna ingår alltid. Välj minst en valfri aktivitet.
              </p>
              <h3 className="mb-1 text-sm font-semibold">Obligatoriska</h3>
              <ul className="mb-3 space-y-1">
                {mandatory.map((c) => (
                  <li key={c.code} className="flex items-start gap-2">
                    <input id={`activity-${c.code}`} type="checkbox" className="mt-1 h-5 w-5" checked disabled aria-describedby={`activity-${c.code}-note`} />
                    <label htmlFor={`activity-${c.code}`}>
                      {c.name} <span id={`activity-${c.code}-note`} className="text-sm text-gray-700">(obligatorisk)</span>
                    </label>
                  </li>
                ))}
              </ul>
              <h3 className="mb-1 text-sm font-semibold">Valfria (minst en)</h3>
              <ul className="space-y-1">
                {optional.map((c, i) => (
                  <li key={c.code} className="flex items-start gap-2">
                    <input
                      id={`activity-${c.code}`}
                      ref={i === 0 ? field.ref : undefined}
                      type="checkbox"
                      name={field.name}
                      value={c.code}
                      className="mt-1 h-5 w-5"
                      checked={chosen.has(c.code)}
                      onChange={(e) => toggle(c.code, e.target.checked)}
                      onBlur={field.onBlur}
                      aria-invalid={!!activitiesError}
                    />
                    <label htmlFor={`activity-${c.code}`}>{c.name}</label>
                  </li>
                ))}
              </ul>
              <FieldError id="activityCodes" error={activitiesError} />
            </fieldset>
          );
        }}
      />

      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Skickar …" : `Skicka in planering för period ${periodNumber}`}
      </Button>
    </LiveForm>
  );
}
