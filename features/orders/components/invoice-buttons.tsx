"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { createInvoiceAction, creditInvoiceAction } from "@/features/orders/actions/invoices";

type Result = { ok: true; data: { invoiceNumber: string } } | { ok: false; formError?: string; fieldErrors?: Record<string, string> };

const errorOf = (res: Extract<Result, { ok: false }>) => res.formError ?? Object.values(res.fieldErrors ?? {})[0] ?? "Det gick inte. Försök igen.";

/** "Skapa faktura" for one delivered line: one key per button, so a double click makes one invoice. */
export function CreateInvoiceButton({ orderLineId, label, summary }: { orderLineId: string; label: string; summary: string }) {
  const router = useRouter();
  const statusId = useId();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string }>();

  async function submit() {
    setBusy(true);
    setMessage(undefined);
    const res: Result = await createInvoiceAction({ orderLineId, idempotencyKey: key });
    setBusy(false);
    if (res.ok) {
      setKey(crypto.randomUUID());
      setMessage({ tone: "ok", text: `Faktura ${res.data.invoiceNumber} är skapad.` });
      router.refresh();
    } else setMessage({ tone: "error", text: errorOf(res) });
  }

  return (
    <div>
      <Button type="button" onClick={submit} disabled={busy} aria-describedby={`${statusId}-summary`}>
        {busy ? "Skapar faktura…" : "Skapa faktura"}
        <span className="sr-only"> för {label}</span>
      </Button>
      <p id={`${statusId}-summary`} className="sr-only">{summary}</p>
      <p id={statusId} role={message?.tone === "error" ? "alert" : "status"} className={`mt-1 text-sm ${message?.tone === "error" ? "font-medium text-red-800" : "text-green-900"}`}>
        {message?.text}
      </p>
    </div>
  );
}

/** "Kreditera" asks once more before it credits the invoice in full. */
export function CreditInvoiceButton({ invoiceId, invoiceNumber }: { invoiceId: string; invoiceNumber: string }) {
  const router = useRouter();
  const statusId = useId();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string }>();

  async function submit() {
    setBusy(true);
    setMessage(undefined);
    const res: Result = await creditInvoiceAction({ invoiceId, idempotencyKey: key });
    setBusy(false);
    setConfirming(false);
    if (res.ok) {
      setKey(crypto.randomUUID());
      setMessage({ tone: "ok", text: `Kreditnota ${res.data.invoiceNumber} är skapad. Månaden kan faktureras på nytt.` });
      router.refresh();
    } else setMessage({ tone: "error", text: errorOf(res) });
  }

  return (
    <div>
      {confirming ? (
        <div role="group" aria-labelledby={`${statusId}-question`} className="flex flex-wrap items-center gap-2">
          <p id={`${statusId}-question`} className="text-sm">Kreditera hela faktura {invoiceNumber}?</p>
          <Button type="button" variant="danger" onClick={submit} disabled={busy}>
            {busy ? "Krediterar…" : "Ja, kreditera"}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={busy}>
            Avbryt
          </Button>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          Kreditera<span className="sr-only"> faktura {invoiceNumber}</span>
        </Button>
      )}
      <p id={statusId} role={message?.tone === "error" ? "alert" : "status"} className={`mt-1 text-sm ${message?.tone === "error" ? "font-medium text-red-800" : "text-green-900"}`}>
        {message?.text}
      </p>
    </div>
  );
}
