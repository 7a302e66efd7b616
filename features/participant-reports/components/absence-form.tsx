"use client";

import { useForm, type DefaultValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "@/lib/validation/zod";
import { absenceInput } from "@/features/participant-reports/schemas";
import { ABSENCE_EXTENT_LABELS, ABSENCE_REASON_LABELS, OTHER_ABSENCE_REASON_LABELS, REPORT_KIND_SLUGS } from "@/features/participant-reports/labels";
import { ABSENCE_THRESHOLD_MINUTES, SHORT_TEXT_MAX } from "@/features/participant-reports/rules";
import { ChoiceGroup, envelope, FormButtons, FormError, FreeText, options, SelectField, TextField, useReportSubmit, type ReportFormProps } from "./form-parts";
import { LiveForm } from "@/components/forms/live-form";

type In = z.input<typeof absenceInput>;
type Out = z.output<typeof absenceInput>;

export function AbsenceForm(p: ReportFormProps) {
  const { register, handleSubmit, setError, watch, formState } = useForm<In, unknown, Out>({
    resolver: zodResolver(absenceInput),
    defaultValues: {
      date: "", expectedFrom: "", expectedTo: "", absentFrom: "", absentTo: "", activityCode: "", otherText: "",
      ...p.original, ...envelope("ABSENCE", p),
    } as DefaultValues<In>,
  });
  const { errors, isSubmitting } = formState;
  const { formError, submit } = useReportSubmit(p.decisionId, REPORT_KIND_SLUGS.ABSENCE, setError);
  const [extent, reason, otherReason] = watch(["extent", "reason", "otherReason"]);
  return (
    <LiveForm onSubmit={handleSubmit(submit)} noValidate>
      <FormError message={formError} />
      <p className="mb-4">Rapportera frånvaro som är längre än {ABSENCE_THRESHOLD_MINUTES} minuter, när aktiviteten är slut.</p>
      <TextField id="date" label="Datum för frånvaron" type="date" max={p.today} hint="Dagens datum eller tidigare." error={errors.date?.message} registration={register("date")} />
      <ChoiceGroup id="extent" legend="Omfattning" inline options={options(ABSENCE_EXTENT_LABELS)} error={errors.extent?.message} registration={register("extent")} />
      <fieldset className="mb-2">
        <legend className="mb-1 font-medium">Förväntad närvaro enligt planeringen</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField id="expectedFrom" label="Från klockan" type="time" error={errors.expectedFrom?.message} registration={register("expectedFrom")} />
          <TextField id="expectedTo" label="Till klockan" type="time" error={errors.expectedTo?.message} registration={register("expectedTo")} />
        </div>
      </fieldset>
      {extent === "PART_DAY" ? (
        <fieldset className="mb-2">
          <legend className="mb-1 font-medium">Frånvaro</legend>
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField id="absentFrom" label="Från klockan" type="time" error={errors.absentFrom?.message} registration={register("absentFrom")} />
            <TextField id="absentTo" label="Till klockan" type="time" error={errors.absentTo?.message} registration={register("absentTo")} />
          </div>
        </fieldset>
      ) : null}
      {p.activities.length === 0 ? (
        <p className="mb-4 rounded border-l-4 border-amber-700 bg-amber-50 p-3" data-testid="no-planning">
          Det finns ingen godkänd gemensam planering ännu. Frånvaro rapporteras för aktiviteter i planeringen.
        </p>
      ) : null}
      <SelectField id="activityCode" label="Aktivitet" placeholder="Välj aktivitet" options={p.activities.map((a) => ({ value: a.code, label: a.name }))}
        error={errors.activityCode?.message} registration={register("activityCode")} />
      <ChoiceGroup id="reason" legend="Orsak till frånvaron" options={options(ABSENCE_REASON_LABELS)} error={errors.reason?.message} registration={register("reason")} />
      {reason === "OTHER_KNOWN" ? (
        <div className="ml-7">
          <ChoiceGroup id="otherReason" legend="Vilken annan känd orsak?" options={options(OTHER_ABSENCE_REASON_LABELS)} error={errors.otherReason?.message} registration={register("otherReason")} />
          {otherReason === "OTHER" ? (
            <FreeText id="otherText" label="Beskriv orsaken" multiline={false} max={SHORT_TEXT_MAX} value={watch("otherText")} error={errors.otherText?.message} registration={register("otherText")} />
          ) : null}
        </div>
      ) : null}
      <FormButtons decisionId={p.decisionId} submitting={isSubmitting} label="Skicka frånvarorapport" />
    </LiveForm>
  );
}
