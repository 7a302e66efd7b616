"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ARTICLES, ARTICLE_LABELS } from "@/features/orders/order-labels";
import { priceChangeForm, type PriceChangeFormValues, type PriceChangeInput } from "@/features/orders/invoicing-schemas";
import { SERVICE_VERSION_LABELS } from "@/features/decisions/labels";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { updatePriceAction } from "@/features/orders/actions/prices";
import { LiveForm } from "@/components/forms/live-form";

/** A new price from a future date; `tomorrow` is the earliest date (the server checks again). */
export function PriceForm({ tomorrow }: { tomorrow: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const defaults: PriceChangeFormValues = { serviceVersion: "ROM2", level: "A", article: "BASE_PER_DAY", amount: "", validFrom: tomorrow };
  const { register, handleSubmit, setError, reset, formState } = useForm<PriceChangeFormValues, unknown, PriceChangeInput>({
    resolver: zodResolver(priceChangeForm),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = formState;

  async function onSubmit(values: PriceChangeInput) {
    setFormError(undefined);
    setSaved(undefined);
    // The form's schema turned the kronor typed into öre; the server checks the result again.
    const res = await updatePriceAction(values);
    if (res.ok) {
      setSaved(res.data.created ? "Priset är sparat." : "Det planerade priset för datumet är ändrat.");
      reset(defaults);
      router.refresh();
    } else {
      // The server speaks of öre; the form's field is the amount in kronor.
      const { amountOre, ...rest } = res.fieldErrors ?? {};
      setFormError(applyServerErrors({ ...res, fieldErrors: amountOre ? { ...rest, amount: amountOre } : rest }, setError));
    }
  }

  const select = (id: keyof PriceChangeFormValues, label: string, options: [string, string][]) => {
    const error = errors[id]?.message;
    return (
      <Field id={`price-${id}`} label={label} error={error}>
        <select id={`price-${id}`} className={inputClass} aria-invalid={!!error} aria-describedby={describedBy(`price-${id}`, { error })} {...register(id)}>
          {options.map(([value, text]) => (
            <option key={value} value={value}>{text}</option>
          ))}
        </select>
      </Field>
    );
  };
  const amountError = errors.amount?.message;
  const dateError = errors.validFrom?.message;

  return (
    <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="nytt-pris">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      <div className="grid gap-x-4 sm:grid-cols-3">
        {select("serviceVersion", "Tjänst", Object.entries(SERVICE_VERSION_LABELS))}
        {select("level", "Nivå", [["A", "A"], ["B", "B"], ["C", "C"]])}
        {select("article", "Artikel", ARTICLES.map((a) => [a, ARTICLE_LABELS[a]]))}
      </div>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field id="price-amount" label="Belopp (kr)" error={amountError} hint="Grundersättning per dag, övriga artiklar per tillfälle. Till exempel 175,00.">
          <input id="price-amount" inputMode="decimal" autoComplete="off" className={inputClass} aria-invalid={!!amountError}
            aria-describedby={describedBy("price-amount", { error: amountError, hint: true })} {...register("amount")} />
        </Field>
        <Field id="price-validFrom" label="Gäller från och med" error={dateError} hint="Ett datum efter i dag.">
          <input id="price-validFrom" type="date" min={tomorrow} className={inputClass} aria-invalid={!!dateError}
            aria-describedby={describedBy("price-validFrom", { error: dateError, hint: true })} {...register("validFrom")} />
        </Field>
      </div>
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Sparar…" : "Spara pris"}</Button>
    </LiveForm>
  );
}
