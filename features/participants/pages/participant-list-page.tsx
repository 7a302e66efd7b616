import { participantExportQuery } from "@/features/participants/schemas";
import type { Metadata } from "next";
import { LevelStateFilters } from "@/features/decisions/components/level-state-filters";
import Link from "next/link";
import { requireStaff } from "@/lib/authz/guard";
import { today as clockToday } from "@/lib/clock";
import { listParticipantsForStaff, participantListOptions } from "@/features/participants/list";
import {
  EXPORT_HANDLEDARE,
  EXPORT_HANDLEDARE_LABELS,
  EXPORT_MAX_DAYS,
  participantListQuery,
  type ParticipantListQuery,
  type ParticipantSortKey,
} from "@/features/participants/schemas";
import { formatDate } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ParticipantRows } from "@/features/participants/components/participant-rows";
import { filterFormKey } from "@/components/ui/filter-form-key";
import { SortHeader } from "@/components/ui/sort-header";

export const metadata: Metadata = { title: "Deltagarlista" };

type Search = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** The URL parameters of the list (Swedish names), without the page number. */
function listParams(query: ParticipantListQuery): Record<string, string | undefined> {
  const defaultOrder = query.sort === "name" && query.dir === "asc";
  return {
    q: query.q,
    mina: query.mine ? "1" : undefined,
    handledare: query.handledareId,
    enhet: query.unitId,
    niva: query.level,
    status: query.state,
    sort: defaultOrder ? undefined : query.sort,
    dir: defaultOrder ? undefined : query.dir,
  };
}

