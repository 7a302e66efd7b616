"use client";

import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useFieldArray, useForm, type UseFormRegisterReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  MAX_UNITS_PER_REGISTRATION,
  SERVICE_VERSION_LABELS,
  registerSupplierInput,
  type RegisterSupplierFormValues,
  type RegisterSupplierInput,
} from "@/features/suppliers/schemas";
import { Field, FieldError, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { registerSupplierAction } from "@/features/suppliers/actions";
import { LiveForm } from "@/components/forms/live-form";

type Area = { id: string; code: string; name: string };

const emptyUnit = (deliveryAreaId = "") => ({ name: "", street: "", postalCode: "", city: "", municipality: "", deliveryAreaId });

function TextInput(props: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  type?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email";
  registration: UseFormRegisterReturn;
}) {
  const { id, label, error, hint, type = "text", autoComplete = "off", inputMode, registration } = props;
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        className={inputClass}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, { error, hint: !!hint })}
        {...registration}
      />
    </Field>
  );
}

export function RegisterSupplierForm({ areas }: { areas: Area[] }) {
  const [formError, setFormError] = useState<string>();
  const [result, setResult] = useState<{ supplierId: string; name: string }>();
  const [announcement, setAnnouncement] = useState("");
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<number | "add" | null>(null);

  const { register, control, handleSubmit, setError, setFocus, setValue, getValues, watch, formState } = useForm<
    RegisterSupplierFormValues,
    unknown,
    RegisterSupplierInput
  >({
    resolver: zodResolver(registerSupplierInput),
    defaultValues: { name: "", orgNumber: "", deliveryAreaIds: [], units: [emptyUnit()], admin: { name: "", email: "" } },
  });
  const { errors, isSubmitting } = formState;
  const { fields, append, remove } = useFieldArray({ control, name: "units" });

  const watchedAreas = watch("deliveryAreaIds");
  const chosenIds = Array.isArray(watchedAreas) ? watchedAreas : [];
  const chosenAreas = areas.filter((a) => chosenIds.includes(a.id));
  const chosenKey = chosenIds.join(",");

  // A unit cannot stay in an area that is no longer chosen.
  useEffect(() => {
    const chosen = chosenKey ? chosenKey.split(",") : [];
    (getValues("units") ?? []).forEach((u, i) => {
      if (u?.deliveryAreaId && !chosen.includes(u.deliveryAreaId)) setValue(`units.${i}.deliveryAreaId`, "");
    });
  }, [chosenKey, getValues, setValue]);

  // Keyboard focus goes somewhere sensible after a unit row is removed.
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (target === "add") document.getElementById("add-unit")?.focus();
    else setFocus(`units.${target}.name`);
  }, [fields, setFocus]);

  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  function addUnit() {
    append(emptyUnit(chosenIds.length === 1 ? chosenIds[0] : ""));
    setAnnouncement(`Utförande verksamhet ${fields.length + 1} har lagts till.`);
  }

  function removeUnit(i: number) {
    remove(i);
    pendingFocus.current = fields.length > 1 ? Math.max(0, i - 1) : "add";
    setAnnouncement(`Utförande verksamhet ${i + 1} har tagits bort.`);
  }

  async function onSubmit(values: RegisterSupplierInput) {
    setFormError(undefined);
    const res = await registerSupplierAction(values);
    if (res.ok) setResult({ ...res.data, name: values.name });
    else setFormError(applyServerErrors(res, setError));
  }

  if (result) {
    return (
      <div className="max-w-3xl rounded bg-white p-6 shadow">
        <h2 ref={resultHeading} tabIndex={-1} className="mb-4 text-xl font-semibold">
          {result.name} är registrerad
        </h2>
        <Alert tone="success" title="Leverantören, leveransområdena och de utförande verksamheterna är sparade.">
          <p data-testid="invitation-sent">
            En inbjudan har skickats med e-post till behörighetsadministratören. Länken i den gäller i sju dagar och fungerar bara för den som tar emot e-posten.
          </p>
        </Alert>
        <p className="flex flex-wrap gap-4">
          <Link href={`/handlaggare/leverantorer/${result.supplierId}`} className="font-medium text-af-accent underline">
            Visa leverantören
          </Link>
          <Link href="/handlaggare/leverantorer" className="font-medium text-af-accent underline">
            Till alla leverantörer
          </Link>
        </p>
      </div>
    );
  }

  const unitsError = errors.units?.root?.message ?? errors.units?.message;
  const areasError = errors.deliveryAreaIds?.message ?? errors.deliveryAreaIds?.root?.message;

  return (
    <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-3xl">
      {formError ? <Alert tone="error">{formError}</Alert> : null}

      <fieldset className="mb-6 rounded bg-white p-6 shadow">
        <legend className="px-1 text-lg font-semibold">Leverantör</legend>
        <TextInput id="name" label="Namn" error={errors.name?.message} autoComplete="organization" registration={register("name")} />
        <TextInput
          id="orgNumber"
          label="Organisationsnummer"
          hint="Tio siffror, till exempel 556036-0793."
          inputMode="numeric"
          error={errors.orgNumber?.message}
          registration={register("orgNumber")}
        />
        <fieldset aria-describedby={errors.serviceVersion ? "serviceVersion-error" : undefined}>
          <legend className="mb-1 font-medium">Tjänst</legend>
          {(Object.keys(SERVICE_VERSION_LABELS) as (keyof typeof SERVICE_VERSION_LABELS)[]).map((v) => (
            <div key={v} className="mb-2 flex min-h-11 items-center gap-2">
              <input id={`serviceVersion-${v}`} type="radio" value={v} className="h-5 w-5" {...register("serviceVersion")} />
              <label htmlFor={`serviceVersion-${v}`}>{SERVICE_VERSION_LABELS[v]}</label>
            </div>
          ))}
          <FieldError id="serviceVersion" error={errors.serviceVersion?.message} />
        </fieldset>
      </fieldset>

      <fieldset className="mb-6 rounded bg-white p-6 shadow" aria-describedby={areasError ? "deliveryAreaIds-error" : undefined}>
        <legend className="px-1 text-lg font-semibold">Leveransområden</legend>
        <p className="mb-2 text-sm text-gray-700">Välj de leveransområden där leverantören har avtal.</p>
        {areas.length === 0 ? <p>Det finns inga leveransområden att välja.</p> : null}
        <div className="grid gap-1 sm:grid-cols-2">
          {areas.map((a) => (
            <div key={a.id} className="flex min-h-11 items-center gap-2">
              <input id={`area-${a.id}`} type="checkbox" value={a.id} className="h-5 w-5" {...register("deliveryAreaIds")} />
              <label htmlFor={`area-${a.id}`}>
                {a.name} <span className="text-sm text-gray-700">({a.code})</span>
              </label>
            </div>
          ))}
        </div>
        <FieldError id="deliveryAreaIds" error={areasError} />
      </fieldset>

      <fieldset className="mb-6 rounded bg-white p-6 shadow" aria-describedby={unitsError ? "units-error" : undefined}>
        <legend className="px-1 text-lg font-semibold">Utförande verksamheter</legend>
        <p className="mb-4 text-sm text-gray-700">Minst en, högst {MAX_UNITS_PER_REGISTRATION}. Varje verksamhet hör till ett av de valda leveransområdena.</p>
        <p className="sr-only" aria-live="polite">
          {announcement}
        </p>
        {fields.map((field, i) => {
          const e = errors.units?.[i];
          const prefix = `units-${i}`;
          const areaError = e?.deliveryAreaId?.message;
          const areaHint = chosenAreas.length === 0 ? `${prefix}-deliveryAreaId-hint` : undefined;
          return (
            <fieldset key={field.id} className="mb-4 rounded border border-gray-400 p-4" data-testid="unit-row">
              <legend className="px-1 font-semibold">Utförande verksamhet {i + 1}</legend>
              <TextInput id={`${prefix}-name`} label="Namn" error={e?.name?.message} registration={register(`units.${i}.name`)} />
              <TextInput
                id={`${prefix}-street`}
                label="Gatuadress"
                autoComplete="off"
                error={e?.street?.message}
                registration={register(`units.${i}.street`)}
              />
              <div className="grid gap-x-4 sm:grid-cols-[10rem_1fr]">
                <TextInput
                  id={`${prefix}-postalCode`}
                  label="Postnummer"
                  hint="NNN NN"
                  inputMode="numeric"
                  error={e?.postalCode?.message}
                  registration={register(`units.${i}.postalCode`)}
                />
                <TextInput id={`${prefix}-city`} label="Postort" error={e?.city?.message} registration={register(`units.${i}.city`)} />
              </div>
              <TextInput id={`${prefix}-municipality`} label="Kommun" error={e?.municipality?.message} registration={register(`units.${i}.municipality`)} />
              <Field
                id={`${prefix}-deliveryAreaId`}
                label="Leveransområde"
                error={areaError}
                hint={chosenAreas.length === 0 ? "Välj först leverantörens leveransområden ovan." : undefined}
              >
                <select
                  id={`${prefix}-deliveryAreaId`}
                  className={inputClass}
                  aria-invalid={!!areaError}
                  aria-describedby={[areaHint, areaError ? `${prefix}-deliveryAreaId-error` : null].filter(Boolean).join(" ") || undefined}
                  {...register(`units.${i}.deliveryAreaId`)}
                >
                  <option value="">Välj leveransområde</option>
                  {chosenAreas.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
                </select>
              </Field>
              {fields.length > 1 ? (
                <Button type="button" variant="secondary" onClick={() => removeUnit(i)} aria-label={`Ta bort utförande verksamhet ${i + 1}`}>
                  Ta bort
                </Button>
              ) : null}
            </fieldset>
          );
        })}
        <FieldError id="units" error={unitsError} />
        <Button id="add-unit" type="button" variant="secondary" onClick={addUnit} disabled={fields.length >= MAX_UNITS_PER_REGISTRATION}>
          Lägg till utförande verksamhet
        </Button>
      </fieldset>

      <fieldset className="mb-6 rounded bg-white p-6 shadow">
        <legend className="px-1 text-lg font-semibold">Behörighetsadministratör</legend>
        <p className="mb-4 text-sm text-gray-700">
          Personen får behörigheten Administrera behörigheter hos leverantören och bjuder sedan in sina kollegor. Den som saknar konto får en
          inbjudningslänk.
        </p>
        <TextInput id="admin-name" label="Namn" error={errors.admin?.name?.message} registration={register("admin.name")} />
        <TextInput
          id="admin-email"
          label="E-postadress"
          type="email"
          inputMode="email"
          error={errors.admin?.email?.message}
          registration={register("admin.email")}
        />
      </fieldset>

      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Registrerar…" : "Registrera leverantör"}
      </Button>
    </LiveForm>
  );
}
