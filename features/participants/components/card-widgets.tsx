"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { firstMeetingInput, followUpInput, type FirstMeetingInput, type FollowUpInput } from "@/features/assignments/schemas";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { changeHandledareAction, firstMeetingAction, followUpAction, revealPnrAction } from "@/features/participants/actions";
import { LiveForm } from "@/components/forms/live-form";
import { HANDLEDARE_LOAD_HINT, handledareOptionLabel } from "@/features/assignments/load-text";

export function RevealPnr({ decisionId }: { decisionId: string }) {
  const [value, setValue] = useState<string>();
  const [error, setError] = useState<string>();
  if (value) return <span data-testid="pnr">{value}</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span aria-label="Personnummer dolt">********-****</span>
      <button
        type="button"
        className="min-h-11 rounded border border-af-blue px-3 text-af-blue"
        onClick={async () => {
          const res = await revealPnrAction({ decisionId });
          if (res.ok) setValue(res.data.value);
          else setError(res.formError);
        }}
      >
        Visa<span className="sr-only"> personnummer</span>
      </button>
      {error ? <span role="alert" className="text-red-800">{error}</span> : null}
    </span>
  );
}

type Option = { userId: string; name: string; load: number; cap: number | null };

export function ChangeHandledare({ decisionId, current, options }: { decisionId: string; current: { id: string; name: string } | null; options: Option[] }) {
  const router = useRouter();
  const [choice, setChoice] = useState(current?.id ?? "");
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());
  async function save() {
    setError(undefined);
    setSaved(false);
    if (!choice) return setError("Välj en handledare.");
    setBusy(true);
    const res = await changeHandledareAction({ items: [{ decisionId, expectedHandledareId: current?.id ?? null }], handledareId: choice, idempotencyKey: key });
    setBusy(false);
    if (res.ok) {
      setSaved(true);
      setKey(crypto.randomUUID());
      router.refresh();
    } else setError(res.formError ?? Object.values(res.fieldErrors ?? {})[0]);
  }
  return (
    <div>
      {saved ? <Alert tone="success">Handledaren är sparad.</Alert> : null}
      <label htmlFor="handledare" className="mb-1 block font-medium">Handledare</label>
      <select id="handledare" value={choice} onChange={(e) => setChoice(e.target.value)} className={inputClass}
        aria-invalid={!!error} aria-describedby={error ? "handledare-hint handledare-error" : "handledare-hint"}>
        <option value="">Välj handledare</option>
        {options.map((o) => (
          <option key={o.userId} value={o.userId}>{handledareOptionLabel(o)}</option>
        ))}
      </select>
      <p id="handledare-hint" className="mt-1 text-sm text-gray-700">{HANDLEDARE_LOAD_HINT}</p>
      {error ? <p id="handledare-error" role="alert" className="mt-1 text-sm font-medium text-red-800">{error}</p> : null}
      <Button type="button" className="mt-2" onClick={save} disabled={busy}>Spara handledare</Button>
    </div>
  );
}

export function FirstMeetingForm({ decisionId, current }: { decisionId: string; current: string | null }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<FirstMeetingInput>({ resolver: zodResolver(firstMeetingInput), defaultValues: { decisionId, date: current ?? "" } });
  const e = formState.errors.date?.message;
  return (
    <LiveForm noValidate onSubmit={handleSubmit(async (v) => {
      setFormError(undefined);
      const res = await firstMeetingAction(v);
      if (res.ok) router.refresh();
      else setFormError(applyServerErrors(res, setError));
    })}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="first-meeting" label="Första möte (bokat datum)" error={e}>
        <input id="first-meeting" type="date" className={inputClass} aria-invalid={!!e} aria-describedby={describedBy("first-meeting", { error: e })} {...register("date")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>Spara första möte</Button>
    </LiveForm>
  );
}

export function FollowUpForm({ decisionId, today }: { decisionId: string; today: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<FollowUpInput>({ resolver: zodResolver(followUpInput), defaultValues: { decisionId, date: today } });
  const e = formState.errors.date?.message;
  return (
    <LiveForm noValidate onSubmit={handleSubmit(async (v) => {
      setFormError(undefined);
      const res = await followUpAction(v);
      if (res.ok) router.refresh();
      else setFormError(applyServerErrors(res, setError));
    })}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="follow-up" label="Registrera genomfört möte" error={e}>
        <input id="follow-up" type="date" max={today} className={inputClass} aria-invalid={!!e} aria-describedby={describedBy("follow-up", { error: e })} {...register("date")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>Registrera möte</Button>
    </LiveForm>
  );
}
