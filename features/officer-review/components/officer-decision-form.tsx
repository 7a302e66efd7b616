"use client";

// The officer's approve / reject form, shared by plannings and reports: a reason is asked for
// (and required) only when rejecting, and the supplier is warned it will see it.
import { useState } from "react";
import { useForm, type FieldValues, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "@/lib/validation/zod";
import { REJECT_REASON_MAX } from "@/lib/validation/officer-decision";
import type { ActionResult } from "@/lib/actions/result";
import { FieldError, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { LiveForm } from "@/components/forms/live-form";

export function OfficerDecisionForm<In extends FieldValues, Out>(props: {
  schema: z.ZodType<Out, In>;
  defaultValues: Partial<In>;
  /** definite form, lower case: "planeringen", "rapporten" */
  noun: string;
  approveHint?: string;
  submit: (values: Out) => Promise<ActionResult<unknown>>;
}) {
  const { schema, defaultValues, noun, approveHint, submit } = props;
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, watch, formState } = useForm<In, unknown, Out>({
    resolver: zodResolver(schema as never) as never,
    defaultValues: defaultValues as never,
  });
  const { errors, isSubmitting } = formState;
  const decision = watch("decision" as Path<In>) as unknown as string | undefined;
  const decisionError = errors.decision?.message as string | undefined;
  const reasonError = errors.reason?.message as string | undefined;

  async function onSubmit(values: Out) {
    setFormError(undefined);
    const res = await submit(values);
    if (!res.ok) setFormError(applyServerErrors(res, setError));
  }

  return (
    <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset className="mb-4" aria-describedby={decisionError ? "decision-error" : undefined}>
        <legend className="mb-1 font-medium">Beslut</legend>
        <div className="mb-2 flex items-start gap-2">
          <input id="decision-approve" type="radio" value="APPROVE" className="mt-1 h-5 w-5" aria-describedby={approveHint ? "decision-approve-hint" : undefined} {...register("decision" as Path<In>)} />
          <div>
            <label htmlFor="decision-approve">Godkänn</label>
            {approveHint ? <p id="decision-approve-hint" className="text-sm text-gray-700">{approveHint}</p> : null}
          </div>
        </div>
        <div className="flex items-center gap-2">
          <input id="decision-reject" type="radio" value="REJECT" className="h-5 w-5" {...register("decision" as Path<In>)} />
          <label htmlFor="decision-reject">Godkänn inte</label>
        </div>
        <FieldError id="decision" error={decisionError} />
      </fieldset>
      {decision === "REJECT" ? (
        <div className="mb-4">
          <label htmlFor="reason" className="mb-1 block font-medium">Motivering</label>
          <p id="reason-hint" className="mb-1 text-sm text-gray-700">
            Leverantören ser motiveringen direkt. Högst {REJECT_REASON_MAX} tecken. Skriv inga känsliga personuppgifter.
          </p>
          <textarea id="reason" rows={4} maxLength={REJECT_REASON_MAX} className={inputClass} aria-invalid={!!reasonError}
            aria-describedby={describedBy("reason", { error: reasonError, hint: true })} {...register("reason" as Path<In>)} />
          <FieldError id="reason" error={reasonError} />
        </div>
      ) : null}
      <Button type="submit" variant={decision === "REJECT" ? "danger" : "primary"} disabled={isSubmitting}>
        {decision === "REJECT" ? `Godkänn inte ${noun}` : decision === "APPROVE" ? `Godkänn ${noun}` : "Spara beslut"}
      </Button>
    </LiveForm>
  );
}
