"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { answerInvitationInput, type AnswerInvitationInput } from "@/lib/auth/schemas";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { answerInvitationAction } from "@/features/accounts/actions/invitation";
import { LiveForm } from "@/components/forms/live-form";

/** For a person who already has an account: confirm it is you, then say yes or no. */
export function AnswerInvitationForm({ token, organisation }: { token: string; organisation: string }) {
  const [answered, setAnswered] = useState<boolean | null>(null);
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, setValue, formState } = useForm<AnswerInvitationInput>({
    resolver: zodResolver(answerInvitationInput),
    defaultValues: { token, accept: true },
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: AnswerInvitationInput) {
    setFormError(undefined);
    const res = await answerInvitationAction(values);
    if (res.ok) setAnswered(res.data.accepted);
    else setFormError(applyServerErrors(res, setError));
  }

  if (answered !== null) {
    return (
      <Alert tone="success" title={answered ? `Du arbetar nu även för ${organisation}` : "Du har tackat nej"}>
        {answered ? (
          <Link href="/logga-in" className="underline">Logga in</Link>
        ) : (
          <p>{organisation} får ingen tillgång till ditt konto.</p>
        )}
      </Alert>
    );
  }
  return (
    <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate className="rounded bg-white p-6 shadow">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...register("token")} />
      <Field id="password" label="Ditt lösenord" hint="Bekräfta att det är du med lösenordet till ditt konto." error={errors.password?.message}>
        <input id="password" type="password" autoComplete="current-password" className={inputClass} aria-invalid={!!errors.password}
          aria-describedby={describedBy("password", { error: errors.password?.message, hint: true })} {...register("password")} />
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting} onClick={() => setValue("accept", true)}>Tacka ja</Button>
        <Button type="submit" variant="secondary" disabled={isSubmitting} onClick={() => setValue("accept", false)}>Tacka nej</Button>
      </div>
      <p className="mt-4 text-sm">
        Glömt lösenordet? <Link href="/glomt-losenord" className="text-af-accent underline">Återställ det</Link> och öppna sedan inbjudan igen.
      </p>
    </LiveForm>
  );
}
