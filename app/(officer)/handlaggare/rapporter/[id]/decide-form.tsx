"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { decideReportInput, REJECT_REASON_MAX, type DecideReport, type DecideReportInput } from "@/lib/reports/schemas";
import { FieldError, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { decideReportAction } from "../actions";

export function DecideReportForm({ reportId, approveHint }: { reportId: string; approveHint?: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, watch, formState } = useForm<DecideReportInput, unknown, DecideReport>({
    resolver: zodResolver(decideReportInput),
    defaultValues: { reportId, reason: "" },
  });
  const { errors, isSubmitting } = formState;
  const decision = watch("decision");
  const decisionError = errors.decision?.message;
  const reasonError = errors.reason?.message;

  async function onSubmit(values: DecideReport) {
    setFormError(undefined);
    const res = await decideReportAction(values);
    if (res.ok) router.push(`/handlaggare/rapporter?beslut=${res.data.status === "APPROVED" ? "godkand" : "ej-godkand"}`);
    else setFormError(applyServerErrors(res, setError));
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset className="mb-4" aria-describedby={decisionError ? "decision-error" : undefined}>
        <legend className="mb-1 font-medium">Beslut</legend>
        <div className="mb-2 flex items-start gap-2">
          <input id="decision-approve" type="radio" value="APPROVE" className="mt-1 h-5 w-5" aria-describedby={approveHint ? "decision-approve-hint" : undefined} {...register("decision")} />
          <div>
            <label htmlFor="decision-approve">Godkänn</label>
            {approveHint ? <p id="decision-approve-hint" className="text-sm text-gray-700">{approveHint}</p> : null}
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
            Leverantören ser motiveringen direkt. Högst {REJECT_REASON_MAX} tecken. Skriv inga känsliga personuppgifter.
          </p>
          <textarea id="reason" rows={4} maxLength={REJECT_REASON_MAX} className={inputClass} aria-invalid={!!reasonError}
            aria-describedby={describedBy("reason", { error: reasonError, hint: true })} {...register("reason")} />
          <FieldError id="reason" error={reasonError} />
        </div>
      ) : null}
      <Button type="submit" variant={decision === "REJECT" ? "danger" : "primary"} disabled={isSubmitting}>
        {decision === "REJECT" ? "Godkänn inte rapporten" : decision === "APPROVE" ? "Godkänn rapporten" : "Spara beslut"}
      </Button>
    </form>
  );
}
