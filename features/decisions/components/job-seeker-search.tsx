"use client";

// The search posts the personnummer to a server action and shows the answer here, so the
// number never appears in the address, the browser history or a proxy's access log.
import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { jobSeekerSearchInput } from "@/features/decisions/schemas";
import type { JobSeekerSearchResult } from "@/features/decisions/service";
import { formatPersonnummer } from "@/lib/validation/personnummer";
import { Field, describedBy, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { StateBadge } from "@/features/decisions/components/state-badge";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { searchJobSeekerAction } from "@/features/decisions/actions";
import { RegisterJobSeekerForm } from "./register-job-seeker-form";
import { LiveForm } from "@/components/forms/live-form";

type Input = { personalIdentityNumber: string };

export function JobSeekerSearch() {
  const [result, setResult] = useState<JobSeekerSearchResult | null>(null);
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<Input>({ resolver: zodResolver(jobSeekerSearchInput) as never });
  const { errors, isSubmitting } = formState;
  const error = errors.personalIdentityNumber?.message;

  async function onSubmit(values: Input) {
    setFormError(undefined);
    setResult(null);
    const res = await searchJobSeekerAction(values);
    if (res.ok) setResult(res.data);
    else setFormError(applyServerErrors(res, setError));
  }

  return (
    <>
      <LiveForm onSubmit={handleSubmit(onSubmit)} noValidate role="search" className="mb-6 flex flex-wrap items-end gap-2 rounded bg-white p-4 shadow">
        {formError ? <div className="w-full"><Alert tone="error">{formError}</Alert></div> : null}
        <div className="min-w-64">
          <Field id="pnr" label="Personnummer" error={error}>
            <input id="pnr" inputMode="numeric" autoComplete="off" className={inputClass} aria-invalid={!!error} aria-describedby={describedBy("pnr", { error })} {...register("personalIdentityNumber")} />
          </Field>
        </div>
        <div className="mb-4"><Button type="submit" disabled={isSubmitting}>Sök</Button></div>
      </LiveForm>
      {result?.person ? (
        <section aria-labelledby="found" className="rounded bg-white p-4 shadow" data-testid="job-seeker-found">
          <h2 id="found" className="text-lg font-semibold">{result.person.firstName} {result.person.lastName}</h2>
          <p className="mb-2">{formatPersonnummer(result.personalIdentityNumber)}</p>
          {result.person.decisions.length ? (
            <ul className="mb-4 space-y-1">
              {result.person.decisions.map((d) => (
                <li key={d.id}>
                  <Link prefetch={false} href={`/handlaggare/beslut/${d.id}`} className="text-af-accent underline">{d.implementationReference}</Link>, {d.supplierName} <StateBadge state={d.state} />
                </li>
              ))}
            </ul>
          ) : <p className="mb-4">Inga tidigare beslut.</p>}
          {result.person.hasOngoing ? (
            <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">Personen har redan en pågående anvisning och kan inte få ett nytt beslut.</p>
          ) : (
            <Link href={`/handlaggare/beslut/nytt?deltagare=${result.person.id}`} className="inline-flex min-h-11 items-center rounded bg-af-blue px-4 py-2 font-medium text-white">
              Fatta beslut för {result.person.firstName}
            </Link>
          )}
        </section>
      ) : result ? (
        <section aria-labelledby="reg" className="rounded bg-white p-4 shadow">
          <h2 id="reg" className="mb-4 text-lg font-semibold">Registrera arbetssökande</h2>
          <RegisterJobSeekerForm key={result.personalIdentityNumber} personalIdentityNumber={formatPersonnummer(result.personalIdentityNumber)} />
        </section>
      ) : null}
    </>
  );
}
