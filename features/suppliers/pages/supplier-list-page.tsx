import type { Metadata } from "next";
import Link from "next/link";
import { requireOfficer } from "@/lib/authz/guard";
import { SERVICE_VERSION_LABELS, supplierListQuery } from "@/features/suppliers/schemas";
import { listSuppliers } from "@/features/suppliers/service";
import { formatOrgNumber } from "@/lib/validation/org-number";
import { formatNumber } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Leverantörer" };

export async function SupplierListPage({ searchParams }: { searchParams: Promise<{ q?: string; sida?: string }> }) {
  const actor = await requireOfficer();
  const sp = await searchParams;
  const query = supplierListQuery.parse({ q: sp.q || undefined, page: sp.sida || undefined });
  const list = await listSuppliers(actor, query);
  return (
    <>
      <Breadcrumbs items={[{ href: "/handlaggare", label: "Översikt" }, { label: "Leverantörer" }]} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Leverantörer</h1>
        <Link href="/handlaggare/leverantorer/ny" className="inline-flex min-h-11 items-center rounded bg-af-blue px-4 py-2 font-medium text-white hover:bg-af-accent">
          Registrera leverantör
        </Link>
      </div>
      <form role="search" className="mb-4 flex flex-wrap items-end gap-3 rounded bg-white p-4 shadow" aria-label="Sök leverantörer">
        <div className="min-w-56 flex-1">
          <label htmlFor="q" className="mb-1 block font-medium">
            Sök namn eller organisationsnummer
          </label>
          <input id="q" name="q" type="search" defaultValue={query.q} className={inputClass} />
        </div>
        <Button type="submit">Sök</Button>
      </form>
      <div className="overflow-x-auto rounded bg-white shadow">
        <table className="stack-table w-full text-left text-sm">
          <caption className="sr-only">Leverantörer{query.q ? ` som matchar ”${query.q}”` : ""}</caption>
          <thead className="bg-af-blue-light">
            <tr>
              <th scope="col" className="p-2">Namn</th>
              <th scope="col" className="p-2">Organisationsnummer</th>
              <th scope="col" className="p-2">Tjänst</th>
              <th scope="col" className="p-2">Leveransområden</th>
              <th scope="col" className="p-2">Utförande verksamheter</th>
              <th scope="col" className="p-2">Aktiva behörighetsadministratörer</th>
            </tr>
          </thead>
          <tbody data-testid="supplier-rows">
            {list.rows.map((s) => (
              <tr key={s.id} className="border-t align-top">
                <td data-label="Namn" className="p-2">
                  <Link prefetch={false} href={`/handlaggare/leverantorer/${s.id}`} className="font-medium text-af-accent underline">
                    {s.name}
                  </Link>
                </td>
                <td data-label="Organisationsnummer" className="p-2 md:whitespace-nowrap">{formatOrgNumber(s.orgNumber)}</td>
                <td data-label="Tjänst" className="p-2">{SERVICE_VERSION_LABELS[s.serviceVersion]}</td>
                <td data-label="Leveransområden" className="p-2">{s.deliveryAreas.map((a) => a.name).join(", ")}</td>
                <td data-label="Utförande verksamheter" className="p-2">{formatNumber(s.unitCount)}</td>
                <td data-label="Aktiva behörighetsadministratörer" className="p-2">{s.activeAdminCount === 0 ? <span className="font-medium text-red-800">Ingen</span> : formatNumber(s.activeAdminCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.rows.length === 0 ? <p className="p-4">{query.q ? "Inga leverantörer matchar sökningen." : "Inga leverantörer är registrerade."}</p> : null}
      </div>
      <Pagination total={list.total} page={list.page} pageSize={list.pageSize} basePath="/handlaggare/leverantorer" params={{ q: query.q }} />
    </>
  );
}
