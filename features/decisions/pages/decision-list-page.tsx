import type { Metadata } from "next";
import { LevelStateFilters } from "@/features/decisions/components/level-state-filters";
import Link from "next/link";
import { requireOfficer } from "@/lib/authz/guard";
import { decisionFilterOptions } from "@/features/suppliers/queries";
import { listDecisions } from "@/features/decisions/queries";
import { decisionListQuery } from "@/features/decisions/schemas";
import { formatDate } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { DecisionRows } from "@/features/decisions/components/decision-rows";
import { filterFormKey } from "@/components/ui/filter-form-key";
import { SortHeader } from "@/components/ui/sort-header";

export const metadata: Metadata = { title: "Beslut" };

type Search = Record<string, string | undefined>;

export async function DecisionListPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireOfficer();
  const sp = await searchParams;
  const query = decisionListQuery.parse({
    q: sp.q || undefined, supplierId: sp.leverantor || undefined, unitId: sp.enhet || undefined, level: sp.niva || undefined,
    state: sp.status || undefined, from: sp.fran || undefined, to: sp.till || undefined, sort: sp.sort || undefined, dir: sp.dir || undefined, page: sp.sida || undefined,
  });
  const [list, options] = await Promise.all([
    listDecisions(actor, query),
    decisionFilterOptions(actor, { supplierId: query.supplierId, unitId: query.unitId }),
  ]);
  const { suppliers, units } = options;
  const params: Record<string, string | undefined> = {
    q: query.q, leverantor: query.supplierId, enhet: query.unitId, niva: query.level, status: query.state, fran: query.from, till: query.to, sort: query.sort, dir: query.dir,
  };
  // A first click sorts A–Ö, or the earliest start first: without a sort the list is the newest
  // decisions first, which for most is the latest start, so "latest first" changed nothing seen.
  const sortHeader = (field: "name" | "start", label: string) => {
    const sorted = query.sort === field ? (query.dir ?? "desc") : null;
    const next = sorted === "asc" ? "desc" : "asc";
    const s = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, sort: field, dir: next })) if (v) s.set(k, v);
    return <SortHeader label={label} href={`/handlaggare/beslut?${s.toString()}`} sorted={sorted} next={next} />;
  };
  return (
    <>
      <Breadcrumbs items={[{ href: "/handlaggare", label: "Översikt" }, { label: "Beslut" }]} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Beslut om Rusta och matcha</h1>
        <Link href="/handlaggare/arbetssokande" className="min-h-11 rounded bg-af-blue px-4 py-2 font-medium text-white">
          Nytt beslut
        </Link>
      </div>
      <form key={filterFormKey(params)} className="mb-4 grid gap-3 rounded bg-white p-4 shadow md:grid-cols-4" aria-label="Sök beslut">
        <div className="md:col-span-2">
          <label htmlFor="q" className="mb-1 block font-medium">Namn eller genomförandereferens</label>
          <input id="q" name="q" defaultValue={query.q} className={inputClass} aria-describedby="q-hint" />
          <p id="q-hint" className="mt-1 text-sm text-gray-700">
            Sök på personnummer under <Link href="/handlaggare/arbetssokande" className="text-af-accent underline">Arbetssökande</Link>; numret skickas då inte i adressen.
          </p>
        </div>
        <div>
          <label htmlFor="leverantor" className="mb-1 block font-medium">Leverantör</label>
          <select id="leverantor" name="leverantor" defaultValue={query.supplierId ?? ""} className={inputClass}>
            <option value="">Alla</option>
            {suppliers.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="enhet" className="mb-1 block font-medium">Utförande verksamhet</label>
          <select id="enhet" name="enhet" defaultValue={query.unitId ?? ""} className={inputClass} aria-describedby={units ? undefined : "enhet-hint"}>
            <option value="">Alla</option>
            {units?.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
          {units ? null : <p id="enhet-hint" className="mt-1 text-sm text-gray-700">Välj en leverantör och sök, så kan du välja bland dess verksamheter.</p>}
        </div>
        <LevelStateFilters level={query.level} state={query.state} />
        <div>
          <label htmlFor="fran" className="mb-1 block font-medium">Start från</label>
          <input id="fran" name="fran" type="date" defaultValue={query.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="till" className="mb-1 block font-medium">Start till</label>
          <input id="till" name="till" type="date" defaultValue={query.to} className={inputClass} />
        </div>
        <div className="flex items-end gap-2 md:col-span-4">
          <Button type="submit">Sök</Button>
          <Link href="/handlaggare/beslut" className="min-h-11 px-3 py-2 text-af-accent underline">Rensa</Link>
        </div>
      </form>
      <div className="overflow-x-auto rounded bg-white shadow">
        <table className="stack-table w-full text-left text-sm">
          <caption className="sr-only">{query.sort ? "Beslut" : "Beslut, de senaste besluten först"}</caption>
          <thead className="bg-af-blue-light">
            <tr>
              {sortHeader("name", "Namn")}
              <th scope="col" className="p-2">Genomförandereferens</th>
              <th scope="col" className="p-2">Leverantör / verksamhet</th>
              <th scope="col" className="p-2">Nivå</th>
              {sortHeader("start", "Start")}
              <th scope="col" className="p-2">Slut</th>
              <th scope="col" className="p-2">Status</th>
            </tr>
          </thead>
          <DecisionRows
            rows={list.rows.map((r) => ({
              id: r.id, name: r.name, ref: r.implementationReference, supplier: r.supplierName, unit: r.unitName, level: r.level,
              start: formatDate(r.startDate), end: formatDate(r.endDate), state: r.state,
            }))}
          />
        </table>
        {list.rows.length === 0 ? <p className="p-4">Inga beslut matchar sökningen.</p> : null}
      </div>
      <Pagination total={list.total} totalIsCapped={list.totalIsCapped} page={list.page} pageSize={list.pageSize} basePath="/handlaggare/beslut" params={params} />
    </>
  );
}
