"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { resetPasswordInput, type ResetPasswordInput } from "@/lib/auth/schemas";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { NewPasswordFields } from "@/features/accounts/components/new-password-fields";
import { resetPasswordAction } from "@/features/accounts/actions/password-reset";
import { LiveForm } from "@/components/forms/live-form";

export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<ResetPasswordInput>({ resolver: zodResolver(resetPasswordInput), defaultValues: { token } });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: ResetPasswordInput) {
    setFormError(undefined);
    const res = await resetPasswordAction(values);
    if (res.ok) setDone(true);
    else setFormError(applyServerErrors(res, setError));
  }

  if (done) {
    return (
      <Alert tone="success" title="Det nya lösenordet är sparat">
        <p>Alla dina tidigare inloggningar är utloggade.</p>
        <p className="mt-2"><Link href="/logga-in" className="underline">Logga in</Link></p>
      </Alert>
    );
  }
  return (
    <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate className="rounded bg-white p-6 shadow">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...register("token")} />
      <NewPasswordFields register={register} errors={errors} />
      <Button type="submit" disabled={isSubmitting} className="w-full">Spara nytt lösenord</Button>
    </LiveForm>
  );
}
