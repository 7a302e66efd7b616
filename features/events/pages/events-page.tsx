import type { Metadata } from "next";
import { EventRows } from "@/features/events/components/event-rows";
import { requireStaff } from "@/lib/authz/guard";
import { listEvents } from "@/features/events/feed";
import { UNREAD_WINDOW_DAYS } from "@/features/events/rules";
import { formatDateTime } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { Button } from "@/components/ui/button";
import { effect, eventLabel, reason } from "@/features/decisions/describe-event";
import { markAllEventsSeenAction } from "@/features/events/actions";
import { filterFormKey } from "@/components/ui/filter-form-key";

export const metadata: Metadata = { title: "Händelser" };

export async function EventsPage({ searchParams }: { searchParams: Promise<{ sida?: string; olasta?: string }> }) {
  const actor = await requireStaff("followEvents");
  const sp = await searchParams;
  const page = Math.min(10_000, Math.max(1, Math.floor(Number(Array.isArray(sp.sida) ? sp.sida[0] : sp.sida)) || 1));
  const onlyUnread = sp.olasta === "1";
  const list = await listEvents(actor, { page, onlyUnread });
  const unreadShown = list.rows.some((r) => r.unread);
  return (
    <>
      <Breadcrumbs items={[{ href: "/start", label: "Hem" }, { label: "Händelser" }]} />
      <h1 className="mb-2 text-2xl font-semibold">Händelser</h1>
      <p className="mb-4">
        Det som har hänt deltagarna vid dina utförande verksamheter, det senaste först. Händelser du inte har sett är
        märkta <span className="font-semibold">Ny</span>. Första gången du tittar räknas händelser från de senaste{" "}
        {UNREAD_WINDOW_DAYS} dagarna som nya.
      </p>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <form key={filterFormKey({ onlyUnread })} className="flex flex-wrap items-center gap-3" aria-label="Filtrera händelser">
          <label htmlFor="olasta" className="flex min-h-11 items-center gap-2">
            <input id="olasta" type="checkbox" name="olasta" value="1" defaultChecked={onlyUnread} className="h-5 w-5" />
            Visa bara olästa
          </label>
          <Button type="submit" variant="secondary">
            Visa
          </Button>
        </form>
        {list.newestAt ? (
          <form action={markAllEventsSeenAction}>
            <input type="hidden" name="upTo" value={list.newestAt.toISOString()} />
            <Button type="submit">Markera alla som lästa</Button>
          </form>
        ) : null}
      </div>
      {list.rows.length === 0 ? (
        <p>{onlyUnread ? "Inga olästa händelser." : "Inga händelser."}</p>
      ) : (
        <div className="rounded bg-white shadow md:overflow-x-auto">
          <table className="stack-table w-full text-left text-sm">
            <caption className="sr-only">
              Händelser vid dina utförande verksamheter{unreadShown ? ", nya händelser är märkta Ny" : ""}
            </caption>
            <thead className="bg-af-blue-light">
              <tr>
                {/* The phone's cards open with "Ny" on a line of its own (the column is not shown on a laptop). */}
                <th scope="col" className="md:hidden">Ny</th>
                <th scope="col" className="p-2">Mottaget</th>
                <th scope="col" className="p-2">Deltagare</th>
                <th scope="col" className="p-2">Händelse</th>
                <th scope="col" className="p-2">Effekt</th>
                <th scope="col" className="p-2">Orsak</th>
                <th scope="col" className="p-2">Utförande verksamhet</th>
              </tr>
            </thead>
            <EventRows
              rows={list.rows.map((e) => ({
                id: e.id, unread: e.unread, at: formatDateTime(e.at), decisionId: e.decisionId, participant: e.participantName,
                label: eventLabel(e.type), effect: effect(e.type, e.data), reason: reason(e.data, e.type), unit: e.unitName,
              }))}
            />
          </table>
        </div>
      )}
      <Pagination total={list.total} totalIsCapped={list.totalIsCapped} page={list.page} pageSize={list.pageSize} basePath="/handelser" params={{ olasta: onlyUnread ? "1" : undefined }} />
    </>
  );
}
