import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/authz/guard";
import { listNewParticipants, newParticipantsQuery } from "@/features/participants/new-participants";
import { formatDate } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { Steps } from "@/components/ui/steps";
import { inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { NewParticipantCards } from "@/features/assignments/components/new-participant-cards";
import { SERVICE_VERSION_LABELS } from "@/features/decisions/labels";
import { SelectAll } from "@/features/assignments/components/select-all";
import { LIST_PARAMS, newParticipantsHref, tickedIds, type ListParams } from "@/features/assignments/back-to-list";
import { filterFormKey } from "@/components/ui/filter-form-key";

export const metadata: Metadata = { title: "Nya deltagare" };

type Search = { tjanst?: string; enhet?: string; kommun?: string; sida?: string; d?: string | string[] };

export async function NewParticipantsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireStaff("receiveParticipants");
  const sp = await searchParams;
  const query = newParticipantsQuery.parse({ serviceVersion: sp.tjanst || undefined, unitId: sp.enhet || undefined, municipality: sp.kommun || undefined, page: sp.sida || undefined });
  const list = await listNewParticipants(actor, query);
  const ticked = new Set(tickedIds(sp.d));
  const params = { tjanst: query.serviceVersion, enhet: query.unitId, kommun: query.municipality };
  // What the choice form carries to the next step, so that its "Tillbaka" returns here.
  const carried: ListParams = { ...params, sida: list.page > 1 ? String(list.page) : undefined };
  const chips = [
    query.serviceVersion ? { label: SERVICE_VERSION_LABELS[query.serviceVersion], without: { ...params, tjanst: undefined } } : null,
    query.unitId ? { label: list.facets.units.find((u) => u.value === query.unitId)?.label ?? "Vald verksamhet", without: { ...params, enhet: undefined } } : null,
    query.municipality ? { label: query.municipality, without: { ...params, kommun: undefined } } : null,
  ].filter((c): c is NonNullable<typeof c> => c !== null);
  return (
    <>
      <Breadcrumbs items={[{ href: "/start", label: "Hem" }, { label: "Nya deltagare" }]} />
      <h1 className="mb-2 text-2xl font-semibold">Nya deltagare</h1>
      <p className="mb-2">
        Deltagare vid dina utförande verksamheter som behöver en handledare, de mest brådskande först. En handledare ska tilldelas inom
        tio kalenderdagar från beslutet (för en ny period: från beslutet om perioden). Beslutsdagen räknas inte; den tionde dagen är sista dagen.
      </p>
      <Steps steps={["Välj deltagare", "Välj handledare", "Bekräfta"]} current={0} />
      <form key={filterFormKey(params)} className="mb-4 grid gap-3 rounded bg-white p-4 shadow md:grid-cols-4" aria-label="Filtrera nya deltagare">
        <div>
          <label htmlFor="tjanst" className="mb-1 block font-medium">Tjänst</label>
          <select id="tjanst" name="tjanst" defaultValue={query.serviceVersion ?? ""} className={inputClass}>
            <option value="">Alla</option>
            {list.facets.services.map((s) => <option key={s.value} value={s.value}>{SERVICE_VERSION_LABELS[s.value]} ({s.n})</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="enhet" className="mb-1 block font-medium">Utförande verksamhet</label>
          <select id="enhet" name="enhet" defaultValue={query.unitId ?? ""} className={inputClass}>
            <option value="">Alla</option>
            {list.facets.units.map((u) => <option key={u.value} value={u.value}>{u.label} ({u.n})</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="kommun" className="mb-1 block font-medium">Kommun</label>
          <select id="kommun" name="kommun" defaultValue={query.municipality ?? ""} className={inputClass}>
            <option value="">Alla</option>
            {list.facets.municipalities.map((m) => <option key={m.value} value={m.value}>{m.value} ({m.n})</option>)}
          </select>
        </div>
        <div className="flex items-end"><Button type="submit">Filtrera</Button></div>
      </form>
      {chips.length ? (
        <ul className="mb-4 flex flex-wrap gap-2" aria-label="Valda filter">
          {chips.map((c) => (
            <li key={c.label}>
              <Link href={newParticipantsHref(c.without)} className="inline-flex min-h-11 items-center gap-1 rounded-full border border-af-blue px-3 text-af-blue">
                {c.label} <span aria-hidden="true">✕</span><span className="sr-only">(ta bort filtret)</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {list.rows.length === 0 ? (
        chips.length > 0 ? (
          <p>
            Inga nya deltagare matchar filtren.{" "}
            <Link href="/nya-deltagare" className="text-af-accent underline">Visa alla nya deltagare</Link>
          </p>
        ) : (
          <p>Inga nya deltagare just nu.</p>
        )
      ) : (
        <form action="/nya-deltagare/tilldela" method="get" id="choose">
          {LIST_PARAMS.map((k) => (carried[k] ? <input key={k} type="hidden" name={k} value={carried[k]} /> : null))}
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <SelectAll formId="choose" name="d" initiallyAll={list.rows.every((p) => ticked.has(p.decisionId))} />
            {/* On a phone this one would stand above the cards it acts on: there, only the one after them shows. */}
            <Button type="submit" className="max-md:hidden">Nästa</Button>
          </div>
          <NewParticipantCards
            ticked={[...ticked]}
            cards={list.rows.map((p) => ({
              id: p.decisionId,
              name: p.name,
              daysLeft: p.deadline.daysLeft,
              deadlineState: p.deadline.state,
              newPeriod: p.newPeriod ? `Ny period${p.currentHandledare ? ` (nuvarande handledare: ${p.currentHandledare.name})` : ""}` : null,
              service: SERVICE_VERSION_LABELS[p.serviceVersion],
              level: p.level,
              start: formatDate(p.startDate),
              end: formatDate(p.endDate),
              deadline: formatDate(p.deadlineDate),
              support: [p.languageSupportNeeded ? "Språkstöd" : null, p.interpreterNeeded ? `Tolk (${p.interpreterLanguage ?? "språk saknas"})` : null].filter(Boolean).join(", ") || "Nej",
              address: `${p.unit.name}, ${p.unit.street}, ${p.unit.postalCode} ${p.unit.city}`,
            }))}
          />
          <div className="mt-3 flex justify-end"><Button type="submit">Nästa</Button></div>
        </form>
      )}
      <Pagination total={list.total} page={list.page} pageSize={list.pageSize} basePath="/nya-deltagare" params={params} />
    </>
  );
}
