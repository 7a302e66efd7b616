"use client";

import { useState } from "react";
import { useFieldArray, useForm, type DefaultValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "@/lib/validation/zod";
import { finalInput } from "@/features/participant-reports/schemas";
import { FINAL_OCCUPATION_LABELS, REPORT_KIND_SLUGS } from "@/features/participant-reports/labels";
import { FREE_TEXT_MAX, SHORT_TEXT_MAX } from "@/features/participant-reports/rules";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";
import { ChoiceGroup, envelope, FormButtons, FormError, FreeText, options, useReportSubmit, type ReportFormProps } from "./form-parts";
import { LiveForm } from "@/components/forms/live-form";

type In = z.input<typeof finalInput>;
type Out = z.output<typeof finalInput>;

export function FinalForm(p: ReportFormProps) {
  const names = new Map([...p.catalogue, ...p.activities].map((a) => [a.code, a.name]));
  const { control, register, handleSubmit, setError, watch, formState } = useForm<In, unknown, Out>({
    resolver: zodResolver(finalInput),
    defaultValues: {
      otherOccupation: "", jobSeekingReasons: "",
      activities: p.activities.map((a) => ({ activityCode: a.code, progress: "", nextStep: "" })),
      ...p.original, ...envelope("FINAL", p),
    } as DefaultValues<In>,
  });
  const { fields, append, remove } = useFieldArray({ control, name: "activities" });
  const { errors, isSubmitting } = formState;
  const { formError, submit } = useReportSubmit(p.decisionId, REPORT_KIND_SLUGS.FINAL, setError);
  const occupation = watch("mainOccupation");
  const chosen = new Set(watch("activities")?.map((a) => a.activityCode));
  const addable = p.catalogue.filter((c) => !chosen.has(c.code));
  const [toAdd, setToAdd] = useState("");
  const listError = errors.activities?.message ?? errors.activities?.root?.message;
  return (
    <LiveForm onSubmit={handleSubmit(submit)} noValidate>
      <FormError message={formError} />
      <ChoiceGroup id="mainOccupation" legend="Deltagarens huvudsakliga sysselsättning efter tjänsten" options={options(FINAL_OCCUPATION_LABELS)}
        error={errors.mainOccupation?.message} registration={register("mainOccupation")} />
      {occupation === "OTHER" ? (
        <FreeText id="otherOccupation" label="Beskriv sysselsättningen" multiline={false} max={SHORT_TEXT_MAX} value={watch("otherOccupation")}
          error={errors.otherOccupation?.message} registration={register("otherOccupation")} />
      ) : null}
      {occupation === "JOB_SEEKING" ? (
        <FreeText id="jobSeekingReasons" label="Varför är deltagaren fortfarande arbetssökande?" max={FREE_TEXT_MAX} value={watch("jobSeekingReasons")}
          error={errors.jobSeekingReasons?.message} registration={register("jobSeekingReasons")} />
      ) : null}

      <h2 className="mt-6 mb-2 text-lg font-semibold">Aktiviteter</h2>
      <p className="mb-4 text-sm">Beskriv för varje aktivitet hur det har gått och vad nästa steg är för deltagaren.</p>
      {p.activities.length === 0 ? (
        <p className="mb-4 text-sm" data-testid="no-planning">
          Deltagaren hade ingen godkänd gemensam planering. Lägg till de aktiviteter deltagaren ändå har gjort, eller skicka utan aktiviteter.
        </p>
      ) : null}
      {fields.map((field, i) => {
        const e = errors.activities?.[i];
        const code = watch(`activities.${i}.activityCode`);
        const name = names.get(code) ?? code;
        return (
          <fieldset key={field.id} className="mb-4 rounded border border-gray-300 p-4">
            <legend className="px-1 font-semibold">{name}</legend>
            <input type="hidden" {...register(`activities.${i}.activityCode`)} />
            <FieldError id={`activities-${i}-activityCode`} error={e?.activityCode?.message} />
            <FreeText id={`activities-${i}-progress`} label="Hur har det gått?" max={FREE_TEXT_MAX} rows={4} value={watch(`activities.${i}.progress`)}
              error={e?.progress?.message} registration={register(`activities.${i}.progress`)} />
            <FreeText id={`activities-${i}-nextStep`} label="Nästa steg" max={FREE_TEXT_MAX} rows={3} value={watch(`activities.${i}.nextStep`)}
              error={e?.nextStep?.message} registration={register(`activities.${i}.nextStep`)} />
            {fields.length > 1 ? (
              <Button type="button" variant="secondary" onClick={() => remove(i)}>
                Ta bort<span className="sr-only"> {name}</span>
              </Button>
            ) : null}
          </fieldset>
        );
      })}
      <FieldError id="activities" error={listError} />
      {addable.length ? (
        <div className="mb-4 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="add-activity" className="mb-1 block font-medium">Lägg till en aktivitet</label>
            <select id="add-activity" className={inputClass} value={toAdd} onChange={(ev) => setToAdd(ev.target.value)}>
              <option value="">Välj aktivitet</option>
              {addable.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
            </select>
          </div>
          <Button type="button" variant="secondary" disabled={!toAdd} onClick={() => { append({ activityCode: toAdd, progress: "", nextStep: "" }); setToAdd(""); }}>
            Lägg till
          </Button>
        </div>
      ) : null}
      <FormButtons decisionId={p.decisionId} submitting={isSubmitting} label="Skicka slutredovisning" />
    </LiveForm>
  );
}
