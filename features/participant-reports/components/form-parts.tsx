"use client";

// Building blocks of the report forms: labelled fields with their hints and errors, radio and
// checkbox groups in a fieldset with a legend, free text with a character counter and the
// warning about sensitive personal data, and the submission to the server action.
import { useState, type ReactNode } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { FieldValues, UseFormRegisterReturn, UseFormSetError } from "react-hook-form";
import { FieldError, describedBy, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { textLength } from "@/features/participant-reports/rules";
import { formatNumber } from "@/lib/format";
import type { ReportInput } from "@/features/participant-reports/schemas";
import { submitReportAction } from "@/features/participant-reports/actions/submit";

const ids = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(" ") || undefined;

/** Shown next to every free-text field. */
export function SensitiveDataWarning({ id }: { id: string }) {
  return (
    <p id={id} className="mb-1 rounded border-l-4 border-amber-700 bg-amber-50 px-2 py-1 text-sm text-amber-900">
      <span aria-hidden="true">⚠ </span>
      <strong>Skriv inga känsliga personuppgifter</strong>, till exempel om hälsa, diagnoser, etniskt ursprung, religion, politiska åsikter eller sexualliv.
    </p>
  );
}

export function TextField(props: {
  id: string; label: string; hint?: ReactNode; error?: string; registration: UseFormRegisterReturn;
  type?: "text" | "date" | "time" | "number" | "email" | "tel"; autoComplete?: string; inputMode?: "numeric" | "text"; className?: string; min?: string; max?: string;
}) {
  const { id, label, hint, error, registration, type = "text", autoComplete, inputMode, className = "", min, max } = props;
  return (
    <div className={`mb-4 ${className}`}>
      <label htmlFor={id} className="mb-1 block font-medium">{label}</label>
      {hint ? <p id={`${id}-hint`} className="mb-1 text-sm text-gray-700">{hint}</p> : null}
      <input id={id} type={type} autoComplete={autoComplete} inputMode={inputMode} min={min} max={max} className={inputClass}
        aria-invalid={!!error} aria-describedby={describedBy(id, { error, hint: !!hint })} {...registration} />
      <FieldError id={id} error={error} />
    </div>
  );
}

/** Free text: the sensitive-data warning, a counter against `max`, and the error, all tied to the field. */
export function FreeText(props: {
  id: string; label: string; hint?: ReactNode; max: number; value: unknown; error?: string; registration: UseFormRegisterReturn; multiline?: boolean; rows?: number;
}) {
  const { id, label, hint, max, error, registration, multiline = true, rows = 5 } = props;
  const used = typeof props.value === "string" ? textLength(props.value.trim()) : 0;
  const over = used > max;
  const describe = ids(hint ? `${id}-hint` : null, `${id}-warning`, `${id}-count`, error ? `${id}-error` : null);
  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block font-medium">{label}</label>
      {hint ? <p id={`${id}-hint`} className="mb-1 text-sm text-gray-700">{hint}</p> : null}
      <SensitiveDataWarning id={`${id}-warning`} />
      {multiline ? (
        <textarea id={id} rows={rows} className={inputClass} aria-invalid={!!error || over} aria-describedby={describe} {...registration} />
      ) : (
        <input id={id} type="text" className={inputClass} aria-invalid={!!error || over} aria-describedby={describe} {...registration} />
      )}
      <p id={`${id}-count`} className={`mt-1 text-sm ${over ? "font-medium text-red-800" : "text-gray-700"}`}>
        {over ? `${formatNumber(used - max)} tecken för mycket (högst ${formatNumber(max)})` : `${formatNumber(used)} av ${formatNumber(max)} tecken`}
      </p>
      <FieldError id={id} error={error} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

/** Radio buttons (or checkboxes with `multiple`) in a fieldset with a legend. */
export function ChoiceGroup(props: { id: string; legend: string; options: Option[]; error?: string; registration: UseFormRegisterReturn; multiple?: boolean; hint?: ReactNode; inline?: boolean }) {
  const { id, legend, options, error, registration, multiple, hint, inline } = props;
  return (
    <fieldset className="mb-4" aria-describedby={ids(hint ? `${id}-hint` : null, error ? `${id}-error` : null)}>
      <legend className="mb-1 font-medium">{legend}</legend>
      {hint ? <p id={`${id}-hint`} className="mb-1 text-sm text-gray-700">{hint}</p> : null}
      <div className={inline ? "flex flex-wrap gap-x-6" : ""}>
        {options.map((o) => (
          <div key={o.value} className="mb-2 flex items-start gap-2">
            <input id={`${id}-${o.value}`} type={multiple ? "checkbox" : "radio"} value={o.value} className="mt-1 h-5 w-5 shrink-0"
              aria-invalid={!!error} aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined} {...registration} />
            <div>
              <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
              {o.hint ? <p id={`${id}-${o.value}-hint`} className="text-sm text-gray-700">{o.hint}</p> : null}
            </div>
          </div>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

export function SelectField(props: { id: string; label: string; options: Option[]; error?: string; registration: UseFormRegisterReturn; placeholder?: string; hint?: ReactNode }) {
  const { id, label, options, error, registration, placeholder = "Välj", hint } = props;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block font-medium">{label}</label>
      {hint ? <p id={`${id}-hint`} className="mb-1 text-sm text-gray-700">{hint}</p> : null}
      <select id={id} className={inputClass} aria-invalid={!!error} aria-describedby={describedBy(id, { error, hint: !!hint })} {...registration}>
        <option value="">{placeholder}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

export const options = <K extends string>(labels: Record<K, string>): Option[] => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/** Sends the report; on success back to the participant's reports, otherwise errors next to their fields. */
export function useReportSubmit<T extends FieldValues>(decisionId: string, slug: string, setError: UseFormSetError<T>) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  async function submit(values: ReportInput) {
    setFormError(undefined);
    const res = await submitReportAction(values);
    if (res.ok) router.push(`/deltagare/${decisionId}/rapporter?skickad=${slug}`);
    else setFormError(applyServerErrors(res, setError));
  }
  return { formError, submit };
}

export function FormError({ message }: { message?: string }) {
  return message ? <Alert tone="error">{message}</Alert> : null;
}

export function FormButtons({ decisionId, submitting, label }: { decisionId: string; submitting: boolean; label: string }) {
  return (
    <div className="mt-6 flex flex-wrap items-center gap-4">
      <Button type="submit" disabled={submitting}>{submitting ? "Skickar …" : label}</Button>
      <Link href={`/deltagare/${decisionId}/rapporter`} className="text-af-accent underline">Avbryt</Link>
    </div>
  );
}

/** What every report form gets from its page. */
export interface ReportFormProps {
  decisionId: string;
  /** a correction: the report it corrects */
  correctsId: string | null;
  /** a correction starts from the corrected report's answers */
  original: Record<string, unknown> | null;
  /** YYYY-MM-DD, Swedish: the latest date the date pickers offer where the future is not allowed */
  today: string;
  /** the approved plannings' activities (none before a planning is approved) */
  activities: { code: string; name: string }[];
  catalogue: { code: string; name: string; mandatory: boolean }[];
  contact: { name: string; email: string };
}

/** The envelope every form sends: a fresh idempotency key per form, and the corrected report. */
export function envelope<K extends string>(kind: K, p: ReportFormProps) {
  return { kind, decisionId: p.decisionId, idempotencyKey: crypto.randomUUID(), correctsId: p.correctsId ?? undefined };
}
