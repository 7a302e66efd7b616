"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { loginInput, type LoginInput } from "@/lib/auth/schemas";
import { safeReturnPath } from "@/lib/auth/return-to";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { LiveForm } from "@/components/forms/live-form";

export function LoginForm({ initialError, returnTo }: { initialError?: string; returnTo?: string }) {
  const [formError, setFormError] = useState(initialError);
  const { register, handleSubmit, formState } = useForm<LoginInput>({ resolver: zodResolver(loginInput) });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: LoginInput) {
    setFormError(undefined);
    const res = await signIn("credentials", { ...values, redirect: false });
    if (!res || res.error) {
      const remaining = /^remaining-(\d)$/.exec(res?.error ?? "")?.[1];
      setFormError(
        res?.error === "locked"
          ? "För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen."
          : remaining
            ? `Fel e-postadress eller lösenord. ${remaining} försök kvar innan inloggningen spärras i 15 minuter.`
            : "Fel e-postadress eller lösenord.",
      );
      return;
    }
    // Back to the page asked for while signed out (checked again here: only a portal path).
    window.location.assign(safeReturnPath(returnTo) ?? "/");
  }

  return (
    <LiveForm
      // A new attempt clears the last one's answer, also when the fields stop it in the browser
      // ("Fel e-postadress eller lösenord." stood beside "Ange din e-postadress.").
      onSubmit={(e) => {
        setFormError(undefined);
        return handleSubmit(onSubmit)(e);
      }}
      noValidate
      className="rounded bg-white p-6 shadow"
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="email" label="E-postadress" error={errors.email?.message}>
        <input
          id="email"
          type="email"
          autoComplete="username"
          className={inputClass}
          aria-invalid={!!errors.email}
          aria-describedby={describedBy("email", { error: errors.email?.message })}
          {...register("email")}
        />
      </Field>
      <Field id="password" label="Lösenord" error={errors.password?.message}>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          className={inputClass}
          aria-invalid={!!errors.password}
          aria-describedby={describedBy("password", { error: errors.password?.message })}
          {...register("password")}
        />
      </Field>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? "Loggar in…" : "Logga in"}
      </Button>
      <p className="mt-4 text-center">
        <Link href="/glomt-losenord" className="text-af-accent underline">Glömt lösenord?</Link>
      </p>
    </LiveForm>
  );
}
