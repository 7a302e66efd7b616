"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { liftSignInLockAction, reissueInvitationAction, sendPasswordResetAction, setActiveAction } from "@/features/staff/actions/members";

export function AccountStatusPanel(props: { membershipId: string; active: boolean; invitationPending: boolean; participants: number; moveHref: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState(false);
  const [notice, setNotice] = useState<string>();
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
    if (res.ok) setSent(true);
    else setError(res.formError);
  }

  async function sendReset() {
    setBusy(true);
    setError(undefined);
    const res = await sendPasswordResetAction({ membershipId: props.membershipId });
    setBusy(false);
    if (res.ok) setNotice("En länk för att välja nytt lösenord har skickats till personens e-postadress. Den gäller i en timme.");
    else setError(res.formError);
  }

  async function liftLock() {
    setBusy(true);
    setError(undefined);
    const res = await liftSignInLockAction({ membershipId: props.membershipId });
    setBusy(false);
    if (res.ok) setNotice(res.data.lifted ? "Inloggningsspärren är hävd. Personen kan logga in igen." : "Personen hade ingen inloggningsspärr.");
    else setError(res.formError);
  }

  return (
    <section aria-labelledby="konto" className="rounded bg-white p-6 shadow">
      <h2 id="konto" className="mb-4 text-lg font-semibold">Konto</h2>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {sent ? (
        <Alert tone="success" title="Ny inbjudan skickad">
          <p data-testid="invitation-sent">En ny inbjudan har skickats till personens e-postadress. Tidigare länkar från er organisation slutar gälla.</p>
        </Alert>
      ) : null}
      {notice ? (
        <Alert tone="success" title="Klart">
          <p data-testid="account-notice">{notice}</p>
        </Alert>
      ) : null}
      <div className="flex flex-col gap-3">
        {!props.invitationPending && props.active ? (
          <>
            <Button type="button" variant="secondary" onClick={sendReset} disabled={busy}>
              Skicka länk för nytt lösenord
            </Button>
            <Button type="button" variant="secondary" onClick={liftLock} disabled={busy}>
              Häv inloggningsspärr
            </Button>
          </>
        ) : null}
        {props.invitationPending && props.active ? (
          <Button type="button" variant="secondary" onClick={reissue} disabled={busy}>
            Skicka inbjudan igen
          </Button>
        ) : null}
        {props.active && props.participants > 0 ? null : (
          <Button type="button" variant={props.active ? "danger" : "primary"} onClick={toggle} disabled={busy}>
            {props.active ? "Inaktivera konto" : "Återaktivera konto"}
          </Button>
        )}
      </div>
      {props.active && props.participants > 0 ? (
        // Say why before anyone asks "Inaktivera?": the participants need another handledare first.
        <p className="mt-3 text-sm" data-testid="deactivate-blocked">
          Kontot kan inte inaktiveras medan personen är handledare för {props.participants} deltagare.{" "}
          <Link href={props.moveHref} className="text-af-accent underline">Flytta deltagarna till en annan handledare</Link>
        </p>
      ) : null}
    </section>
  );
}
