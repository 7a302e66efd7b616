import type { Metadata } from "next";
import Link from "next/link";
import { requireOfficer } from "@/lib/authz/guard";
import { today } from "@/lib/clock";
import { findJobSeeker } from "@/lib/decisions/service";
import { decisionFacts } from "@/lib/decisions/facts";
import { decisionState, isOngoing } from "@/lib/decisions/rules";
import { formatPersonnummer, parsePersonnummer } from "@/lib/validation/personnummer";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { inputClass, FieldError } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { StateBadge } from "@/components/decisions/state-badge";
import { RegisterJobSeekerForm } from "./register-form";

export const metadata: Metadata = { title: "Arbetssökande" };

export default async function JobSeekerPage({ searchParams }: { searchParams: Promise<{ pnr?: string }> }) {
  const actor = await requireOfficer();
  const raw = (await searchParams).pnr?.slice(0, 20);
  const parsed = raw ? parsePersonnummer(raw, today()) : null;
  const person = parsed?.ok ? await findJobSeeker(actor, parsed.value) : null;
  return (
    <>
      <Breadcrumbs items={[{ href: "/handlaggare", label: "Start" }, { href: "/handlaggare/beslut", label: "Beslut" }, { label: "Arbetssökande" }]} />
      <h1 className="mb-2 text-2xl font-semibold">Nytt beslut: välj arbetssökande</h1>
      <p className="mb-4">Sök på personnummer. Finns personen inte registrerar du hen här.</p>
      <form className="mb-6 flex flex-wrap items-end gap-2 rounded bg-white p-4 shadow" role="search">
        <div className="min-w-64">
          <label htmlFor="pnr" className="mb-1 block font-medium">Personnummer</label>
          <input id="pnr" name="pnr" defaultValue={raw} inputMode="numeric" autoComplete="off" className={inputClass}
            aria-invalid={parsed ? !parsed.ok : undefined} aria-describedby={parsed && !parsed.ok ? "pnr-error" : undefined} />
          <FieldError id="pnr" error={parsed && !parsed.ok ? parsed.message : undefined} />
        </div>
        <Button type="submit">Sök</Button>
      </form>
      {person ? (
        <section aria-labelledby="found" className="rounded bg-white p-4 shadow">
          <h2 id="found" className="text-lg font-semibold">{person.firstName} {person.lastName}</h2>
          <p className="mb-2">{formatPersonnummer(person.personalIdentityNumber)}</p>
          {person.decisions.length ? (
            <ul className="mb-4 space-y-1">
              {person.decisions.map((d) => (
                <li key={d.id}>
                  <Link href={`/handlaggare/beslut/${d.id}`} className="text-af-accent underline">{d.implementationReference}</Link>, {d.supplier.name}{" "}
                  <StateBadge state={decisionState(decisionFacts(d), today())} />
                </li>
              ))}
            </ul>
          ) : <p className="mb-4">Inga tidigare beslut.</p>}
          {person.decisions.some((d) => isOngoing(decisionState(decisionFacts(d), today()))) ? (
            <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">Personen har redan en pågående anvisning och kan inte få ett nytt beslut.</p>
          ) : (
            <Link href={`/handlaggare/beslut/nytt?deltagare=${person.id}`} className="inline-flex min-h-11 items-center rounded bg-af-blue px-4 py-2 font-medium text-white">
              Fatta beslut för {person.firstName}
            </Link>
          )}
        </section>
      ) : parsed?.ok ? (
        <section aria-labelledby="reg" className="rounded bg-white p-4 shadow">
          <h2 id="reg" className="mb-4 text-lg font-semibold">Registrera arbetssökande</h2>
          <RegisterJobSeekerForm personalIdentityNumber={formatPersonnummer(parsed.value)} />
        </section>
      ) : null}
    </>
  );
}
