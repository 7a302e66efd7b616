import type { Metadata } from "next";
import Link from "next/link";
import { requireOfficer } from "@/lib/authz/guard";
import { suppliersOverview } from "@/features/suppliers/queries";
import { officerQueueCountsOnce } from "@/features/officer-review/queue-counts";
import { BADGE_CAP, badgeText } from "@/lib/badge-text";
import { formatNumber } from "@/lib/format";

export const metadata: Metadata = { title: "Översikt för handläggare" };

/** The officer's start: what waits for a decision, then a few suppliers with a way to all of them. */
export async function OfficerOverviewPage() {
  const actor = await requireOfficer();
  const [{ received, reports, plannings }, suppliers] = await Promise.all([officerQueueCountsOnce(actor), suppliersOverview(actor)]);
  const queues = [
    { href: "/handlaggare/redovisningar", label: "Periodiska redovisningar", count: received },
    { href: "/handlaggare/rapporter", label: "Rapporter", count: reports },
    { href: "/handlaggare/planeringar", label: "Gemensamma planeringar", count: plannings },
  ];
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Välkommen, {actor.name}</h1>
      <section aria-labelledby="att-granska" className="mb-6">
        <h2 id="att-granska" className="mb-2 text-lg font-semibold">Att granska</h2>
        <ul className="grid gap-4 sm:grid-cols-3" data-testid="queues">
          {queues.map((q) => (
            <li key={q.href} className="rounded bg-white p-4 shadow">
              <Link href={q.href} className="font-medium text-af-accent underline">
                {q.label}
              </Link>
              <p className="mt-1 text-sm">{q.count === 0 ? "Inget väntar på beslut." : `${badgeText(q.count, BADGE_CAP)} väntar på beslut, äldst först.`}</p>
            </li>
          ))}
        </ul>
        <p className="mt-3">
          <Link href="/handlaggare/beslut/nytt" className="text-af-accent underline">Fatta ett nytt beslut</Link>
          {" · "}
          <Link href="/handlaggare/beslut" className="text-af-accent underline">Alla beslut</Link>
        </p>
      </section>
      <section aria-labelledby="leverantorer">
        <h2 id="leverantorer" className="mb-2 text-lg font-semibold">Leverantörer</h2>
        <ul className="grid gap-4 md:grid-cols-2" data-testid="suppliers">
          {suppliers.rows.map((s) => (
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
        {suppliers.total > suppliers.rows.length ? (
          <p className="mt-3">
            <Link href="/handlaggare/leverantorer" className="text-af-accent underline">
              Alla {formatNumber(suppliers.total)} leverantörer
            </Link>
          </p>
        ) : null}
      </section>
    </>
  );
}
