"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { acceptInvitationInput, type AcceptInvitationInput } from "@/lib/auth/schemas";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { NewPasswordFields } from "@/features/accounts/components/new-password-fields";
import { acceptInvitationAction } from "@/features/accounts/actions/invitation";
import { LiveForm } from "@/components/forms/live-form";

export function AcceptInvitationForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<AcceptInvitationInput>({
    resolver: zodResolver(acceptInvitationInput),
    defaultValues: { token },
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: AcceptInvitationInput) {
    const res = await acceptInvitationAction(values);
    if (res.ok) setDone(true);
    else setFormError(applyServerErrors(res, setError));
  }

  if (done) {
    return (
      <Alert tone="success" title="Lösenordet är sparat">
        <Link href="/logga-in" className="underline">
          Logga in
        </Link>
      </Alert>
    );
  }
  return (
    <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate className="rounded bg-white p-6 shadow">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...register("token")} />
      <NewPasswordFields register={register} errors={errors} />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        Spara lösenord
      </Button>
    </LiveForm>
  );
}
