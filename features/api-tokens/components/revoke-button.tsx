"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { revokeApiTokenAction } from "@/features/api-tokens/actions";

/** Two steps (Återkalla → Ja, återkalla) instead of a browser dialog; focus follows the step. */
export function RevokeButton({ tokenId, name }: { tokenId: string; name: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  async function revoke() {
    setBusy(true);
    setError(undefined);
    const res = await revokeApiTokenAction({ tokenId });
    setBusy(false);
    if (res.ok) {
      setConfirming(false);
      router.refresh();
    } else {
      setError(res.formError ?? "Nyckeln kunde inte återkallas.");
    }
  }

  if (!confirming) {
    return (
      <Button
        ref={startRef}
        type="button"
        variant="secondary"
        onClick={() => {
          setConfirming(true);
          setTimeout(() => confirmRef.current?.focus(), 0);
        }}
        aria-label={`Återkalla ${name}`}
      >
        Återkalla
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`Bekräfta återkallning av ${name}`} className="flex flex-col gap-2">
      <p className="text-sm">System som använder nyckeln slutar fungera direkt.</p>
      <div className="flex flex-wrap gap-2">
        <Button ref={confirmRef} type="button" variant="danger" onClick={revoke} disabled={busy}>
          {busy ? "Återkallar…" : "Ja, återkalla"}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setConfirming(false);
            setTimeout(() => startRef.current?.focus(), 0);
          }}
          disabled={busy}
        >
          Avbryt
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
