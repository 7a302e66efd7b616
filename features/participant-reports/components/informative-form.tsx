"use client";

import { useForm, type DefaultValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "@/lib/validation/zod";
import { informativeInput } from "@/features/participant-reports/schemas";
import { INFORMATIVE_CONCERN_LABELS, REPORT_KIND_SLUGS } from "@/features/participant-reports/labels";
import { FREE_TEXT_MAX } from "@/features/participant-reports/rules";
import { ChoiceGroup, envelope, FormButtons, FormError, FreeText, options, TextField, useReportSubmit, type ReportFormProps } from "./form-parts";
import { LiveForm } from "@/components/forms/live-form";

type In = z.input<typeof informativeInput>;
type Out = z.output<typeof informativeInput>;

export function InformativeForm(p: ReportFormProps) {
  const { register, handleSubmit, setError, watch, formState } = useForm<In, unknown, Out>({
    resolver: zodResolver(informativeInput),
    defaultValues: {
      concerns: [], text: "", contactName: p.contact.name, contactPhone: "", contactEmail: p.contact.email,
      ...p.original, ...envelope("INFORMATIVE", p),
    } as DefaultValues<In>,
  });
  const { errors, isSubmitting } = formState;
  const { formError, submit } = useReportSubmit(p.decisionId, REPORT_KIND_SLUGS.INFORMATIVE, setError);
  return (
    <LiveForm onSubmit={handleSubmit(submit)} noValidate>
      <FormError message={formError} />
      <ChoiceGroup id="concerns" legend="Vad gäller rapporten?" hint="Välj ett eller flera." multiple options={options(INFORMATIVE_CONCERN_LABELS)}
        error={errors.concerns?.message ?? errors.concerns?.root?.message} registration={register("concerns")} />
      <FreeText id="text" label="Information till Arbetsförmedlingen" hint="Beskriv behovet och vad Arbetsförmedlingen behöver göra." max={FREE_TEXT_MAX} rows={8}
        value={watch("text")} error={errors.text?.message} registration={register("text")} />
      <fieldset className="mb-2" aria-describedby="contact-hint">
        <legend className="mb-1 font-medium">Dina kontaktuppgifter</legend>
        <p id="contact-hint" className="mb-2 text-sm text-gray-700">Arbetsförmedlingen kontaktar dig om något är oklart. Ange telefonnummer, e-postadress eller båda.</p>
        <TextField id="contactName" label="Namn" autoComplete="name" error={errors.contactName?.message} registration={register("contactName")} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField id="contactPhone" label="Telefon" type="tel" autoComplete="tel" error={errors.contactPhone?.message} registration={register("contactPhone")} />
          <TextField id="contactEmail" label="E-post" type="email" autoComplete="email" error={errors.contactEmail?.message} registration={register("contactEmail")} />
        </div>
      </fieldset>
      <FormButtons decisionId={p.decisionId} submitting={isSubmitting} label="Skicka informativ rapport" />
    </LiveForm>
  );
}
