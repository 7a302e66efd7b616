// The API's documentation, rendered on the server from the OpenAPI document itself (so the
// page and /api/v1/openapi.json cannot disagree), with a Swedish introduction.
import Link from "next/link";
import { PERMISSION_LABELS } from "@/lib/authz/permissions";
import { openApiDocument } from "@/features/public-api/openapi";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ScrollBox } from "@/components/ui/scroll-box";
import { BodySchema, PropertyTable, refName, TAG_TITLES, typeOf, type Json, type Operation, type ProblemCodeDoc } from "./schema-tables";

/** The API documentation, rendered from the OpenAPI document; `canManageKeys` links to the API keys. */
export function ApiDocumentation({ canManageKeys }: { canManageKeys: boolean }) {
  const doc = openApiDocument() as Json;
  const paths = doc.paths as Record<string, Record<string, Operation>>;
  const schemas = (doc.components as { schemas: Record<string, Json> }).schemas;
  const problems = doc["x-problem-codes"] as ProblemCodeDoc[];
  const limit = (doc["x-rate-limit"] as { requestsPerMinute: number }).requestsPerMinute;
  const base = ((doc.servers as { url: string }[])[0]?.url ?? "/api/v1").replace(/\/$/, "");
  const operations = Object.entries(paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })));
  const tags = [...new Set(operations.map((o) => o.op.tags[0]))];

  return (
    <>
      <Breadcrumbs items={[{ href: "/start", label: "Hem" }, { label: "API-dokumentation" }]} />
      <h1 className="mb-2 text-2xl font-semibold">API-dokumentation</h1>
      <div className="mb-6 max-w-3xl space-y-3">
        <p>
          Ert eget verksamhetssystem kan arbeta med samma uppgifter som ni ser här i Mina sidor: hämta nya deltagare och tilldela handledare, läsa
          deltagarlistan och händelser, skicka gemensam planering, periodisk redovisning och andra rapporter, och läsa beställningar. Samma regler gäller
          som i portalen.
        </p>
        <p>
          Den maskinläsbara beskrivningen (OpenAPI 3.1) finns på{" "}
          <a href={`${base}/openapi.json`} className="font-mono text-af-accent underline">
            {base}/openapi.json
          </a>
          . Den här sidan är skapad från samma beskrivning. Version {String((doc.info as Json).version)}.
        </p>
      </div>

      <nav aria-labelledby="innehall-api" className="mb-6 rounded bg-white p-4 shadow">
        <h2 id="innehall-api" className="mb-2 font-semibold">Innehåll</h2>
        <ul className="list-disc pl-6">
          <li><a className="text-af-accent underline" href="#autentisering">Autentisering och behörigheter</a></li>
          <li><a className="text-af-accent underline" href="#format">Format, listor och idempotens</a></li>
          <li><a className="text-af-accent underline" href="#granser">Gränser</a></li>
          <li><a className="text-af-accent underline" href="#fel">Fel</a></li>
          {tags.map((t) => (
            <li key={t}><a className="text-af-accent underline" href={`#tag-${t}`}>{TAG_TITLES[t] ?? t}</a></li>
          ))}
          <li><a className="text-af-accent underline" href="#datatyper">Datatyper</a></li>
        </ul>
      </nav>

      <section aria-labelledby="autentisering" className="mb-6 max-w-3xl space-y-3">
        <h2 id="autentisering" className="text-xl font-semibold">Autentisering och behörigheter</h2>
        <p>
          Varje anrop (utom beskrivningen) skickar en API-nyckel i huvudet <code>Authorization: Bearer &lt;nyckel&gt;</code>. Organisationens
          behörighetsadministratör skapar nycklar under{" "}
          {canManageKeys ? (
            <Link href="/administration/api-nycklar" className="text-af-accent underline">Administration → API-nycklar</Link>
          ) : (
            "Administration → API-nycklar"
          )}{" "}
          och väljer behörigheter (<em>{PERMISSION_LABELS.RECEIVE_PARTICIPANTS}</em> och/eller <em>{PERMISSION_LABELS.REPORTING}</em>), utförande
          verksamheter och ett slutdatum högst ett år fram. Nyckeln visas en gång; spara den som en hemlighet.
        </p>
        <p>
          Nyckeln arbetar med exakt de behörigheterna och verksamheterna, för den som skapade den: det som görs syns i portalen och i loggen i
          skaparens namn. En återkallad eller utgången nyckel, och en nyckel vars skapare inte längre är aktiv i organisationen, nekas (401). Det
          nyckeln inte får se besvaras som om det inte fanns (404).
        </p>
      </section>

      <section aria-labelledby="format" className="mb-6 max-w-3xl space-y-3">
        <h2 id="format" className="text-xl font-semibold">Format, listor och idempotens</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>JSON med fältnamn i camelCase. Datum skrivs <code>ÅÅÅÅ-MM-DD</code> (svensk kalender), tidpunkter ISO 8601 i UTC, belopp i hela ören.</li>
          <li>
            Listor delas upp i sidor: <code>limit</code> (1–100, standard 25) och <code>cursor</code> = <code>nextCursor</code> från föregående sida
            (<code>null</code> på sista sidan).
          </li>
          <li>
            För att hämta det som ändrats: <code>changedSince</code> på deltagarlistan (ändrad = beslutet eller en händelse för deltagaren, till
            exempel avbrott, period, handledare eller beslut om en rapport) och <code>since</code> på händelserna. Båda räknas från och med
            tidpunkten; ta med lite marginal och sortera bort dubbletter på <code>id</code>.
          </li>
          <li>
            Alla POST-anrop kräver huvudet <code>Idempotency-Key</code> (till exempel ett UUID per ändring). Skickas samma anrop igen med samma nyckel
            får ni samma svar (med <code>Idempotent-Replayed: true</code>) och inget ändras en gång till. Samma nyckel för ett annat anrop nekas (422).
            Ett anrop som misslyckades sparas inte och kan göras om med samma nyckel.
          </li>
        </ul>
      </section>

      <section aria-labelledby="granser" className="mb-6 max-w-3xl space-y-3">
        <h2 id="granser" className="text-xl font-semibold">Gränser</h2>
        <p>
          Högst {limit} anrop per minut och nyckel (fasta minutfönster). Varje svar har huvudena <code>RateLimit-Limit</code>,{" "}
          <code>RateLimit-Remaining</code> och <code>RateLimit-Reset</code> (sekunder kvar av minuten). Över gränsen blir svaret 429 med{" "}
          <code>Retry-After</code>.
        </p>
      </section>

      <section aria-labelledby="fel" className="mb-6">
        <h2 id="fel" className="mb-2 text-xl font-semibold">Fel</h2>
        <p className="mb-3 max-w-3xl">
          Fel besvaras med <code>application/problem+json</code>: <code>type</code>, <code>title</code>, <code>status</code>, en stabil{" "}
          <code>code</code>, <code>detail_sv</code> och <code>detail_en</code>. Vid ogiltiga fält listar <code>errors</code> varje fält (till exempel{" "}
          <code>entries.3.minutes</code>) med ett svenskt meddelande; när en regel gäller ett visst fält står det i <code>field</code>.
        </p>
        <div className="overflow-x-auto rounded bg-white shadow">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Felkoder</caption>
            <thead className="bg-af-blue-light">
              <tr>
                <th scope="col" className="p-2">Kod</th>
                <th scope="col" className="p-2">Status</th>
                <th scope="col" className="p-2">Betydelse</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((p) => (
                <tr key={p.code} id={`fel-${p.code.replaceAll("_", "-")}`} className="border-t align-top">
                  <td className="p-2 font-mono">{p.code}</td>
                  <td className="p-2">{p.status}</td>
                  <td className="p-2">{p.detail_sv}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="mb-6">
          <h2 id={`tag-${tag}`} className="mb-3 text-xl font-semibold">{TAG_TITLES[tag] ?? tag}</h2>
          {operations
            .filter((o) => o.op.tags[0] === tag)
            .map(({ path, method, op }) => {
              const success = Object.entries(op.responses).filter(([status]) => status.startsWith("2"));
              const errors = Object.keys(op.responses).filter((status) => !status.startsWith("2"));
              const body = op.requestBody?.content["application/json"].schema;
              return (
                <article key={op.operationId} id={op.operationId} aria-labelledby={`${op.operationId}-rubrik`} className="mb-4 rounded bg-white p-4 shadow">
                  <h3 id={`${op.operationId}-rubrik`} className="mb-1 font-semibold">
                    <span className="mr-2 rounded bg-af-blue px-2 py-0.5 font-mono text-sm text-white">{method}</span>
                    <code className="break-all">{base}{path}</code>
                  </h3>
                  <p className="mb-2 font-medium">{op.summary}</p>
                  {op.description ? <p className="mb-2 text-sm">{op.description}</p> : null}
                  <p className="mb-2 text-sm">
                    Kräver behörigheten {op["x-permissions"].map((p) => PERMISSION_LABELS[p]).join(" eller ")}; nyckeln ser bara deltagare vid sina utförande verksamheter.
                  </p>
                  {op.parameters.length ? (
                    <>
                      <h4 className="mt-2 font-medium">Parametrar</h4>
                      <ScrollBox label={`Parametrar för ${op.operationId}`}>
                        <table className="mb-3 w-full text-left text-sm">
                          <caption className="sr-only">Parametrar för {op.operationId}</caption>
                          <thead className="bg-af-blue-light">
                            <tr>
                              <th scope="col" className="p-2">Namn</th>
                              <th scope="col" className="p-2">Var</th>
                              <th scope="col" className="p-2">Typ</th>
                              <th scope="col" className="p-2">Krävs</th>
                              <th scope="col" className="p-2">Beskrivning</th>
                            </tr>
                          </thead>
                          <tbody>
                            {op.parameters.map((p) => (
                              <tr key={`${p.in}-${p.name}`} className="border-t align-top">
                                <td className="p-2 font-mono">{p.name}</td>
                                <td className="p-2">{p.in === "path" ? "sökväg" : p.in === "query" ? "fråga" : "huvud"}</td>
                                <td className="p-2 font-mono">{typeOf(p.schema)}</td>
                                <td className="p-2">{p.required ? "Ja" : "Nej"}</td>
                                <td className="p-2">{p.description ?? ""}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </ScrollBox>
                    </>
                  ) : null}
                  {body ? (
                    <>
                      <h4 className="mt-2 font-medium">Innehåll (JSON)</h4>
                      <BodySchema schema={body} id={op.operationId} />
                    </>
                  ) : null}
                  <h4 className="mt-2 font-medium">Svar</h4>
                  <ul className="list-disc pl-6 text-sm">
                    {success.map(([status, r]) => {
                      const content = Object.entries(r.content ?? {})[0];
                      const schema = content?.[1].schema;
                      return (
                        <li key={status}>
                          {status}: {r.description}{" "}
                          {schema && typeof schema.$ref === "string" ? (
                            <a className="font-mono text-af-accent underline" href={`#schema-${refName(schema.$ref)}`}>{refName(schema.$ref)}</a>
                          ) : content ? (
                            <code>{content[0]}</code>
                          ) : null}
                        </li>
                      );
                    })}
                    <li>Fel: {errors.join(", ")} (se <a className="text-af-accent underline" href="#fel">Fel</a>)</li>
                  </ul>
                </article>
              );
            })}
        </section>
      ))}

      <section aria-labelledby="datatyper" className="mb-6">
        <h2 id="datatyper" className="mb-3 text-xl font-semibold">Datatyper</h2>
        {Object.entries(schemas).map(([name, schema]) => (
          <article key={name} id={`schema-${name}`} aria-labelledby={`schema-${name}-rubrik`} className="mb-4 rounded bg-white p-4 shadow">
            <h3 id={`schema-${name}-rubrik`} className="mb-1 font-mono font-semibold">{name}</h3>
            {typeof schema.description === "string" ? <p className="mb-2 text-sm">{schema.description}</p> : null}
            <PropertyTable schema={schema} caption={`Fält i ${name}`} />
          </article>
        ))}
      </section>
    </>
  );
}
