"use client";

import { useForm, type DefaultValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "@/lib/validation/zod";
import { workSignalInput } from "@/features/participant-reports/schemas";
import { EXTENT_LABELS, REPORT_KIND_SLUGS, SIGNAL_TYPE_LABELS } from "@/features/participant-reports/labels";
import { ChoiceGroup, envelope, FormButtons, FormError, options, TextField, useReportSubmit, type ReportFormProps } from "./form-parts";
import { LiveForm } from "@/components/forms/live-form";

type In = z.input<typeof workSignalInput>;
type Out = z.output<typeof workSignalInput>;

export function WorkSignalForm(p: ReportFormProps) {
  const { register, handleSubmit, setError, watch, formState } = useForm<In, unknown, Out>({
    resolver: zodResolver(workSignalInput),
    defaultValues: { startDate: "", ...p.original, ...envelope("WORK_SIGNAL", p) } as DefaultValues<In>,
  });
  const { errors, isSubmitting } = formState;
  const { formError, submit } = useReportSubmit(p.decisionId, REPORT_KIND_SLUGS.WORK_SIGNAL, setError);
  return (
    <LiveForm onSubmit={handleSubmit(submit)} noValidate>
      <FormError message={formError} />
      <ChoiceGroup id="type" legend="Deltagaren ska börja med" inline options={options(SIGNAL_TYPE_LABELS)} error={errors.type?.message} registration={register("type")} />
      <ChoiceGroup id="extent" legend="Omfattning" inline options={options(EXTENT_LABELS)} error={errors.extent?.message} registration={register("extent")} />
      {watch("extent") === "PART_TIME" ? (
        <TextField id="percent" label="Omfattning i procent" type="text" inputMode="numeric" hint="1–99 procent av heltid." className="max-w-xs"
          error={errors.percent?.message} registration={register("percent")} />
      ) : null}
      <TextField id="startDate" label="Startdatum" type="date" className="max-w-xs" error={errors.startDate?.message} registration={register("startDate")} />
      <FormButtons decisionId={p.decisionId} submitting={isSubmitting} label="Skicka signal" />
    </LiveForm>
  );
}
