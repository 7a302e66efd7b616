"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { inputClass } from "@/components/ui/field";
import { bulkReassignAction } from "@/features/assignments/actions/bulk-reassign";
import { HANDLEDARE_LOAD_HINT, handledareOptionLabel } from "@/features/assignments/load-text";
import { movedMessage, optionsForSelection } from "@/features/assignments/move-options";

type P = { decisionId: string; unitId: string; name: string; unitName: string; implementationReference: string };
type O = { userId: string; name: string; load: number; cap: number | null; unitIds: string[] };

const NOBODY = "Ingen annan har behörigheten Rapportering vid alla valda deltagares verksamheter. Välj färre deltagare, eller ge någon behörigheten under Administration.";

export function BulkReassign({ fromId, participants, options }: { fromId: string; participants: P[]; options: O[] }) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [to, setTo] = useState("");
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());
  // The outcome is shown above the form: moved into view and focused, or on a phone it stood
  // above the screen while the button was at its bottom edge, and nothing seemed to happen.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done || error) outcome.current?.focus();
  }, [done, error]);
  const toggle = (id: string) => setSelected((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  // Only those who can take every ticked participant (Rapportering at each one's unit).
  const selectedUnits = participants.filter((p) => selected.has(p.decisionId)).map((p) => p.unitId);
  const offered = optionsForSelection(options, selectedUnits);
  const target = offered.some((o) => o.userId === to) ? to : "";

  async function move() {
    setError(undefined);
    setDone(undefined);
    if (selected.size === 0) return setError("Välj minst en deltagare.");
    if (!target) return setError(offered.length === 0 ? NOBODY : "Välj en ny handledare.");
    setBusy(true);
    const res = await bulkReassignAction({ items: [...selected].map((decisionId) => ({ decisionId, expectedHandledareId: fromId })), handledareId: target, idempotencyKey: key });
    setBusy(false);
    if (res.ok) {
      setDone(movedMessage(res.data.assigned, offered.find((o) => o.userId === target)?.name));
      setSelected(new Set());
      setKey(crypto.randomUUID());
      router.refresh();
    } else setError(res.formError ?? Object.values(res.fieldErrors ?? {})[0]);
  }

  return (
    <div>
      <div ref={outcome} tabIndex={-1} className="scroll-mt-4 outline-none" data-testid="move-outcome">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {done ? <Alert tone="success">{done}</Alert> : null}
      </div>
      <fieldset className="mb-4">
        <legend className="mb-1 font-medium">Deltagare</legend>
        <div className="mb-2 flex min-h-11 items-center gap-2">
          <input id="bulk-all" type="checkbox" className="h-5 w-5" checked={selected.size === participants.length && participants.length > 0}
            onChange={(e) => setSelected(e.target.checked ? new Set(participants.map((p) => p.decisionId)) : new Set())} />
          <label htmlFor="bulk-all">Välj alla</label>
        </div>
        {participants.map((p) => (
          <div key={p.decisionId} className="flex min-h-11 items-center gap-2">
            <input id={`bulk-${p.decisionId}`} type="checkbox" className="h-5 w-5" checked={selected.has(p.decisionId)} onChange={() => toggle(p.decisionId)} />
            <label htmlFor={`bulk-${p.decisionId}`}>{p.name} <span className="text-sm text-gray-700">({p.unitName}, {p.implementationReference})</span></label>
          </div>
        ))}
      </fieldset>
      <label htmlFor="bulk-to" className="mb-1 block font-medium">Ny handledare</label>
      <select id="bulk-to" value={target} onChange={(e) => setTo(e.target.value)} className={`${inputClass} max-w-md`} aria-describedby={offered.length === 0 ? "bulk-to-none bulk-to-hint" : "bulk-to-hint"}>
        <option value="">Välj handledare</option>
        {offered.map((o) => <option key={o.userId} value={o.userId}>{handledareOptionLabel(o)}</option>)}
      </select>
      {offered.length === 0 ? <p id="bulk-to-none" className="mt-1 text-sm font-medium">{NOBODY}</p> : null}
      <p id="bulk-to-hint" className="mt-1 text-sm text-gray-700">{HANDLEDARE_LOAD_HINT} Listan visar dem som har behörigheten Rapportering vid alla valda deltagares verksamheter.</p>
      <p className="mt-1 text-sm text-gray-700">Alla valda flyttas, eller ingen: flytten stoppas om någon inte får plats eller saknar behörighet vid en deltagares verksamhet.</p>
      <Button type="button" className="mt-2" onClick={move} disabled={busy}>Flytta valda deltagare</Button>
    </div>
  );
}
