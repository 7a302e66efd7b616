import type { Metadata } from "next";
import { requireOfficer } from "@/lib/authz/guard";
import { suppliersOverview } from "@/features/suppliers/queries";
import { formatNumber } from "@/lib/format";

export const metadata: Metadata = { title: "Översikt för handläggare" };

export default async function OfficerStartPage() {
  const actor = await requireOfficer();
  const suppliers = await suppliersOverview(actor);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Välkommen, {actor.name}</h1>
      <h2 className="mb-2 text-lg font-semibold">Leverantörer</h2>
      <ul className="grid gap-4 md:grid-cols-2" data-testid="suppliers">
        {suppliers.map((s) => (
          <li key={s.id} className="rounded bg-white p-4 shadow">
            <h3 className="font-semibold">{s.name}</h3>
            <p className="text-sm">
              Org.nr {s.orgNumber.slice(0, 6)}-{s.orgNumber.slice(6)} · {s.serviceVersion === "ROM2" ? "Rusta och matcha 2" : "Rusta och matcha"} ·{" "}
              {s.deliveryAreas.map((a) => a.name).join(", ")}
            </p>
            <ul className="mt-2 list-disc pl-5 text-sm">
              {s.units.map((u) => (
                <li key={u.id}>
                  {u.name}: {formatNumber(u.decisionCount)} beslut
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
