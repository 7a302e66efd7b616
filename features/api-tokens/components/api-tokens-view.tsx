import Link from "next/link";
import { ScrollBox } from "@/components/ui/scroll-box";
import { PERMISSION_LABELS } from "@/lib/authz/permissions";
import type { TokenRow } from "@/features/api-tokens/service";
import { API_TOKEN_STATUS_LABELS, defaultExpiry, latestExpiry } from "@/lib/api/token-schemas";
import { formatDateTime, genitive } from "@/lib/format";
import { addCalendarDays } from "@/features/decisions/periods";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CreateTokenForm, type Unit } from "./create-token-form";
import { RevokeButton } from "./revoke-button";

/** The organisation's API keys and the form for a new one (the page loads them for the administrator). */
export function ApiTokensView({ supplierName, tokens, units, today: t }: { supplierName: string; tokens: TokenRow[]; units: Unit[]; today: string }) {
  return (
    <>
      <Breadcrumbs items={[{ href: "/start", label: "Hem" }, { href: "/administration/anvandare", label: "Administration" }, { label: "API-nycklar" }]} />
      <h1 className="mb-2 text-2xl font-semibold">API-nycklar</h1>
      <p className="mb-4 max-w-3xl">
        Med en API-nyckel kan {genitive(supplierName)} eget verksamhetssystem hämta deltagare och händelser och skicka planeringar och rapporter. Nyckeln
        har bara de behörigheter och utförande verksamheter ni väljer, och det som görs med den registreras i namnet på den som skapade nyckeln. En nyckel slutar fungera om den personen inaktiveras i organisationen. Läs mer i{" "}
        <Link href="/api-dokumentation" className="text-af-accent underline">
          API-dokumentationen
        </Link>
        .
      </p>
      <CreateTokenForm units={units} defaultExpiry={defaultExpiry(t)} minExpiry={addCalendarDays(t, 1)} maxExpiry={latestExpiry(t)} />
      <section aria-labelledby="nycklar">
        <h2 id="nycklar" className="mb-2 text-lg font-semibold">
          Organisationens nycklar
        </h2>
        <ScrollBox label="Organisationens API-nycklar" className="rounded bg-white shadow">
          <table className="stack-table w-full text-left text-sm">
            <caption className="sr-only">API-nycklar i {supplierName}</caption>
            <thead className="bg-af-blue-light">
              <tr>
                <th scope="col" className="p-2">Namn</th>
                <th scope="col" className="p-2">Början av nyckeln</th>
                <th scope="col" className="p-2">Behörigheter</th>
                <th scope="col" className="p-2">Utförande verksamheter</th>
                <th scope="col" className="p-2">Gäller till</th>
                <th scope="col" className="p-2">Skapad</th>
                <th scope="col" className="p-2">Senast använd</th>
                <th scope="col" className="p-2">Status</th>
                <th scope="col" className="p-2"><span className="sr-only">Åtgärd</span></th>
              </tr>
            </thead>
            <tbody data-testid="api-token-rows">
              {tokens.map((tok) => (
                <tr key={tok.id} className="border-t align-top">
                  <td data-label="Namn" className="p-2 font-medium">{tok.name}</td>
                  <td data-label="Början av nyckeln" className="p-2 font-mono">{tok.prefix}…</td>
                  <td data-label="Behörigheter" className="p-2">{tok.permissions.map((p) => PERMISSION_LABELS[p]).join(", ")}</td>
                  <td data-label="Utförande verksamheter" className="p-2">{tok.allUnits ? "Alla" : tok.units.map((u) => u.name).join(", ") || "Inga"}</td>
                  <td data-label="Gäller till" className="p-2">{formatDateTime(tok.expiresAt)}</td>
                  <td data-label="Skapad" className="p-2">
                    {formatDateTime(tok.createdAt)}
                    <br />
                    <span className="text-gray-700">av {tok.createdBy}</span>
                  </td>
                  <td data-label="Senast använd" className="p-2">{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt) : "Aldrig"}</td>
                  <td data-label="Status" className="p-2">
                    {API_TOKEN_STATUS_LABELS[tok.status]}
                    {tok.revokedAt ? (
                      <>
                        <br />
                        <span className="text-gray-700">
                          {formatDateTime(tok.revokedAt)}
                          {tok.revokedBy ? ` av ${tok.revokedBy}` : ""}
                        </span>
                      </>
                    ) : null}
                  </td>
                  <td className="p-2">{tok.revokedAt ? null : <RevokeButton tokenId={tok.id} name={tok.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {tokens.length === 0 ? <p className="p-4">Organisationen har inga API-nycklar ännu.</p> : null}
        </ScrollBox>
      </section>
    </>
  );
}
