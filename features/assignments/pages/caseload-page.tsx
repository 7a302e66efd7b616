import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/authz/guard";
import { caseload, moveOptions, participantsOf } from "@/features/assignments/service";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { BulkReassign } from "@/features/assignments/components/bulk-reassign";
import { FocusOnHash } from "@/components/ui/focus-on-hash";

export const metadata: Metadata = { title: "Arbetsbelastning" };

export async function CaseloadPage({ searchParams }: { searchParams: Promise<{ fran?: string }> }) {
  const actor = await requireStaff("manageStaff");
  const rows = await caseload(actor);
  const fromId = (await searchParams).fran;
  const from = rows.find((r) => r.userId === fromId);
  const participants = from ? await participantsOf(actor, from.userId) : [];
  const options = participants.length
    ? (await moveOptions(actor, participants.map((p) => p.unitId))).filter((o) => o.userId !== from?.userId)
    : [];
  return (
    <>
      <Breadcrumbs items={[{ href: "/start", label: "Hem" }, { href: "/administration/anvandare", label: "Administration" }, { label: "Arbetsbelastning" }]} />
      <h1 className="mb-4 text-2xl font-semibold">Arbetsbelastning per handledare</h1>
      <div className="overflow-x-auto rounded bg-white shadow">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Handledare och antal deltagare</caption>
          <thead className="bg-af-blue-light">
            <tr>
              <th scope="col" className="p-2">Handledare</th>
              <th scope="col" className="p-2">Deltagare nu</th>
              <th scope="col" className="p-2">Tak</th>
              <th scope="col" className="p-2"><span className="sr-only">Åtgärd</span></th>
            </tr>
          </thead>
          <tbody data-testid="caseload">
            {rows.map((r) => {
              const share = r.cap ? r.load / r.cap : 0;
              return (
                <tr key={r.userId} className="border-t">
                  <td className="p-2 font-medium">{r.name}</td>
                  <td className="p-2">
                    {r.load}
                    {r.cap ? (
                      <span className="ml-2 inline-block h-2 w-24 rounded bg-gray-200 align-middle" aria-hidden="true">
                        <span className={`block h-2 rounded ${share >= 1 ? "bg-red-800" : share >= 0.9 ? "bg-amber-600" : "bg-green-700"}`} style={{ width: `${Math.min(100, share * 100)}%` }} />
                      </span>
                    ) : null}
                  </td>
                  <td className="p-2">{r.cap ?? "Inget tak"}</td>
                  <td className="p-2">
                    {r.load > 0 ? (
                      <Link href={`/administration/arbetsbelastning?fran=${r.userId}#flytta`} className="text-af-accent underline">
                        Flytta deltagare<span className="sr-only"> från {r.name}</span>
                      </Link>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {/* The links above end in #flytta: on a phone this form is far below the table, so the page opens at it. */}
      {from ? (
        <section aria-labelledby="flytta" className="mt-6 rounded bg-white p-4 shadow">
          <h2 id="flytta" className="mb-2 scroll-mt-4 text-lg font-semibold outline-none">Flytta deltagare från {from.name}</h2>
          <FocusOnHash key={from.userId} id="flytta" />
          <BulkReassign fromId={from.userId} participants={participants} options={options} />
        </section>
      ) : null}
    </>
  );
}
