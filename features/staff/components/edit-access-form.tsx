"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { accessInput, type AccessInput } from "@/features/staff/schemas";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { AccessFields } from "@/features/staff/components/access-fields";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { updateAccessAction } from "@/features/staff/actions/members";
import { LiveForm } from "@/components/forms/live-form";

type Unit = { id: string; name: string; street: string; city: string };

export function EditAccessForm(props: { membershipId: string; units: Unit[]; defaults: AccessInput; disabled: boolean }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, watch, setError, formState } = useForm<AccessInput>({
    resolver: zodResolver(accessInput),
    defaultValues: props.defaults,
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: AccessInput) {
    setFormError(undefined);
    setSaved(false);
    const res = await updateAccessAction({ membershipId: props.membershipId, ...values });
    if (res.ok) {
      setSaved(true);
      router.refresh();
    } else setFormError(applyServerErrors(res, setError));
  }

  return (
    <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">Ändringarna är sparade.</Alert> : null}
      <fieldset disabled={props.disabled}>
        <AccessFields register={register as never} watch={watch as never} errors={errors as never} units={props.units} />
        <Button type="submit" disabled={isSubmitting || props.disabled}>
          Spara behörigheter
        </Button>
      </fieldset>
    </LiveForm>
  );
}
