import type { Metadata } from "next";
import { requireOfficer } from "@/lib/authz/guard";
import { listDeliveryAreas } from "@/features/suppliers/service";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { RegisterSupplierForm } from "@/features/suppliers/components/register-supplier-form";

export const metadata: Metadata = { title: "Registrera leverantör" };

export default async function RegisterSupplierPage() {
  const actor = await requireOfficer();
  const areas = await listDeliveryAreas(actor);
  return (
    <>
      <Breadcrumbs
        items={[{ href: "/handlaggare", label: "Översikt" }, { href: "/handlaggare/leverantorer", label: "Leverantörer" }, { label: "Registrera leverantör" }]}
      />
      <h1 className="mb-2 text-2xl font-semibold">Registrera leverantör</h1>
      <p className="mb-4 max-w-3xl">
        Registrera leverantören med dess leveransområden och utförande verksamheter, och den behörighetsadministratör som ska ansvara för
        leverantörens användare.
      </p>
      <RegisterSupplierForm areas={areas} />
    </>
  );
}
