import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/authz/guard";
import { listNewParticipants } from "@/lib/participants/queries";
import { formatDate } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { DeadlineBadge } from "@/components/participants/deadline-badge";

export const metadata: Metadata = { title: "Nya deltagare" };

export default async function NewParticipantsPage({ searchParams }: { searchParams: Promise<{ sida?: string }> }) {
  const actor = await requireStaff("receiveParticipants");
  const page = Math.max(1, Number((await searchParams).sida) || 1);
  const list = await listNewParticipants(actor, page);
  return (
    <>
      <Breadcrumbs items={[{ href: "/start", label: "Start" }, { label: "Nya deltagare" }]} />
      <h1 className="mb-2 text-2xl font-semibold">Nya deltagare</h1>
      <p className="mb-4">
        Deltagare vid dina utförande verksamheter som ännu saknar handledare, de mest brådskande först. En handledare ska
        tilldelas inom tio kalenderdagar från beslutet; dagen för beslutet räknas inte.
      </p>
      {list.rows.length === 0 ? (
        <p>Inga nya deltagare just nu.</p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2" data-testid="new-participants">
          {list.rows.map((p) => (
            <li key={p.decisionId} className="rounded bg-white p-4 shadow">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h2 className="text-lg font-semibold"><Link href={`/deltagare/${p.decisionId}`} className="text-af-accent underline">{p.name}</Link></h2>
                <DeadlineBadge daysLeft={p.deadline.daysLeft} state={p.deadline.state} />
              </div>
              {p.newPeriod ? <p className="font-semibold text-af-blue">Ny period</p> : null}
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="font-medium">Tjänst</dt>
                <dd>{p.serviceVersion === "ROM2" ? "Rusta och matcha 2" : "Rusta och matcha"}</dd>
                <dt className="font-medium">Nivå</dt>
                <dd>{p.level}</dd>
                <dt className="font-medium">Startdatum</dt>
                <dd>{formatDate(p.startDate)}</dd>
                <dt className="font-medium">Slutdatum</dt>
                <dd>{formatDate(p.endDate)}</dd>
                <dt className="font-medium">Språkstöd/Tolk</dt>
                <dd>
                  {[p.languageSupportNeeded ? "Språkstöd" : null, p.interpreterNeeded ? `Tolk (${p.interpreterLanguage ?? "språk saknas"})` : null]
                    .filter(Boolean)
                    .join(", ") || "Nej"}
                </dd>
                <dt className="font-medium">Utförande adress</dt>
                <dd>
                  {p.unit.name}, {p.unit.street}, {p.unit.postalCode} {p.unit.city}
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <Pagination total={list.total} page={list.page} pageSize={list.pageSize} basePath="/nya-deltagare" params={{}} />
    </>
  );
}
