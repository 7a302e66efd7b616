"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createDecisionInput, PARTICIPATION_RATES, type CreateDecisionInput } from "@/features/decisions/schemas";
import { periodEnd } from "@/features/decisions/periods";
import { formatDate } from "@/lib/format";
import { Field, FieldError, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SERVICE_VERSION_LABELS } from "@/features/decisions/labels";
import { createDecisionAction } from "@/features/decisions/actions";
import { LiveForm } from "@/components/forms/live-form";

type SupplierOption = { id: string; name: string; serviceVersion: "ROM1" | "ROM2"; units: { id: string; name: string; street: string; city: string }[] };

const LEVELS = [
  { value: "A", hint: "Kortast avstånd till arbetsmarknaden" },
  { value: "B", hint: "Medellångt avstånd" },
  { value: "C", hint: "Längst avstånd, mest stöd" },
] as const;

export function CreateDecisionForm({ participantId, suppliers, today }: { participantId: string; suppliers: SupplierOption[]; today: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  // One key per form: a double click or a retry creates one decision.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { register, handleSubmit, setError, setValue, watch, formState } = useForm<CreateDecisionInput>({
    resolver: zodResolver(createDecisionInput) as never,
    defaultValues: { participantId, startDate: today, participationRate: 100, interpreterNeeded: false, languageSupportNeeded: false, idempotencyKey, supplierId: "", unitId: "" },
  });
  const { errors, isSubmitting } = formState;
  const supplier = suppliers.find((s) => s.id === watch("supplierId"));
  const start = watch("startDate");
  const interpreter = watch("interpreterNeeded");

  async function onSubmit(values: CreateDecisionInput) {
    setFormError(undefined);
    const res = await createDecisionAction(values);
    if (res.ok) router.push(`/handlaggare/beslut/${res.data.decisionId}`);
    else setFormError(applyServerErrors(res, setError));
  }

  return (
    <LiveForm onSubmit={handleSubmit(onSubmit as never)} noValidate className="max-w-2xl rounded bg-white p-6 shadow">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FieldError id="participantId" error={errors.participantId?.message} />
      <Field id="supplierId" label="Leverantör" error={errors.supplierId?.message}>
        <select
          id="supplierId"
          className={inputClass}
          aria-invalid={!!errors.supplierId}
          aria-describedby={describedBy("supplierId", { error: errors.supplierId?.message })}
          {...register("supplierId", {
            onChange: (e) => {
              const s = suppliers.find((x) => x.id === e.target.value);
              setValue("unitId", "");
              if (s) setValue("serviceVersion", s.serviceVersion);
            },
          })}
        >
          <option value="">Välj leverantör</option>
          {suppliers.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </Field>
      <Field id="unitId" label="Utförande verksamhet" hint="Bara verksamheter i leverantörens leveransområden." error={errors.unitId?.message}>
        <select id="unitId" className={inputClass} disabled={!supplier} aria-invalid={!!errors.unitId}
          aria-describedby={describedBy("unitId", { error: errors.unitId?.message, hint: true })} {...register("unitId")}>
          <option value="">{supplier ? "Välj utförande verksamhet" : "Välj leverantör först"}</option>
          {supplier?.units.map((u) => <option key={u.id} value={u.id}>{u.name} – {u.street}, {u.city}</option>)}
        </select>
      </Field>
      <Field id="serviceVersion" label="Tjänsteversion" hint="Följer leverantörens avtal." error={errors.serviceVersion?.message}>
        <select id="serviceVersion" className={inputClass} aria-invalid={!!errors.serviceVersion}
          aria-describedby={describedBy("serviceVersion", { error: errors.serviceVersion?.message, hint: true })} {...register("serviceVersion")}>
          <option value="">Välj</option>
          <option value="ROM1">{SERVICE_VERSION_LABELS.ROM1}</option>
          <option value="ROM2">{SERVICE_VERSION_LABELS.ROM2}</option>
        </select>
      </Field>
      <fieldset className="mb-4" aria-describedby={errors.level ? "level-error" : "level-hint"}>
        <legend className="mb-1 font-medium">Nivå</legend>
        <p id="level-hint" className="mb-1 text-sm text-gray-700">Nivån gäller hela anvisningen och kan inte ändras efteråt.</p>
        {LEVELS.map((l) => (
          <div key={l.value} className="flex items-center gap-2">
            <input id={`level-${l.value}`} type="radio" value={l.value} className="h-5 w-5" {...register("level")} />
            <label htmlFor={`level-${l.value}`}>Nivå {l.value} <span className="text-sm text-gray-700">({l.hint})</span></label>
          </div>
        ))}
        <FieldError id="level" error={errors.level?.message} />
      </fieldset>
      <Field id="startDate" label="Startdatum"
        hint={/^\d{4}-\d{2}-\d{2}$/.test(start ?? "") ? `Period 1 blir ${formatDate(start)} – ${formatDate(periodEnd(start))}.` : "Period 1 är sex månader."}
        error={errors.startDate?.message}>
        <input id="startDate" type="date" min={today} className={inputClass} aria-invalid={!!errors.startDate}
          aria-describedby={describedBy("startDate", { error: errors.startDate?.message, hint: true })} {...register("startDate")} />
      </Field>
      <Field id="participationRate" label="Deltagandefrekvens" error={errors.participationRate?.message}>
        <select id="participationRate" className={inputClass} aria-invalid={!!errors.participationRate}
          aria-describedby={describedBy("participationRate", { error: errors.participationRate?.message })} {...register("participationRate")}>
          {PARTICIPATION_RATES.map((r) => <option key={r} value={r}>{r} %</option>)}
        </select>
      </Field>
      <div className="mb-2 flex items-center gap-2">
        <input id="languageSupportNeeded" type="checkbox" className="h-5 w-5" {...register("languageSupportNeeded")} />
        <label htmlFor="languageSupportNeeded">Behov av språkstöd</label>
      </div>
      <div className="mb-2 flex items-center gap-2">
        <input id="interpreterNeeded" type="checkbox" className="h-5 w-5" {...register("interpreterNeeded")} />
        <label htmlFor="interpreterNeeded">Behov av tolk</label>
      </div>
      {interpreter ? (
        <Field id="interpreterLanguage" label="Tolkspråk" error={errors.interpreterLanguage?.message}>
          <input id="interpreterLanguage" className={inputClass} aria-invalid={!!errors.interpreterLanguage}
            aria-describedby={describedBy("interpreterLanguage", { error: errors.interpreterLanguage?.message })} {...register("interpreterLanguage")} />
        </Field>
      ) : null}
      <Button type="submit" disabled={isSubmitting} className="mt-2">{isSubmitting ? "Sparar…" : "Fatta beslut"}</Button>
    </LiveForm>
  );
}
