import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/authz/guard";
import { listParticipants } from "@/lib/participants/queries";
import { formatDate } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Deltagarlista" };

export default async function ParticipantListPage({ searchParams }: { searchParams: Promise<{ sida?: string; q?: string }> }) {
  const actor = await requireStaff("reportOnParticipants");
  const sp = await searchParams;
  const page = Math.max(1, Number(sp.sida) || 1);
  const q = sp.q?.slice(0, 100);
  const list = await listParticipants(actor, { page, q });
  return (
    <>
      <Breadcrumbs items={[{ href: "/start", label: "Start" }, { label: "Deltagarlista" }]} />
      <h1 className="mb-4 text-2xl font-semibold">Deltagarlista</h1>
      <form role="search" className="mb-4 flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <label htmlFor="q" className="mb-1 block font-medium">
            Sök på namn eller genomförandereferens
          </label>
          <input id="q" name="q" defaultValue={q} className={inputClass} />
        </div>
        <Button type="submit">Sök</Button>
      </form>
      <div className="overflow-x-auto rounded bg-white shadow">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Deltagare vid dina utförande verksamheter</caption>
          <thead className="bg-af-blue-light">
            <tr>
              <th scope="col" className="p-2">Namn</th>
              <th scope="col" className="p-2">Utförande verksamhet</th>
              <th scope="col" className="p-2">Startdatum</th>
              <th scope="col" className="p-2">Slutdatum</th>
              <th scope="col" className="p-2">Genomförandereferens</th>
              <th scope="col" className="p-2">Status</th>
              <th scope="col" className="p-2">Handledare</th>
            </tr>
          </thead>
          <tbody data-testid="participant-rows">
            {list.rows.map((r) => (
              <tr key={r.decisionId} className="border-t">
                <td className="p-2 font-medium"><Link href={`/deltagare/${r.decisionId}`} className="text-af-accent underline">{r.name}</Link></td>
                <td className="p-2">{r.unitName}</td>
                <td className="p-2">{formatDate(r.startDate)}</td>
                <td className="p-2">{formatDate(r.endDate)}</td>
                <td className="p-2">{r.implementationReference}</td>
                <td className="p-2">{r.status}</td>
                <td className="p-2">{r.handledare ?? "Info saknas"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination total={list.total} page={list.page} pageSize={list.pageSize} basePath="/deltagare" params={{ q }} />
    </>
  );
}
