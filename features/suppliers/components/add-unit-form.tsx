"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { addUnitInput, type AddUnitFormValues, type AddUnitInput } from "@/features/suppliers/schemas";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { addUnitAction } from "@/features/suppliers/actions";
import { LiveForm } from "@/components/forms/live-form";

type Area = { id: string; name: string };

function TextInput(props: { id: string; label: string; error?: string; hint?: string; inputMode?: "numeric"; registration: UseFormRegisterReturn }) {
  const { id, label, error, hint, inputMode, registration } = props;
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        inputMode={inputMode}
        autoComplete="off"
        className={inputClass}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, { error, hint: !!hint })}
        {...registration}
      />
    </Field>
  );
}

export function AddUnitForm({ supplierId, areas }: { supplierId: string; areas: Area[] }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const defaults: AddUnitFormValues = {
    supplierId,
    name: "",
    street: "",
    postalCode: "",
    city: "",
    municipality: "",
    deliveryAreaId: areas.length === 1 ? areas[0].id : "",
  };
  const { register, handleSubmit, setError, reset, formState } = useForm<AddUnitFormValues, unknown, AddUnitInput>({
    resolver: zodResolver(addUnitInput),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: AddUnitInput) {
    setFormError(undefined);
    setSaved(undefined);
    const res = await addUnitAction(values);
    if (res.ok) {
      setSaved(values.name);
      reset(defaults);
      router.refresh();
    } else setFormError(applyServerErrors(res, setError));
  }

  const areaError = errors.deliveryAreaId?.message;
  return (
    <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="add-unit-heading">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{saved} är tillagd.</Alert> : null}
      <input type="hidden" {...register("supplierId")} />
      <TextInput id="unit-name" label="Namn" error={errors.name?.message} registration={register("name")} />
      <TextInput id="unit-street" label="Gatuadress" error={errors.street?.message} registration={register("street")} />
      <div className="grid gap-x-4 sm:grid-cols-[10rem_1fr]">
        <TextInput id="unit-postalCode" label="Postnummer" hint="NNN NN" inputMode="numeric" error={errors.postalCode?.message} registration={register("postalCode")} />
        <TextInput id="unit-city" label="Postort" error={errors.city?.message} registration={register("city")} />
      </div>
      <TextInput id="unit-municipality" label="Kommun" error={errors.municipality?.message} registration={register("municipality")} />
      <Field id="unit-deliveryAreaId" label="Leveransområde" error={areaError}>
        <select
          id="unit-deliveryAreaId"
          className={inputClass}
          aria-invalid={!!areaError}
          aria-describedby={describedBy("unit-deliveryAreaId", { error: areaError })}
          {...register("deliveryAreaId")}
        >
          <option value="">Välj leveransområde</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </Field>
      {errors.supplierId?.message ? <Alert tone="error">{errors.supplierId.message}</Alert> : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Sparar…" : "Lägg till utförande verksamhet"}
      </Button>
    </LiveForm>
  );
}
