"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { forgotPasswordInput, type ForgotPasswordInput } from "@/lib/auth/schemas";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { forgotPasswordAction } from "@/features/accounts/actions/password-reset";
import { LiveForm } from "@/components/forms/live-form";

export function ForgotPasswordForm() {
  const [sent, setSent] = useState(false);
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<ForgotPasswordInput>({ resolver: zodResolver(forgotPasswordInput) });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: ForgotPasswordInput) {
    setFormError(undefined);
    const res = await forgotPasswordAction(values);
    if (res.ok) setSent(true);
    else setFormError(applyServerErrors(res, setError));
  }

  if (sent) {
    return (
      <Alert tone="success" title="Kolla din e-post">
        <p data-testid="reset-requested">
          Om adressen hör till ett konto har vi skickat en länk för att välja ett nytt lösenord. Den gäller i en timme. Kommer inget, kontrollera skräpposten eller kontakta din behörighetsadministratör.
        </p>
        <p className="mt-2"><Link href="/logga-in" className="underline">Till inloggningen</Link></p>
      </Alert>
    );
  }
  return (
    <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate className="rounded bg-white p-6 shadow">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="email" label="E-postadress" error={errors.email?.message}>
        <input id="email" type="email" autoComplete="email" className={inputClass} aria-invalid={!!errors.email}
          aria-describedby={describedBy("email", { error: errors.email?.message })} {...register("email")} />
      </Field>
      <Button type="submit" disabled={isSubmitting} className="w-full">Skicka länk</Button>
    </LiveForm>
  );
}
