"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  changePeriodEndInput, INTERRUPTION_REASON_LABELS, INTERRUPTION_REASONS, registerInterruptionInput, registerWorkPlacementInput,
  type ChangePeriodEndInput, type RegisterInterruptionInput, type RegisterWorkPlacementInput,
} from "@/features/decisions/schemas";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { changePeriodEndAction, grantPeriod2Action, registerInterruptionAction, registerWorkPlacementAction, withdrawInterruptionAction } from "@/features/decisions/actions";
import { LiveForm } from "@/components/forms/live-form";

export function InterruptionForm({ decisionId, today, lastDay }: { decisionId: string; today: string; lastDay: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<RegisterInterruptionInput>({
    resolver: zodResolver(registerInterruptionInput),
    defaultValues: { decisionId, date: today },
  });
  const { errors, isSubmitting } = formState;
  async function onSubmit(values: RegisterInterruptionInput) {
    setFormError(undefined);
    const res = await registerInterruptionAction(values);
    if (res.ok) router.refresh();
    else setFormError(applyServerErrors(res, setError));
  }
  return (
    <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="interruption-date" label="Datum för avbrott" hint="Dagens datum eller senare; ett senare datum blir ett planerat avbrott." error={errors.date?.message}>
        <input id="interruption-date" type="date" min={today} max={lastDay} className={inputClass} aria-invalid={!!errors.date}
          aria-describedby={describedBy("interruption-date", { error: errors.date?.message, hint: true })} {...register("date")} />
      </Field>
      <Field id="interruption-reason" label="Orsak" error={errors.reason?.message}>
        <select id="interruption-reason" className={inputClass} aria-invalid={!!errors.reason}
          aria-describedby={describedBy("interruption-reason", { error: errors.reason?.message })} {...register("reason")}>
          <option value="">Välj orsak</option>
          {INTERRUPTION_REASONS.map((r) => <option key={r} value={r}>{INTERRUPTION_REASON_LABELS[r]}</option>)}
        </select>
      </Field>
      <Button type="submit" variant="danger" disabled={isSubmitting}>Registrera avbrott</Button>
    </LiveForm>
  );
}

/** Praktik: employer and dates; the server checks the three-month limit per period. */
export function WorkPlacementForm({ decisionId, today, lastDay }: { decisionId: string; today: string; lastDay: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const { register, handleSubmit, setError, reset, formState } = useForm<RegisterWorkPlacementInput>({
    resolver: zodResolver(registerWorkPlacementInput),
    defaultValues: { decisionId, employer: "", startDate: today, endDate: "" },
  });
  const { errors, isSubmitting } = formState;
  async function onSubmit(values: RegisterWorkPlacementInput) {
    setFormError(undefined);
    setSaved(undefined);
    const res = await registerWorkPlacementAction(values);
    if (res.ok) {
      setSaved(`Praktiken hos ${values.employer} är registrerad. Leverantören ser den på deltagarens sida och under Händelser.`);
      reset({ decisionId, employer: "", startDate: today, endDate: "" });
      router.refresh();
    } else setFormError(applyServerErrors(res, setError));
  }
  const field = (id: "employer" | "startDate" | "endDate", label: string, type: string, hint?: string) => (
    <Field id={`praktik-${id}`} label={label} hint={hint} error={errors[id]?.message}>
      <input id={`praktik-${id}`} type={type} min={type === "date" ? today : undefined} max={type === "date" ? lastDay : undefined} className={inputClass}
        aria-invalid={!!errors[id]} aria-describedby={describedBy(`praktik-${id}`, { error: errors[id]?.message, hint: !!hint })} {...register(id)} />
    </Field>
  );
  return (
    <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Registrera praktik">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {field("employer", "Arbetsplats", "text")}
      <div className="grid gap-x-4 sm:grid-cols-2">
        {field("startDate", "Startdatum", "date", "I dag eller senare.")}
        {field("endDate", "Slutdatum", "date", "Högst tre månader praktik per period.")}
      </div>
      <Button type="submit" disabled={isSubmitting}>Registrera praktik</Button>
    </LiveForm>
  );
}

function useSimpleAction() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function run(fn: () => Promise<{ ok: boolean; formError?: string; fieldErrors?: Record<string, string> }>) {
    setBusy(true);
    setError(undefined);
    const res = await fn();
    setBusy(false);
    if (res.ok) router.refresh();
    else setError(res.formError ?? Object.values(res.fieldErrors ?? {})[0]);
  }
  return { error, busy, run };
}

export function WithdrawInterruptionButton({ decisionId, interruptionId }: { decisionId: string; interruptionId: string }) {
  const { error, busy, run } = useSimpleAction();
  return (
    <div className="mt-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="button" variant="secondary" disabled={busy} onClick={() => run(() => withdrawInterruptionAction({ decisionId, interruptionId }))}>
        Återkalla avbrottet
      </Button>
    </div>
  );
}

export function GrantPeriod2Button({ decisionId }: { decisionId: string }) {
  const { error, busy, run } = useSimpleAction();
  return (
    <div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="button" disabled={busy} onClick={() => run(() => grantPeriod2Action({ decisionId }))}>
        Bevilja period 2
      </Button>
    </div>
  );
}

export function ChangePeriodEndForm({ decisionId, periodId, current, today }: { decisionId: string; periodId: string; current: string; today: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<ChangePeriodEndInput>({
    resolver: zodResolver(changePeriodEndInput),
    defaultValues: { periodId, endDate: current },
  });
  const { errors, isSubmitting } = formState;
  async function onSubmit(values: ChangePeriodEndInput) {
    setFormError(undefined);
    const res = await changePeriodEndAction({ ...values, decisionId });
    if (res.ok) router.refresh();
    else setFormError(applyServerErrors(res, setError));
  }
  return (
    <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate className="mt-4 border-t pt-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="period-end" label="Ändra slutdatum för pågående period" hint="Inte bakåt i tiden och högst ett år från start." error={errors.endDate?.message}>
        <input id="period-end" type="date" min={today} className={inputClass} aria-invalid={!!errors.endDate}
          aria-describedby={describedBy("period-end", { error: errors.endDate?.message, hint: true })} {...register("endDate")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>Spara slutdatum</Button>
    </LiveForm>
  );
}
