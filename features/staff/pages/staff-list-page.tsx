import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/authz/guard";
import { PERMISSION_LABELS } from "@/lib/authz/permissions";
import { staffListQuery } from "@/features/staff/schemas";
import { listStaff } from "@/features/staff/queries";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { filterFormKey } from "@/components/ui/filter-form-key";
import { SortHeader } from "@/components/ui/sort-header";

export const metadata: Metadata = { title: "Användare och behörigheter" };

type Search = { q?: string; utan?: string; status?: string; sort?: string; dir?: string; sida?: string };

export async function StaffListPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireStaff("manageStaff");
  const sp = await searchParams;
  const query = staffListQuery.parse({
    q: sp.q || undefined,
    withoutPermissions: sp.utan === "1" ? true : undefined,
    status: sp.status || undefined,
    sort: sp.sort || undefined,
    dir: sp.dir || undefined,
    page: sp.sida || undefined,
  });
  const list = await listStaff(actor, query);
  const params = { q: query.q, utan: query.withoutPermissions ? "1" : undefined, status: query.status, sort: query.sort, dir: query.dir };
  // Without sort parameters the list is by name, ascending (listStaff): the headers say so too.
  const sort = query.sort ?? "name";
  const dir = query.dir ?? "asc";
  const sortHeader = (field: "name" | "email", label: string) => {
    const next = sort === field && dir === "asc" ? "desc" : "asc";
    const s = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, sort: field, dir: next })) if (v) s.set(k, v);
    return <SortHeader label={label} href={`/administration/anvandare?${s.toString()}`} sorted={sort === field ? dir : null} next={next} />;
  };
  return (
    <>
      <Breadcrumbs items={[{ href: "/start", label: "Hem" }, { label: "Administration" }]} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Användare och behörigheter</h1>
        <Link href="/administration/anvandare/ny" className="min-h-11 rounded bg-af-blue px-4 py-2 font-medium text-white">
          Bjud in användare
        </Link>
      </div>
      <form key={filterFormKey(params)} className="mb-4 flex flex-wrap items-end gap-3 rounded bg-white p-4 shadow" aria-label="Filtrera användare">
        <div className="min-w-56 flex-1">
          <label htmlFor="q" className="mb-1 block font-medium">Sök namn eller e-post</label>
          <input id="q" name="q" defaultValue={query.q} className={inputClass} />
        </div>
        <div>
          <label htmlFor="status" className="mb-1 block font-medium">Status</label>
          <select id="status" name="status" defaultValue={query.status} className={inputClass}>
            <option value="active">Aktiva</option>
            <option value="inactive">Inaktiverade</option>
            <option value="all">Alla</option>
          </select>
        </div>
        <div className="flex min-h-11 items-center gap-2">
          <input id="utan" type="checkbox" name="utan" value="1" defaultChecked={query.withoutPermissions} className="h-5 w-5" />
          <label htmlFor="utan">Endast personer utan behörigheter</label>
        </div>
        <Button type="submit">Filtrera</Button>
      </form>
      <div className="rounded bg-white shadow md:overflow-x-auto">
        <table className="stack-table w-full text-left text-sm">
          <caption className="sr-only">Användare i {actor.supplierName}</caption>
          <thead className="bg-af-blue-light">
            <tr>
              {sortHeader("name", "Namn")}
              {sortHeader("email", "E-post")}
              <th scope="col" className="p-2">Behörigheter</th>
              <th scope="col" className="p-2">Utförande verksamheter</th>
              <th scope="col" className="p-2">Status</th>
            </tr>
          </thead>
          <tbody data-testid="staff-rows">
            {list.rows.map((r) => (
              <tr key={r.membershipId} className="border-t align-top">
                <td className="p-2">
                  <Link prefetch={false} href={`/administration/anvandare/${r.membershipId}`} className="font-medium text-af-accent underline">
                    {r.name}
                  </Link>
                </td>
                <td className="p-2 break-all md:break-normal" data-label="E-post">{r.email}</td>
                <td className="p-2" data-label="Behörigheter">{r.permissions.length ? r.permissions.map((p) => PERMISSION_LABELS[p]).join(", ") : "Inga"}</td>
                <td className="p-2" data-label="Verksamheter">{r.allUnits ? "Alla" : r.units.map((u) => u.name).join(", ") || "Inga"}</td>
                <td className="p-2" data-label="Status">{!r.active ? "Inaktiverad" : r.invitationPending ? "Inbjuden" : "Aktiv"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.rows.length === 0 ? <p className="p-4">Inga användare matchar filtret.</p> : null}
      </div>
      <Pagination total={list.total} page={list.page} pageSize={list.pageSize} basePath="/administration/anvandare" params={params} />
    </>
  );
}
