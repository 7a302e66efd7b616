"use client";

import { useState } from "react";
import Link from "next/link";
import { Steps } from "@/components/ui/steps";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field";
import { assignHandledareAction } from "@/features/assignments/actions/assign";
import { HANDLEDARE_LOAD_HINT, handledareLoadText } from "@/features/assignments/load-text";

type Participant = { decisionId: string; name: string; unitName: string; currentHandledare: { id: string; name: string } | null };
type Option = { userId: string; name: string; email: string; load: number; cap: number | null };

/** `backHref`: the list it came from, with these participants still ticked. */
export function AssignFlow({ participants, options, backHref }: { participants: Participant[]; options: Option[]; backHref: string }) {
  const [step, setStep] = useState<1 | 2 | 3>(1);
  const [choice, setChoice] = useState<string>(() => {
    const current = participants.map((p) => p.currentHandledare?.id);
    return current.every((c) => c && c === current[0]) && options.some((o) => o.userId === current[0]) ? (current[0] as string) : "";
  });
  // A participant in a new period keeps period 1's handledare unless someone else is chosen: offer them first.
  const currentIds = new Set(participants.map((p) => p.currentHandledare?.id).filter(Boolean));
  const ordered = [...options.filter((o) => currentIds.has(o.userId)), ...options.filter((o) => !currentIds.has(o.userId))];
  const [error, setError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // One key for this confirmation: a double click assigns once.
  const [key] = useState(() => crypto.randomUUID());
  const chosen = options.find((o) => o.userId === choice);

  async function confirm() {
    if (!chosen) return;
    setBusy(true);
    setFormError(undefined);
    const res = await assignHandledareAction({
      items: participants.map((p) => ({ decisionId: p.decisionId, expectedHandledareId: p.currentHandledare?.id ?? null })),
      handledareId: chosen.userId,
      idempotencyKey: key,
    });
    setBusy(false);
    if (res.ok) setStep(3);
    else setFormError(res.formError ?? Object.values(res.fieldErrors ?? {})[0]);
  }

  // The heading says where the person is: choose, confirm, done.
  const heading = (
    <h1 key={step} ref={(el) => { if (el && step > 1) el.focus(); }} tabIndex={-1} className="mb-4 text-2xl font-semibold focus:outline-none">
      {step === 1 ? "Välj handledare" : step === 2 ? "Bekräfta tilldelningen" : "Handledaren är tilldelad"}
    </h1>
  );

  if (step === 3) {
    return (
      <>
        {heading}
        <Steps steps={["Välj deltagare", "Välj handledare", "Bekräfta"]} current={3} />
        <Alert tone="success">
          <p className="mb-2">{chosen?.name} är nu handledare för:</p>
          <ul className="list-disc pl-5" data-testid="assigned">
            {participants.map((p) => (
              <li key={p.decisionId}>
                {p.name} –{" "}
                <Link href={`/deltagare/${p.decisionId}/valkomstbrev`} className="underline">
                  Välkomstbrev<span className="sr-only"> för {p.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
        <Link href="/nya-deltagare" className="text-af-accent underline">Tillbaka till Nya deltagare</Link>
      </>
    );
  }

  return (
    <>
      {heading}
      <Steps steps={["Välj deltagare", "Välj handledare", "Bekräfta"]} current={step} />
      <section aria-labelledby="valda" className="mb-4 rounded bg-white p-4 shadow">
        <h2 id="valda" className="mb-2 font-semibold">Valda deltagare ({participants.length})</h2>
        <ul className="list-disc pl-5 text-sm">
          {participants.map((p) => (
            <li key={p.decisionId}>
              {p.name}, {p.unitName}{p.currentHandledare ? ` (nu: ${p.currentHandledare.name})` : ""}
            </li>
          ))}
        </ul>
      </section>
      {step === 1 ? (
        <fieldset className="rounded bg-white p-4 shadow" aria-describedby={error ? "handledare-error" : "handledare-hint"}>
          <legend className="mb-1 font-semibold">Handledare</legend>
          <p id="handledare-hint" className="mb-2 text-sm text-gray-700">
            Bara aktiva personer med behörigheten Rapportering vid de valda deltagarnas utförande verksamheter. {HANDLEDARE_LOAD_HINT}
          </p>
          {options.length === 0 ? <p role="alert">Det finns ingen som kan vara handledare för alla valda deltagare. Välj färre deltagare.</p> : null}
          {ordered.map((o) => {
            const full = o.cap !== null && o.load + participants.length > o.cap;
            return (
              <div key={o.userId} className="flex min-h-11 items-center gap-2">
                <input id={`h-${o.userId}`} type="radio" name="handledare" value={o.userId} checked={choice === o.userId} onChange={() => setChoice(o.userId)} className="h-5 w-5" />
                <label htmlFor={`h-${o.userId}`}>
                  {o.name} <span className="text-sm text-gray-700">({handledareLoadText(o.load, o.cap)}{full ? ", ryms inte" : ""})</span>
                </label>
              </div>
            );
          })}
          <FieldError id="handledare" error={error} />
          <div className="mt-4 flex gap-2">
            <Link href={backHref} className="inline-flex min-h-11 items-center rounded border border-af-blue px-4 text-af-blue">Tillbaka</Link>
            <Button type="button" onClick={() => (chosen ? (setError(undefined), setStep(2)) : setError("Välj en handledare."))}>Nästa</Button>
          </div>
        </fieldset>
      ) : (
        <section aria-labelledby="bekrafta" className="rounded bg-white p-4 shadow">
          <h2 id="bekrafta" className="mb-2 font-semibold">Bekräfta</h2>
          {formError ? <Alert tone="error">{formError}</Alert> : null}
          <p className="mb-4">
            {chosen?.name} blir handledare för {participants.length} {participants.length === 1 ? "deltagare" : "deltagare"}. Handledaren ska kontakta
            deltagaren och boka ett första möte.
          </p>
          <div className="flex gap-2">
            <Button type="button" variant="secondary" onClick={() => setStep(1)}>Tillbaka</Button>
            <Button type="button" onClick={confirm} disabled={busy}>{busy ? "Sparar…" : "Bekräfta"}</Button>
          </div>
        </section>
      )}
    </>
  );
}
