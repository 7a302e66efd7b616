import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireOfficer } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { getSupplier } from "@/features/suppliers/service";
import { SERVICE_VERSION_LABELS } from "@/features/suppliers/schemas";
import { formatOrgNumber } from "@/lib/validation/org-number";
import { formatDateTime, formatNumber } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AddUnitForm } from "@/features/suppliers/components/add-unit-form";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Leverantör" };

const ADMIN_STATUS = {
  active: "Aktiv",
  invited: "Inbjuden, har inte valt lösenord",
  inactive: "Inaktiverad",
} as const;

export async function SupplierPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireOfficer();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const supplier = await getSupplier(actor, id).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const activeAdmins = supplier.administrators.filter((a) => a.status !== "inactive").length;
  return (
    <>
      <Breadcrumbs
        items={[{ href: "/handlaggare", label: "Översikt" }, { href: "/handlaggare/leverantorer", label: "Leverantörer" }, { label: supplier.name }]}
      />
      <h1 className="mb-4 text-2xl font-semibold">{supplier.name}</h1>

      <section aria-labelledby="uppgifter" className="mb-6 rounded bg-white p-6 shadow">
        <h2 id="uppgifter" className="mb-2 text-lg font-semibold">Uppgifter</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Organisationsnummer</dt>
          <dd data-testid="org-number">{formatOrgNumber(supplier.orgNumber)}</dd>
          <dt className="font-medium">Tjänst</dt>
          <dd>{SERVICE_VERSION_LABELS[supplier.serviceVersion]}</dd>
          <dt className="font-medium">Leveransområden</dt>
          <dd>
            <ul>
              {supplier.deliveryAreas.map((a) => (
                <li key={a.id}>
                  {a.name} <span className="text-sm text-gray-700">({a.code})</span>
                </li>
              ))}
            </ul>
          </dd>
          <dt className="font-medium">Registrerad</dt>
          <dd>{formatDateTime(supplier.createdAt)}</dd>
        </dl>
      </section>

      <section aria-labelledby="verksamheter" className="mb-6 rounded bg-white p-6 shadow">
        <h2 id="verksamheter" className="mb-2 text-lg font-semibold">Utförande verksamheter</h2>
        <ScrollBox label={`Utförande verksamheter hos ${supplier.name}`}>
          <table className="stack-table w-full text-left text-sm">
            <caption className="sr-only">Utförande verksamheter hos {supplier.name}</caption>
            <thead className="bg-af-blue-light">
              <tr>
                <th scope="col" className="p-2">Namn</th>
                <th scope="col" className="p-2">Adress</th>
                <th scope="col" className="p-2">Kommun</th>
                <th scope="col" className="p-2">Leveransområde</th>
                <th scope="col" className="p-2 text-right">Beslut</th>
              </tr>
            </thead>
            <tbody data-testid="unit-rows">
              {supplier.units.map((u) => (
                <tr key={u.id} className="border-t align-top">
                  <th scope="row" data-label="Namn" className="p-2 font-medium">{u.name}</th>
                  <td data-label="Adress" className="p-2">
                    {u.street}, {u.postalCode} {u.city}
                  </td>
                  <td data-label="Kommun" className="p-2">{u.municipality}</td>
                  <td data-label="Leveransområde" className="p-2">{u.deliveryArea.name}</td>
                  <td data-label="Beslut" className="p-2 text-right">{formatNumber(u.decisionCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        {supplier.units.length === 0 ? <p className="mt-2">Leverantören har inga utförande verksamheter.</p> : null}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="administratorer" className="rounded bg-white p-6 shadow">
          <h2 id="administratorer" className="mb-2 text-lg font-semibold">Behörighetsadministratörer</h2>
          {activeAdmins === 0 ? (
            <p className="mb-2 font-medium text-red-800">Leverantören saknar aktiv behörighetsadministratör.</p>
          ) : null}
          <ul className="space-y-2 break-words" data-testid="administrators">
            {supplier.administrators.map((a) => (
              <li key={a.membershipId}>
                <span className="font-medium">{a.name}</span>, {a.email}
                <br />
                <span className="text-sm text-gray-700">{ADMIN_STATUS[a.status]}</span>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="add-unit-heading" className="rounded bg-white p-6 shadow">
          <h2 id="add-unit-heading" className="mb-4 text-lg font-semibold">Lägg till utförande verksamhet</h2>
          <AddUnitForm supplierId={supplier.id} areas={supplier.deliveryAreas.map((a) => ({ id: a.id, name: a.name }))} />
        </section>
      </div>
    </>
  );
}
