"use client";

import { useForm, type DefaultValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "@/lib/validation/zod";
import { deviationInput } from "@/features/participant-reports/schemas";
import { DEVIATION_FIELD_LABELS, DEVIATION_FIELDS, DEVIATION_REASON_LABELS, REPORT_KIND_SLUGS } from "@/features/participant-reports/labels";
import { FREE_TEXT_MAX } from "@/features/participant-reports/rules";
import { ChoiceGroup, envelope, FormButtons, FormError, FreeText, options, TextField, useReportSubmit, type ReportFormProps } from "./form-parts";
import { LiveForm } from "@/components/forms/live-form";

type In = z.input<typeof deviationInput>;
type Out = z.output<typeof deviationInput>;

export function DeviationForm(p: ReportFormProps) {
  const { register, handleSubmit, setError, watch, formState } = useForm<In, unknown, Out>({
    resolver: zodResolver(deviationInput),
    defaultValues: {
      date: "", offeredActivity: "", offeredJob: "", employer: "", offeredDate: "", description: "",
      ...p.original, ...envelope("DEVIATION", p),
    } as DefaultValues<In>,
  });
  const { errors, isSubmitting } = formState;
  const { formError, submit } = useReportSubmit(p.decisionId, REPORT_KIND_SLUGS.DEVIATION, setError);
  const reason = watch("reason");
  const asked: readonly string[] = reason && reason in DEVIATION_FIELDS ? DEVIATION_FIELDS[reason as keyof typeof DEVIATION_FIELDS] : [];
  return (
    <LiveForm onSubmit={handleSubmit(submit)} noValidate>
      <FormError message={formError} />
      <TextField id="date" label="Datum för avvikelsen" type="date" max={p.today} hint="Dagens datum eller tidigare." error={errors.date?.message} registration={register("date")} />
      <ChoiceGroup id="reason" legend="Vad gäller avvikelsen?" options={options(DEVIATION_REASON_LABELS)} error={errors.reason?.message} registration={register("reason")} />
      {asked.includes("offeredActivity") ? (
        <TextField id="offeredActivity" label={DEVIATION_FIELD_LABELS.offeredActivity} error={errors.offeredActivity?.message} registration={register("offeredActivity")} />
      ) : null}
      {asked.includes("offeredJob") ? (
        <TextField id="offeredJob" label={DEVIATION_FIELD_LABELS.offeredJob} error={errors.offeredJob?.message} registration={register("offeredJob")} />
      ) : null}
      {asked.includes("employer") ? (
        <TextField id="employer" label={DEVIATION_FIELD_LABELS.employer} autoComplete="organization" error={errors.employer?.message} registration={register("employer")} />
      ) : null}
      {asked.includes("offeredDate") ? (
        <TextField id="offeredDate" label={DEVIATION_FIELD_LABELS.offeredDate} type="date" max={p.today} error={errors.offeredDate?.message} registration={register("offeredDate")} />
      ) : null}
      <FreeText id="description" label="Beskriv vad som hänt" hint="Skriv vad som hände och när. Arbetsförmedlingen använder rapporten i sin bedömning."
        max={FREE_TEXT_MAX} value={watch("description")} error={errors.description?.message} registration={register("description")} />
      <FormButtons decisionId={p.decisionId} submitting={isSubmitting} label="Skicka avvikelserapport" />
    </LiveForm>
  );
}
