"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { decideReportInput, REPORT_REASON_MAX, type DecideReportInput } from "@/features/periodic-reports/schemas";
import { describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { decideReportAction } from "@/features/periodic-reports/actions/decide";
import { LiveForm } from "@/components/forms/live-form";

export function DecideForm({ reportId }: { reportId: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, watch, formState } = useForm<DecideReportInput>({
    resolver: zodResolver(decideReportInput),
    defaultValues: { reportId, reason: "" },
  });
  const { errors, isSubmitting } = formState;
  const rejecting = watch("decision") === "REJECT";
  return (
    <LiveForm noValidate onSubmit={handleSubmit(async (values) => {
      setFormError(undefined);
      const res = await decideReportAction(values);
      // Back to the queue with what was decided, as for a report (the page itself showed nothing new).
      if (res.ok) router.push(`/handlaggare/redovisningar?beslut=${values.decision === "APPROVE" ? "godkand" : "ej-godkand"}`);
      else setFormError(applyServerErrors(res, setError));
    })}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset className="mb-4" aria-describedby={errors.decision ? "decision-error" : undefined}>
        <legend className="mb-1 font-medium">Beslut</legend>
        <div className="flex flex-wrap gap-4">
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="radio" value="APPROVE" className="h-5 w-5" aria-invalid={!!errors.decision} {...register("decision")} /> Godkänn
          </label>
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="radio" value="REJECT" className="h-5 w-5" aria-invalid={!!errors.decision} {...register("decision")} /> Godkänn inte
          </label>
        </div>
        {errors.decision ? <p id="decision-error" role="alert" className="mt-1 text-sm font-medium text-red-800">{errors.decision.message}</p> : null}
      </fieldset>
      <div className="mb-4">
        <label htmlFor="reason" className="mb-1 block font-medium">Skäl{rejecting ? "" : " (krävs om redovisningen inte godkänns)"}</label>
        <p id="reason-hint" className="mb-1 text-sm text-gray-700">Leverantören ser skälet. Högst {REPORT_REASON_MAX} tecken, inga känsliga personuppgifter.</p>
        <textarea id="reason" rows={4} maxLength={REPORT_REASON_MAX} className={inputClass} aria-invalid={!!errors.reason}
          aria-describedby={describedBy("reason", { error: errors.reason?.message, hint: true })} {...register("reason")} />
        {errors.reason ? <p id="reason-error" role="alert" className="mt-1 text-sm font-medium text-red-800">{errors.reason.message}</p> : null}
      </div>
      <Button type="submit" disabled={isSubmitting}>Spara beslut</Button>
    </LiveForm>
  );
}
