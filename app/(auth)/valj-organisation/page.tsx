import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { organisationsOf } from "@/features/accounts/organisations";
import { getActorState } from "@/lib/authz/guard";
import { Button } from "@/components/ui/button";
import { RETURN_PARAM, safeReturnPath } from "@/lib/auth/return-to";
import { chooseSupplierAction } from "@/features/accounts/actions/choose-organisation";

export const metadata: Metadata = { title: "Välj organisation" };
export const dynamic = "force-dynamic";

export default async function ChooseSupplierPage({ searchParams }: { searchParams: Promise<{ [RETURN_PARAM]?: string | string[] }> }) {
  // The page asked for before the choice (issue #14); only a path on the portal itself.
  const raw = (await searchParams)[RETURN_PARAM];
  const returnTo = safeReturnPath(typeof raw === "string" ? raw : null);
  const state = await getActorState();
  if (state.status === "none") redirect("/logga-in");
  if (state.status === "ok" && state.actor.kind === "officer") redirect("/handlaggare");
  const userId = state.status === "ok" ? state.actor.userId : state.userId;
  const memberships = await organisationsOf(userId);
  const current = state.status === "ok" && state.actor.kind === "staff" ? state.actor.supplierId : null;
  return (
    <main id="innehall" className="mx-auto max-w-md px-4 py-10">
      <h1 className="mb-2 text-2xl font-semibold">Välj organisation</h1>
      <p className="mb-6">Du har konto hos flera leverantörer. Välj vilken organisation du vill arbeta i nu.</p>
      <ul className="space-y-3">
        {memberships.map((m) => (
          <li key={m.supplier.id}>
            <form action={chooseSupplierAction}>
              <input type="hidden" name="supplierId" value={m.supplier.id} />
              {returnTo ? <input type="hidden" name={RETURN_PARAM} value={returnTo} /> : null}
              <Button type="submit" variant={m.supplier.id === current ? "primary" : "secondary"} className="w-full justify-between">
                <span>{m.supplier.name}</span>
                {m.supplier.id === current ? <span className="text-sm">(nuvarande)</span> : null}
              </Button>
            </form>
          </li>
        ))}
      </ul>
    </main>
  );
}
