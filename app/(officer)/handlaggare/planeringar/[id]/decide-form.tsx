"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { decidePlanningInput, REJECT_REASON_MAX, type DecidePlanningForm as FormValues, type DecidePlanningInput } from "@/lib/planning/schemas";
import { FieldError, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { decidePlanningAction } from "./actions";

export function DecidePlanningForm({ planningId, createsOrder }: { planningId: string; createsOrder: boolean }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, watch, formState } = useForm<FormValues, unknown, DecidePlanningInput>({
    resolver: zodResolver(decidePlanningInput),
    defaultValues: { planningId, reason: "" },
  });
  const { errors, isSubmitting } = formState;
  const decision = watch("decision");
  const decisionError = errors.decision?.message;
  const reasonError = errors.reason?.message;

  async function onSubmit(values: DecidePlanningInput) {
    setFormError(undefined);
    const res = await decidePlanningAction(values);
    if (res.ok) {
      const sp = new URLSearchParams({ beslut: res.data.status === "APPROVED" ? "godkand" : "ej-godkand" });
      if (res.data.orderNumber) sp.set("order", res.data.orderNumber);
      router.push(`/handlaggare/planeringar?${sp.toString()}`);
    } else setFormError(applyServerErrors(res, setError));
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset className="mb-4" aria-describedby={decisionError ? "decision-error" : undefined}>
        <legend className="mb-1 font-medium">Beslut</legend>
        <div className="mb-2 flex items-start gap-2">
          <input id="decision-approve" type="radio" value="APPROVE" className="mt-1 h-5 w-5" aria-describedby="decision-approve-hint" {...register("decision")} />
          <div>
            <label htmlFor="decision-approve">Godkänn</label>
            <p id="decision-approve-hint" className="text-sm text-gray-700">
              {createsOrder ? "Periodens beställning skapas." : "Periodens beställning finns redan och används även för den här versionen."}
            </p>
          </div>
        </div>
        <div className="flex items-center gap-2">
          <input id="decision-reject" type="radio" value="REJECT" className="h-5 w-5" {...register("decision")} />
          <label htmlFor="decision-reject">Godkänn inte</label>
        </div>
        <FieldError id="decision" error={decisionError} />
      </fieldset>
      {decision === "REJECT" ? (
        <div className="mb-4">
          <label htmlFor="reason" className="mb-1 block font-medium">Motivering</label>
          <p id="reason-hint" className="mb-1 text-sm text-gray-700">
            Leverantören ser motiveringen. Högst {REJECT_REASON_MAX} tecken. Skriv inga känsliga personuppgifter.
          </p>
          <textarea id="reason" rows={4} maxLength={REJECT_REASON_MAX} className={inputClass} aria-invalid={!!reasonError}
            aria-describedby={describedBy("reason", { error: reasonError, hint: true })} {...register("reason")} />
          <FieldError id="reason" error={reasonError} />
        </div>
      ) : null}
      <Button type="submit" variant={decision === "REJECT" ? "danger" : "primary"} disabled={isSubmitting}>
        {decision === "REJECT" ? "Godkänn inte planeringen" : decision === "APPROVE" ? "Godkänn planeringen" : "Spara beslut"}
      </Button>
    </form>
  );
}
