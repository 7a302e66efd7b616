"use client";

import { useFieldArray, useForm, type DefaultValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "@/lib/validation/zod";
import { resultInput } from "@/features/participant-reports/schemas";
import { EXTENT_LABELS, REPORT_KIND_SLUGS, RESULT_TYPE_LABELS } from "@/features/participant-reports/labels";
import { RESULT_MAX_EMPLOYMENTS } from "@/features/participant-reports/rules";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { ChoiceGroup, envelope, FormButtons, FormError, options, TextField, useReportSubmit, type ReportFormProps } from "./form-parts";
import { LiveForm } from "@/components/forms/live-form";

type In = z.input<typeof resultInput>;
type Out = z.output<typeof resultInput>;

const emptyEmployment = { type: undefined, extent: undefined, percent: undefined, employer: "", orgNumber: "", startDate: "", endDate: "" };

export function ResultForm(p: ReportFormProps) {
  const { control, register, handleSubmit, setError, watch, formState } = useForm<In, unknown, Out>({
    resolver: zodResolver(resultInput),
    defaultValues: { employments: [emptyEmployment], ...p.original, ...envelope("RESULT", p) } as DefaultValues<In>,
  });
  const { fields, append, remove } = useFieldArray({ control, name: "employments" });
  const { errors, isSubmitting } = formState;
  const { formError, submit } = useReportSubmit(p.decisionId, REPORT_KIND_SLUGS.RESULT, setError);
  const listError = errors.employments?.message ?? errors.employments?.root?.message;
  return (
    <LiveForm onSubmit={handleSubmit(submit)} noValidate>
      <FormError message={formError} />
      <p className="mb-4">Redovisa varje anställning eller utbildning för sig. Du kan lägga till flera.</p>
      {fields.map((field, i) => {
        const e = errors.employments?.[i];
        const at = `employments-${i}`;
        return (
          <fieldset key={field.id} className="mb-4 rounded border border-gray-300 p-4">
            <legend className="px-1 text-lg font-semibold">Anställning eller utbildning {i + 1}</legend>
            <ChoiceGroup id={`${at}-type`} legend="Typ" inline options={options(RESULT_TYPE_LABELS)} error={e?.type?.message} registration={register(`employments.${i}.type`)} />
            <ChoiceGroup id={`${at}-extent`} legend="Omfattning" inline options={options(EXTENT_LABELS)} error={e?.extent?.message} registration={register(`employments.${i}.extent`)} />
            {watch(`employments.${i}.extent`) === "PART_TIME" ? (
              <TextField id={`${at}-percent`} label="Omfattning i procent" type="text" inputMode="numeric" hint="1–99 procent av heltid." className="max-w-xs"
                error={e?.percent?.message} registration={register(`employments.${i}.percent`)} />
            ) : null}
            <div className="grid gap-x-4 md:grid-cols-2">
              <TextField id={`${at}-employer`} label="Arbetsgivare eller utbildningsanordnare (frivilligt)" error={e?.employer?.message} registration={register(`employments.${i}.employer`)} />
              <TextField id={`${at}-orgNumber`} label="Organisationsnummer" hint="NNNNNN-NNNN. Ange 000000-0000 för enskild firma eller utländsk arbetsgivare."
                error={e?.orgNumber?.message} registration={register(`employments.${i}.orgNumber`)} />
              <TextField id={`${at}-startDate`} label="Startdatum" type="date" error={e?.startDate?.message} registration={register(`employments.${i}.startDate`)} />
              <TextField id={`${at}-endDate`} label="Slutdatum" type="date" hint="Lämna tomt om den gäller tills vidare." error={e?.endDate?.message} registration={register(`employments.${i}.endDate`)} />
            </div>
            {fields.length > 1 ? (
              <Button type="button" variant="secondary" onClick={() => remove(i)}>
                Ta bort<span className="sr-only"> anställning eller utbildning {i + 1}</span>
              </Button>
            ) : null}
          </fieldset>
        );
      })}
      <FieldError id="employments" error={listError} />
      {fields.length < RESULT_MAX_EMPLOYMENTS ? (
        <Button type="button" variant="secondary" onClick={() => append(emptyEmployment as unknown as In["employments"][number])}>
          Lägg till anställning eller utbildning
        </Button>
      ) : null}
      <FormButtons decisionId={p.decisionId} submitting={isSubmitting} label="Skicka resultatredovisning" />
    </LiveForm>
  );
}
