import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/authz/guard";
import { unitScope } from "@/lib/authz/permissions";
import { listOrders, orderListQuery, orderMonthError, type OrderListQuery, type OrderSortKey } from "@/features/orders/order-list";
import { ARTICLES, ARTICLE_LABELS, ORDER_STATES, ORDER_STATE_LABELS } from "@/features/orders/order-labels";
import { formatDate, formatDateTime, formatOre } from "@/lib/format";
import { formatTotal } from "@/lib/capped-count";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { describedBy, FieldError, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { OrderRows } from "@/features/orders/components/order-rows";
import { filterFormKey } from "@/components/ui/filter-form-key";
import { SortHeader } from "@/components/ui/sort-header";

export const metadata: Metadata = { title: "Beställningar" };

type Search = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

const SORT_LABELS: Record<OrderSortKey, string> = { created: "Inkom", number: "Ordernummer", name: "Deltagare", start: "Leveransperiod" };

/** The URL parameters of the list (Swedish names), without the page number. */
function listParams(q: OrderListQuery): Record<string, string | undefined> {
  const defaultOrder = q.sort === "created" && q.dir === "desc";
  return {
    namn: q.name,
    ref: q.ref,
    status: q.state,
    manad: q.month,
    artikel: q.article,
    sort: defaultOrder ? undefined : q.sort,
    dir: defaultOrder ? undefined : q.dir,
  };
}

export async function OrdersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireStaff("seeOrders");
  const sp = await searchParams;
  const query = orderListQuery.parse({
    name: one(sp.namn),
    ref: one(sp.ref),
    state: one(sp.status),
    month: one(sp.manad),
    article: one(sp.artikel),
    sort: one(sp.sort),
    dir: one(sp.dir),
    page: one(sp.sida),
  });
  const monthError = orderMonthError(one(sp.manad));
  const list = await listOrders(actor, query);
  const params = listParams(query);
  const qs = (extra: Record<string, string | undefined>) => {
    const s = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, ...extra })) if (v) s.set(k, v);
    return s.toString();
  };
  const exportHref = `/bestallningar/export?${qs({ sort: query.sort, dir: query.dir })}`;

  const sortHeader = (field: OrderSortKey) => {
    const active = query.sort === field;
    const nextDir = active ? (query.dir === "asc" ? "desc" : "asc") : field === "created" ? "desc" : "asc";
    return <SortHeader key={field} label={SORT_LABELS[field]} href={`/bestallningar?${qs({ sort: field, dir: nextDir })}`} sorted={active ? query.dir : null} next={nextDir} />;
  };

  return (
    <>
      <Breadcrumbs items={[{ href: "/start", label: "Hem" }, { label: "Beställningar" }]} />
      <h1 className="mb-2 text-2xl font-semibold">Beställningar</h1>
      <p className="mb-4 max-w-3xl">
        Arbetsförmedlingens beställningar (ordrar) för deltagarna vid {unitScope(actor, "seeOrders")?.unitIds === null ? "organisationens" : "dina"} utförande
        verksamheter. En beställning har en rad per månad. När månadens periodiska redovisning är inskickad är raden levererad och kan
        faktureras.
      </p>

      <form key={filterFormKey(params)} role="search" aria-label="Sök och filtrera beställningar" className="mb-4 grid gap-3 rounded bg-white p-4 shadow md:grid-cols-3">
        <div>
          <label htmlFor="namn" className="mb-1 block font-medium">Deltagarens namn</label>
          <input id="namn" name="namn" defaultValue={query.name} maxLength={100} className={inputClass} />
        </div>
        <div>
          <label htmlFor="ref" className="mb-1 block font-medium">Genomförandereferens eller ordernummer</label>
          <input id="ref" name="ref" defaultValue={query.ref} maxLength={100} className={inputClass} />
        </div>
        <div>
          <label htmlFor="status" className="mb-1 block font-medium">Status</label>
          <select id="status" name="status" defaultValue={query.state ?? ""} className={inputClass}>
            <option value="">Alla</option>
            {ORDER_STATES.map((s) => (
              <option key={s} value={s}>{ORDER_STATE_LABELS[s]}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="manad" className="mb-1 block font-medium">Månad</label>
          {/* Browsers without a month picker (Firefox, Safari on a Mac) show a text field: the placeholder and pattern give the format. */}
          <input id="manad" name="manad" type="month" defaultValue={query.month ?? one(sp.manad)} placeholder="ÅÅÅÅ-MM" pattern="[0-9]{4}-[0-9]{2}"
            aria-invalid={monthError ? true : undefined} aria-describedby={describedBy("manad", { error: monthError, hint: true })} className={inputClass} />
          <p id="manad-hint" className="mt-1 text-sm text-gray-700">Beställningar med en rad för månaden (ÅÅÅÅ-MM).</p>
          <FieldError id="manad" error={monthError} />
        </div>
        <div>
          <label htmlFor="artikel" className="mb-1 block font-medium">Artikel</label>
          <select id="artikel" name="artikel" defaultValue={query.article ?? ""} className={inputClass}>
            <option value="">Alla</option>
            {ARTICLES.map((a) => (
              <option key={a} value={a}>{ARTICLE_LABELS[a]}</option>
            ))}
          </select>
        </div>
        {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
        {params.dir ? <input type="hidden" name="dir" value={params.dir} /> : null}
        <div className="flex items-end gap-2">
          <Button type="submit">Sök</Button>
          <Link href="/bestallningar" className="min-h-11 px-3 py-2 text-af-accent underline">Rensa</Link>
        </div>
      </form>

      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p aria-live="polite">{list.total === 1 && !list.totalIsCapped ? "1 beställning" : `${formatTotal(list)} beställningar`}</p>
        <a href={exportHref} className="inline-flex min-h-11 items-center rounded border border-af-blue bg-white px-4 py-2 font-medium text-af-blue hover:bg-af-blue-light" download>
          Exportera CSV<span className="sr-only"> (beställningarna som matchar sökningen, en rad per orderrad)</span>
        </a>
      </div>

      <div className="rounded bg-white shadow md:overflow-x-auto">
        <table className="stack-table w-full text-left text-sm">
          <caption className="sr-only">Beställningar, sorterade efter {SORT_LABELS[query.sort].toLowerCase()} {query.dir === "asc" ? "stigande" : "fallande"}</caption>
          <thead className="bg-af-blue-light">
            <tr>
              {sortHeader("number")}
              {sortHeader("name")}
              <th scope="col" className="p-2">Genomförande&shy;referens</th>
              <th scope="col" className="p-2">Utförande verksamhet</th>
              {sortHeader("start")}
              <th scope="col" className="p-2 text-right">Belopp</th>
              <th scope="col" className="p-2">Status</th>
              {sortHeader("created")}
            </tr>
          </thead>
          <OrderRows
            rows={list.rows.map((r) => ({
              id: r.id,
              number: r.orderNumber,
              participant: r.participantName,
              ref: r.implementationReference,
              unit: r.unitName,
              delivery: r.deliveryStart && r.deliveryEnd ? [formatDate(r.deliveryStart), formatDate(r.deliveryEnd)] : r.kind === "RESULT" ? "Engångsbelopp (resultat)" : "Info saknas",
              periodNumber: r.periodNumber,
              amount: formatOre(r.totalOre),
              state: r.state,
              stateNote:
                r.toInvoice > 0
                  ? r.toInvoice === 1 ? "1 rad att fakturera" : `${r.toInvoice} rader att fakturera`
                  : r.state === "delivered" && r.nextInvoiceableFrom ? `Kan faktureras från ${formatDate(r.nextInvoiceableFrom)}` : null,
              created: formatDateTime(r.createdAt),
            }))}
          />
        </table>
        {list.rows.length === 0 ? <p className="p-4">Inga beställningar matchar sökningen.</p> : null}
      </div>
      <Pagination total={list.total} totalIsCapped={list.totalIsCapped} page={list.page} pageSize={list.pageSize} basePath="/bestallningar" params={params} />
    </>
  );
}
