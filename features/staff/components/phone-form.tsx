"use client";

// The work phone form (issue #14): the person's own on the start page, a member's in
// administration. One zod schema with the server; the server's message shows at the field.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ownPhoneInput, type OwnPhoneInput } from "@/features/staff/schemas";
import type { ActionResult } from "@/lib/actions/result";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { LiveForm } from "@/components/forms/live-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";

export function PhoneForm(props: {
  current: string | null;
  save: (phone: string) => Promise<ActionResult<{ phone: string | null }>>;
  label?: string;
  disabled?: boolean;
  /** whose letters the number goes into: "du" on one's own page, the person's name in administration */
  whose?: string;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState<string | null | undefined>(undefined);
  const { register, handleSubmit, setError, setValue, formState } = useForm<OwnPhoneInput>({ resolver: zodResolver(ownPhoneInput), defaultValues: { phone: props.current ?? "" } });
  const { errors, isSubmitting } = formState;
  const hint = `Visas i välkomstbrevet till deltagarna ${props.whose ?? "du"} är handledare för. Lämna tomt för att ta bort numret.`;

  async function onSubmit(values: OwnPhoneInput) {
    setFormError(undefined);
    setSaved(undefined);
    const res = await props.save(values.phone);
    if (res.ok) {
      setSaved(res.data.phone);
      // The field shows what was stored (spaces tidied), as the message does.
      setValue("phone", res.data.phone ?? "");
      router.refresh();
    } else setFormError(applyServerErrors(res, setError));
  }

  return (
    <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved !== undefined ? <Alert tone="success">{saved ? `Telefonnumret ${saved} är sparat.` : "Telefonnumret är borttaget."}</Alert> : null}
      <Field id="phone" label={props.label ?? "Telefonnummer i arbetet"} hint={hint} error={errors.phone?.message}>
        <input id="phone" type="tel" autoComplete="work tel" inputMode="tel" className={`${inputClass} max-w-xs`} disabled={props.disabled}
          aria-invalid={!!errors.phone} aria-describedby={describedBy("phone", { hint: true, error: errors.phone?.message })} {...register("phone")} />
      </Field>
      <Button type="submit" disabled={isSubmitting || props.disabled}>Spara telefonnummer</Button>
    </LiveForm>
  );
}
