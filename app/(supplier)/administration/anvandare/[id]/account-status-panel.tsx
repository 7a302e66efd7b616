"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { reissueInvitationAction, setActiveAction } from "../actions";

export function AccountStatusPanel(props: { membershipId: string; active: boolean; invitationPending: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [link, setLink] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function toggle() {
    if (props.active && !window.confirm("Inaktivera kontot i organisationen? Historiken finns kvar.")) return;
    setBusy(true);
    setError(undefined);
    const res = await setActiveAction({ membershipId: props.membershipId, active: !props.active });
    setBusy(false);
    if (res.ok) router.refresh();
    else setError(res.formError ?? Object.values(res.fieldErrors ?? {})[0]);
  }

  async function reissue() {
    setBusy(true);
    const res = await reissueInvitationAction({ membershipId: props.membershipId });
    setBusy(false);
    if (res.ok) setLink(res.data.link);
    else setError(res.formError);
  }

  return (
    <section aria-labelledby="konto" className="rounded bg-white p-6 shadow">
      <h2 id="konto" className="mb-4 text-lg font-semibold">Konto</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {link ? (
        <Alert tone="success" title="Ny inbjudningslänk">
          <p className="break-all font-mono text-sm" data-testid="invitation-link">
            {link}
          </p>
        </Alert>
      ) : null}
      <div className="flex flex-col gap-3">
        {props.invitationPending && props.active ? (
          <Button type="button" variant="secondary" onClick={reissue} disabled={busy}>
            Skapa ny inbjudningslänk
          </Button>
        ) : null}
        <Button type="button" variant={props.active ? "danger" : "primary"} onClick={toggle} disabled={busy}>
          {props.active ? "Inaktivera konto" : "Återaktivera konto"}
        </Button>
      </div>
    </section>
  );
}
