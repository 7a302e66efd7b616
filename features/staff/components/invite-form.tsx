"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { inviteStaffInput, type InviteStaffInput } from "@/features/staff/schemas";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { AccessFields } from "@/features/staff/components/access-fields";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { inviteStaffAction } from "@/features/staff/actions/members";
import { LiveForm } from "@/components/forms/live-form";

type Unit = { id: string; name: string; street: string; city: string };

export function InviteForm({ units }: { units: Unit[] }) {
  const [formError, setFormError] = useState<string>();
  const [result, setResult] = useState<{ membershipId: string }>();
  const { register, handleSubmit, watch, setError, formState } = useForm<InviteStaffInput>({
    resolver: zodResolver(inviteStaffInput),
    defaultValues: { name: "", email: "", permissions: [], unitScope: "SELECTED", unitIds: [] },
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: InviteStaffInput) {
    setFormError(undefined);
    const res = await inviteStaffAction(values);
    if (res.ok) setResult(res.data);
    else setFormError(applyServerErrors(res, setError));
  }

  if (result) {
    return (
      <Alert tone="success" title="Användaren är inbjuden">
        <p data-testid="invitation-sent">
          En inbjudan har skickats till e-postadressen. Personen får tillgång till organisationen när hen har tackat ja via länken i e-posten; länken gäller i sju dagar.
        </p>
        <p className="mt-2">
          <Link href={`/administration/anvandare/${result.membershipId}`} className="underline">
            Visa användaren
          </Link>
        </p>
      </Alert>
    );
  }

  return (
    <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-2xl rounded bg-white p-6 shadow">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="name" label="Namn" error={errors.name?.message}>
        <input id="name" className={inputClass} autoComplete="off" aria-invalid={!!errors.name} aria-describedby={describedBy("name", { error: errors.name?.message })} {...register("name")} />
      </Field>
      <Field id="email" label="E-postadress" error={errors.email?.message}>
        <input id="email" type="email" autoComplete="off" className={inputClass} aria-invalid={!!errors.email} aria-describedby={describedBy("email", { error: errors.email?.message })} {...register("email")} />
      </Field>
      <AccessFields register={register as never} watch={watch as never} errors={errors as never} units={units} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Skickar…" : "Bjud in"}
      </Button>
    </LiveForm>
  );
}
