"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { PASSWORD_RULES_HINT } from "@/lib/auth/password-schema";

/** A new password and its repetition, with the rules beside the field. */
export function NewPasswordFields<T extends { password: string; confirm: string }>(props: { register: UseFormRegister<T>; errors: FieldErrors<T> }) {
  const register = props.register as unknown as UseFormRegister<{ password: string; confirm: string }>;
  const errors = props.errors as FieldErrors<{ password: string; confirm: string }>;
  return (
    <>
      <Field id="password" label="Nytt lösenord" hint={PASSWORD_RULES_HINT} error={errors.password?.message}>
        <input id="password" type="password" autoComplete="new-password" className={inputClass} aria-invalid={!!errors.password}
          aria-describedby={describedBy("password", { error: errors.password?.message, hint: true })} {...register("password")} />
      </Field>
      <Field id="confirm" label="Upprepa lösenordet" error={errors.confirm?.message}>
        <input id="confirm" type="password" autoComplete="new-password" className={inputClass} aria-invalid={!!errors.confirm}
          aria-describedby={describedBy("confirm", { error: errors.confirm?.message })} {...register("confirm")} />
      </Field>
    </>
  );
}