function monthOf(today: string): { first: string; last: string } {
  const [y, m] = today.split("-").map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${today.slice(0, 7)}-01`, last: `${today.slice(0, 7)}-${String(lastDay).padStart(2, "0")}` };
}

export async function ParticipantListPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireStaff("reportOnParticipants");
  const sp = await searchParams;
  const today = clockToday();
  // Back from an export with a bad date range: the same check, its messages beside the fields.
  const exportBack = one(sp.exportera) === "1"
    ? { fran: one(sp.fran) ?? "", till: one(sp.till) ?? "", handledare: one(sp.exporthandledare) ?? "alla", utelamna: one(sp.utelamna) === "1" }
    : null;
  const exportCheck = exportBack
    ? participantExportQuery.safeParse({ from: exportBack.fran, to: exportBack.till, handledare: exportBack.handledare, excludeExported: exportBack.utelamna ? "1" : undefined, format: "csv" })
    : null;
  const exportError = (field: "from" | "to") =>
    exportCheck && !exportCheck.success ? exportCheck.error.issues.find((i) => i.path[0] === field)?.message : undefined;
  const query = participantListQuery.parse({
    q: one(sp.q),
    mine: one(sp.mina),
    handledareId: one(sp.handledare),
    unitId: one(sp.enhet),
    level: one(sp.niva),
    state: one(sp.status),
    sort: one(sp.sort),
    dir: one(sp.dir),
    page: one(sp.sida),
  });
  const [list, options] = await Promise.all([listParticipantsForStaff(actor, query, today), participantListOptions(actor)]);
  const params = listParams(query);
  const month = monthOf(today);

  const sortHref = (field: ParticipantSortKey) => {
    const dir = query.sort === field && query.dir === "asc" ? "desc" : "asc";
    const s = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, sort: field, dir })) if (v) s.set(k, v);
    return `/deltagare?${s.toString()}`;
  };
  const sortHeader = (field: ParticipantSortKey, label: string) => {
    const active = query.sort === field;
    return <SortHeader key={field} label={label} href={sortHref(field)} sorted={active ? query.dir : null} next={active && query.dir === "asc" ? "desc" : "asc"} />;
  };

  return (
    <>
      <Breadcrumbs items={[{ href: "/start", label: "Hem" }, { label: "Deltagarlista" }]} />
      <h1 className="mb-4 text-2xl font-semibold">Deltagarlista</h1>

      <form key={filterFormKey(params)} role="search" aria-label="Sök och filtrera deltagare" className="mb-4 grid gap-3 rounded bg-white p-4 shadow md:grid-cols-4">
        <div className="md:col-span-2">
          <label htmlFor="q" className="mb-1 block font-medium">
            Sök på namn eller genomförandereferens
          </label>
          <input id="q" name="q" defaultValue={query.q} maxLength={100} className={inputClass} />
        </div>
        <div>
          <label htmlFor="handledare" className="mb-1 block font-medium">Handledare</label>
          <select id="handledare" name="handledare" defaultValue={query.handledareId ?? ""} className={inputClass}>
            <option value="">Alla</option>
            {options.handledare.map((h) => (
              <option key={h.id} value={h.id}>{h.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="enhet" className="mb-1 block font-medium">Utförande verksamhet</label>
          <select id="enhet" name="enhet" defaultValue={query.unitId ?? ""} className={inputClass}>
            <option value="">Alla</option>
            {options.units.map((u) => (
              <option key={u.id} value={u.id}>{u.name}</option>
            ))}
          </select>
        </div>
        <LevelStateFilters level={query.level} state={query.state} />
        <div className="flex items-center gap-2 md:col-span-2 md:self-end md:pb-2">
          <input id="mina" name="mina" type="checkbox" value="1" defaultChecked={query.mine} className="h-5 w-5" />
          <label htmlFor="mina" className="font-medium">Visa bara mina deltagare</label>
        </div>
        {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
        {params.dir ? <input type="hidden" name="dir" value={params.dir} /> : null}
        <div className="flex items-end gap-2 md:col-span-4">
          <Button type="submit">Sök</Button>
          <Link href="/deltagare" className="min-h-11 px-3 py-2 text-af-accent underline">Rensa</Link>
        </div>
      </form>

      <div className="rounded bg-white shadow md:overflow-x-auto">
        <table className="stack-table w-full text-left text-sm">
          <caption className="sr-only">Deltagare vid dina utförande verksamheter</caption>
          <thead className="bg-af-blue-light">
            <tr>
              {sortHeader("name", "Namn")}
              <th scope="col" className="p-2">Status</th>
              <th scope="col" className="p-2">Handledare</th>
              <th scope="col" className="p-2">Utförande verksamhet</th>
              <th scope="col" className="p-2 whitespace-nowrap">Tjänst</th>
              {sortHeader("start", "Startdatum")}
              {sortHeader("end", "Slutdatum")}
              {/* May break after "Genomförande", so the long word does not widen its column (issue #14). */}
              <th scope="col" className="p-2">Genomförande&shy;referens</th>
            </tr>
          </thead>
          <ParticipantRows
            rows={list.rows.map((r) => ({
              id: r.decisionId, name: r.name, state: r.state, handledare: r.handledare, unit: r.unitName, service: r.service,
              start: formatDate(r.startDate), end: formatDate(r.endDate), ref: r.implementationReference,
            }))}
          />
        </table>
        {list.rows.length === 0 ? <p className="p-4">Inga deltagare matchar sökningen.</p> : null}
      </div>
      <p className="mt-2 text-sm text-gray-700">
        Startdatum är period 1:s start. Slutdatum är den sista periodens slut.
      </p>
      <Pagination total={list.total} totalIsCapped={list.totalIsCapped} page={list.page} pageSize={list.pageSize} basePath="/deltagare" params={params} />

      <section aria-labelledby="export-rubrik" className="mt-8 rounded bg-white p-4 shadow">
        <h2 id="export-rubrik" className="mb-2 text-xl font-semibold">Exportera deltagare</h2>
        <p id="export-beskrivning" className="mb-3 text-sm text-gray-700">
          Deltagare vid dina utförande verksamheter vars period 1 eller period 2 startar inom datumintervallet (högst{" "}
          {EXPORT_MAX_DAYS} dagar), en rad per period. Filen innehåller inga personnummer. Varje export sparas, så att en
          senare export kan utelämna deltagare som redan har exporterats i organisationen.
        </p>
        <form method="get" action="/deltagare/export" aria-describedby="export-beskrivning" className="grid gap-3 md:grid-cols-4">
          <div>
            <label htmlFor="export-fran" className="mb-1 block font-medium">Från och med</label>
            <input id="export-fran" name="fran" type="date" required defaultValue={exportBack?.fran || month.first} className={inputClass}
              aria-invalid={!!exportError("from")} aria-describedby={exportError("from") ? "export-fran-fel" : undefined} />
            {exportError("from") ? <p id="export-fran-fel" className="mt-1 text-sm font-medium text-red-800">{exportError("from")}</p> : null}
          </div>
          <div>
            <label htmlFor="export-till" className="mb-1 block font-medium">Till och med</label>
            <input id="export-till" name="till" type="date" required defaultValue={exportBack?.till || month.last} className={inputClass}
              aria-invalid={!!exportError("to")} aria-describedby={exportError("to") ? "export-till-fel" : undefined} />
            {exportError("to") ? <p id="export-till-fel" className="mt-1 text-sm font-medium text-red-800">{exportError("to")}</p> : null}
          </div>
          <div>
            <label htmlFor="export-handledare" className="mb-1 block font-medium">Handledare</label>
            <select id="export-handledare" name="handledare" defaultValue={exportBack?.handledare ?? "alla"} className={inputClass}>
              {EXPORT_HANDLEDARE.map((h) => (
                <option key={h} value={h}>{EXPORT_HANDLEDARE_LABELS[h]}</option>
              ))}
            </select>
          </div>
          <div className="flex items-center gap-2 md:self-end md:pb-2">
            <input id="export-utelamna" name="utelamna" type="checkbox" value="1" defaultChecked={exportBack?.utelamna ?? false} className="h-5 w-5" />
            <label htmlFor="export-utelamna" className="font-medium">Utelämna redan exporterade</label>
          </div>
          <div className="flex flex-wrap gap-2 md:col-span-4">
            <Button type="submit" name="format" value="csv">Exportera CSV</Button>
            <Button type="submit" name="format" value="xlsx" variant="secondary">Exportera Excel</Button>
          </div>
        </form>
      </section>
    </>
  );
}
