"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { PERMISSION_LABELS } from "@/lib/authz/permissions";
import {
  API_TOKEN_NAME_MAX, API_TOKEN_PERMISSIONS, API_TOKEN_PERMISSION_HINTS, createApiTokenInput, type CreateApiTokenForm,
} from "@/lib/api/token-schemas";
import { Field, FieldError, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { UnitScopeFields } from "@/features/staff/components/unit-scope-fields";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { createApiTokenAction } from "@/features/api-tokens/actions";
import { LiveForm } from "@/components/forms/live-form";

export type Unit = { id: string; name: string; street: string; city: string };
type Created = { id: string; secret: string; prefix: string; expires: string };

export function CreateTokenForm({ units, defaultExpiry, minExpiry, maxExpiry }: { units: Unit[]; defaultExpiry: string; minExpiry: string; maxExpiry: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [created, setCreated] = useState<Created>();
  const [copied, setCopied] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const { register, handleSubmit, watch, setError, reset, formState } = useForm<CreateApiTokenForm>({
    resolver: zodResolver(createApiTokenInput) as never,
    defaultValues: { name: "", permissions: [], unitScope: "SELECTED", unitIds: [], expiresAt: defaultExpiry },
  });
  const { errors, isSubmitting } = formState;
  const scope = watch("unitScope");

  useEffect(() => {
    if (created) resultHeading.current?.focus();
  }, [created]);

  async function onSubmit(values: CreateApiTokenForm) {
    setFormError(undefined);
    const res = await createApiTokenAction(values);
    if (res.ok) {
      setCreated(res.data);
      setCopied(false);
      reset();
      router.refresh();
    } else {
      setFormError(applyServerErrors(res, setError));
    }
  }

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  if (created) {
    return (
      <section aria-labelledby="ny-nyckel" className="mb-6 rounded border-l-4 border-green-800 bg-green-50 p-4 text-green-900">
        <h2 id="ny-nyckel" ref={resultHeading} tabIndex={-1} className="mb-2 text-lg font-semibold">
          API-nyckeln är skapad
        </h2>
        <p className="mb-2">
          Kopiera nyckeln nu och lägg in den i ert verksamhetssystem. <strong>Den visas bara en gång</strong> och kan inte tas fram igen; den
          gäller till {created.expires}.
        </p>
        <label htmlFor="api-secret" className="mb-1 block font-medium">
          API-nyckel
        </label>
        <input id="api-secret" readOnly value={created.secret} className={`${inputClass} font-mono text-sm`} data-testid="api-token-secret" onFocus={(e) => e.currentTarget.select()} />
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <Button type="button" onClick={copy}>
            Kopiera nyckeln
          </Button>
          <Button type="button" variant="secondary" onClick={() => setCreated(undefined)}>
            Klar
          </Button>
          <span role="status" className="text-sm">
            {copied ? "Nyckeln är kopierad." : ""}
          </span>
        </div>
      </section>
    );
  }

  return (
    <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="skapa-nyckel" className="mb-6 max-w-2xl rounded bg-white p-6 shadow">
      <h2 id="skapa-nyckel" className="mb-4 text-lg font-semibold">
        Skapa API-nyckel
      </h2>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="name" label="Namn" error={errors.name?.message} hint="Vilket system nyckeln är till, så att ni känner igen den, till exempel ”Verksamhetssystem Stockholm”.">
        <input
          id="name"
          className={inputClass}
          autoComplete="off"
          maxLength={API_TOKEN_NAME_MAX}
          aria-invalid={!!errors.name}
          aria-describedby={describedBy("name", { error: errors.name?.message, hint: true })}
          {...register("name")}
        />
      </Field>
      <fieldset className="mb-4" aria-describedby={errors.permissions ? "permissions-error" : undefined}>
        <legend className="mb-1 font-medium">Behörigheter</legend>
        {API_TOKEN_PERMISSIONS.map((p) => (
          <div key={p} className="mb-2 flex items-start gap-2">
            <input id={`perm-${p}`} type="checkbox" value={p} className="mt-1 h-5 w-5" aria-describedby={`perm-${p}-hint`} {...register("permissions")} />
            <div>
              <label htmlFor={`perm-${p}`} className="font-medium">
                {PERMISSION_LABELS[p]}
              </label>
              <p id={`perm-${p}-hint`} className="text-sm text-gray-700">
                {API_TOKEN_PERMISSION_HINTS[p]}
              </p>
            </div>
          </div>
        ))}
        <FieldError id="permissions" error={errors.permissions?.message as string | undefined} />
      </fieldset>
      <UnitScopeFields
        register={register as never}
        scope={scope}
        units={units}
        errors={{ unitIds: errors.unitIds?.message as string | undefined, unitScope: errors.unitScope?.message as string | undefined }}
      />
      <Field id="expiresAt" label="Gäller till och med" error={errors.expiresAt?.message} hint={`Högst ett år framåt. Nyckeln slutar fungera vid midnatt efter dagen.`}>
        <input
          id="expiresAt"
          type="date"
          min={minExpiry}
          max={maxExpiry}
          className={`${inputClass} max-w-xs`}
          aria-invalid={!!errors.expiresAt}
          aria-describedby={describedBy("expiresAt", { error: errors.expiresAt?.message, hint: true })}
          {...register("expiresAt")}
        />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Skapar…" : "Skapa API-nyckel"}
      </Button>
    </LiveForm>
  );
}
