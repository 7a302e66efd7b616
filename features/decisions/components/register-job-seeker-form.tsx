"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { registerJobSeekerInput, type RegisterJobSeekerInput } from "@/features/decisions/schemas";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { registerJobSeekerAction } from "@/features/decisions/actions";
import { LiveForm } from "@/components/forms/live-form";

const FIELDS: { name: keyof RegisterJobSeekerInput; label: string; autoComplete?: string }[] = [
  { name: "personalIdentityNumber", label: "Personnummer" },
  { name: "firstName", label: "Förnamn" },
  { name: "lastName", label: "Efternamn" },
  { name: "phone", label: "Telefon (valfritt)" },
  { name: "email", label: "E-post (valfritt)" },
  { name: "street", label: "Gatuadress (valfritt)" },
  { name: "postalCode", label: "Postnummer (valfritt)" },
  { name: "city", label: "Postort (valfritt)" },
  { name: "municipality", label: "Kommun (valfritt)" },
];

export function RegisterJobSeekerForm({ personalIdentityNumber }: { personalIdentityNumber: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<RegisterJobSeekerInput>({
    resolver: zodResolver(registerJobSeekerInput) as never,
    defaultValues: { personalIdentityNumber },
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: RegisterJobSeekerInput) {
    setFormError(undefined);
    const res = await registerJobSeekerAction(values);
    if (res.ok) router.push(`/handlaggare/beslut/nytt?deltagare=${res.data.participantId}`);
    else setFormError(applyServerErrors(res, setError));
  }

  return (
    <LiveForm onSubmit={handleSubmit(onSubmit as never)} noValidate className="grid gap-x-4 md:grid-cols-2">
      {formError ? <div className="md:col-span-2"><Alert tone="error">{formError}</Alert></div> : null}
      {FIELDS.map((f) => {
        const error = errors[f.name]?.message;
        return (
          <Field key={f.name} id={f.name} label={f.label} error={error}>
            <input id={f.name} className={inputClass} autoComplete="off" aria-invalid={!!error} aria-describedby={describedBy(f.name, { error })} {...register(f.name)} />
          </Field>
        );
      })}
      <div className="md:col-span-2">
        <Button type="submit" disabled={isSubmitting}>Registrera och fortsätt</Button>
      </div>
    </LiveForm>
  );
}
