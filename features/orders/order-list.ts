// The list of orders (beställningar) for supplier staff, and its CSV. Scope: the actor's own
// organisation's placements where the seeOrders capability holds (./order-facts.ts).
//
// An order's state and delivery start are kept on the order by the database (migration
// read_model; the rules are orderState() and deliveryPeriod()), so the list filters, sorts,
// counts and pages in SQL and only the page's rows are explained line by line.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrderKind } from "@/lib/generated/prisma/enums";
import { today as clockToday } from "@/lib/clock";
import type { Actor } from "@/lib/authz/permissions";
import { toIsoDate } from "@/features/decisions/periods";
import { csvField } from "@/features/participants/export";
import { z } from "@/lib/validation/zod";
import { countedPageInOne } from "@/lib/counted-page";
import { COUNT_CAP } from "@/lib/capped-count";
import { ARTICLES, ARTICLE_LABELS, LINE_STATE_LABELS, ORDER_STATES, ORDER_STATE_LABELS, type OrderState } from "./order-labels";
import { canInvoice, invoiceableDays, nextInvoiceableFrom, type InvoiceableFacts } from "./invoicing-rules";
import { orderListPage } from "./order-page-rows";
import { orderListFilter, orderListPageStatement, orderPageIds } from "./order-list-sql";
import { deliveryPeriod, interruptionsInForce, orderFacts, orderScope, orderScopeWhere } from "./order-facts";

// ---------------------------------------------------------------------------------------
// The list's query (URL parameters; a bad value falls back to "no filter")

export const ORDER_LIST_PAGE_SIZE = 25;
/** created = when the order came; number = ordernummer; name = participant (last, first); start = delivery period start */
export const ORDER_SORT_KEYS = ["created", "number", "name", "start"] as const;
export type OrderSortKey = (typeof ORDER_SORT_KEYS)[number];

const text = z
  .string()
  .transform((s) => s.trim().slice(0, 100) || undefined)
  .optional()
  .catch(undefined);

/** A month of the list's filter, YYYY-MM. */
const MONTH = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/**
 * What the month field says when its value is not a month (typed where the browser has no
 * month picker, or an edited address): the list is then not filtered by month, and says so,
 * instead of showing every month as if it were the one asked for.
 */
export function orderMonthError(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value || MONTH.safeParse(value).success) return undefined;
  return "Ange månaden som ÅÅÅÅ-MM, till exempel 2026-11. Listan visar nu alla månader.";
}

export const orderListQuery = z.object({
  /** participant's first or last name (every word must match) */
  name: text,
  /** part of the genomförandereferens or of the order number */
  ref: text,
  state: z.enum(ORDER_STATES).optional().catch(undefined),
  /** YYYY-MM: orders with a line for that month */
  month: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), MONTH.optional()).catch(undefined),
  article: z.enum(ARTICLES).optional().catch(undefined),
  sort: z.enum(ORDER_SORT_KEYS).default("created").catch("created"),
  dir: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type OrderListQuery = z.output<typeof orderListQuery>;

const listSelect = {
  id: true,
  orderNumber: true,
  kind: true,
  state: true,
  createdAt: true,
  period: { select: { number: true, startDate: true, endDate: true } },
  decision: {
    select: {
      id: true,
      implementationReference: true,
      participant: { select: { firstName: true, lastName: true } },
      unit: { select: { name: true } },
      interruptions: interruptionsInForce,
    },
  },
  lines: {
    orderBy: { lineNumber: "asc" },
    select: {
      id: true, lineNumber: true, article: true, month: true, quantityDays: true, unitPriceOre: true, amountOre: true, state: true, invoiceableFrom: true,
      invoices: { orderBy: { createdAt: "asc" }, select: { invoiceNumber: true, kind: true, creditedBy: { select: { id: true } } } },
    },
  },
} as const satisfies Prisma.OrderSelect;

// The list page needs no invoices (the CSV does): two statements fewer per page.
export const pageSelect = {
  ...listSelect,
  lines: { orderBy: { lineNumber: "asc" }, select: { ...listSelect.lines.select, invoices: false } },
} as const satisfies Prisma.OrderSelect;

type PageSource = Prisma.OrderGetPayload<{ select: typeof pageSelect }>;

export interface OrderListRow {
  id: string;
  orderNumber: string;
  kind: OrderKind;
  decisionId: string;
  participantName: string;
  /** for sorting: last name, first name */
  lastName: string;
  firstName: string;
  implementationReference: string;
  unitName: string;
  periodNumber: number | null;
  deliveryStart: string | null;
  deliveryEnd: string | null;
  lineCount: number;
  totalOre: number;
  /** lines delivered and waiting for their invoice */
  toInvoice: number;
  /** the earliest date a delivered line becomes invoiceable, when none may be invoiced yet (result parts) */
  nextInvoiceableFrom: string | null;
  state: OrderState;
  stateLabel: string;
  createdAt: Date;
}


function toRow<T extends PageSource>(o: T, today = clockToday()): OrderListRow & { source: T; facts: InvoiceableFacts } {
  const facts = orderFacts(o);
  const invoiceable = o.lines.map((l) => invoiceableDays({ month: l.month ? toIsoDate(l.month) : null, quantityDays: l.quantityDays }, facts));
  // The state the database keeps (orderState() of the lines; tests/integration/read-model.test.ts).
  const state = o.state as OrderState;
  const span = deliveryPeriod(o.lines, facts.periodStart, o.period ? { start: toIsoDate(o.period.startDate), end: toIsoDate(o.period.endDate) } : null);
  return {
    id: o.id,
    orderNumber: o.orderNumber,
    kind: o.kind,
    decisionId: o.decision.id,
    participantName: `${o.decision.participant.firstName} ${o.decision.participant.lastName}`,
    lastName: o.decision.participant.lastName,
    firstName: o.decision.participant.firstName,
    implementationReference: o.decision.implementationReference,
    unitName: o.decision.unit.name,
    periodNumber: o.period?.number ?? null,
    deliveryStart: span?.start ?? null,
    deliveryEnd: span?.end ?? null,
    lineCount: o.lines.filter((l) => l.state !== "CANCELLED").length,
    totalOre: o.lines.filter((l) => l.state !== "CANCELLED").reduce((s, l) => s + l.amountOre, 0),
    toInvoice: o.lines.filter((l, i) => canInvoice({ state: l.state, invoiceableFrom: l.invoiceableFrom ? toIsoDate(l.invoiceableFrom) : null }, invoiceable[i], today).ok).length,
    nextInvoiceableFrom: nextInvoiceableFrom(o.lines.map((l) => ({ state: l.state, invoiceableFrom: l.invoiceableFrom ? toIsoDate(l.invoiceableFrom) : null })), today),
    state,
    stateLabel: ORDER_STATE_LABELS[state],
    createdAt: o.createdAt,
    source: o,
    facts,
  };
}

/**
 * One page of the actor's orders, filtered, counted, sorted and paged in the database. The
 * count stops past `countCap` (an exact count read every order in scope: it grew with the
 * supplier while the page did not).
 */
export async function listOrders(
  actor: Actor,
  query: Partial<OrderListQuery> = {},
  countCap = COUNT_CAP,
): Promise<{ total: number; totalIsCapped: boolean; page: number; pageSize: number; rows: OrderListRow[] }> {
  const q: OrderListQuery = { ...orderListQuery.parse({}), ...query };
  const pageSize = ORDER_LIST_PAGE_SIZE;
  const scope = await orderScope(actor);
  if (!scope) return { total: 0, totalIsCapped: false, page: 1, pageSize, rows: [] };
  const filter = orderListFilter(scope, q);
  const { total, totalIsCapped, page, rows } = await countedPageInOne(
    q.page,
    pageSize,
    (page) => orderListPage(orderListPageStatement(filter, q.sort, q.dir, (page - 1) * pageSize, pageSize, countCap)),
    countCap,
  );
  const today = clockToday();
  return { total, totalIsCapped, page, pageSize, rows: rows.map((o) => toRow(o, today)).map(({ source: _s, facts: _f, ...row }) => row) };
}

/**
 * A batch of the CSV in two statements: the batch's ids, sorted and cut on the order table
 * alone, then their lines, placement and invoices. In one Prisma read (its relation joins)
 * the database built every order's lines and placement before sorting and cutting: 74 ms
 * instead of a few at 10,000 placements.
 */
async function pageOf<T extends { id: string }>(pageIds: () => Promise<string[]>, load: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const ids = await pageIds();
  if (ids.length === 0) return [];
  const found = await load(ids);
  const byId = new Map(found.map((o) => [o.id, o]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Every matching order in the list's order, a batch at a time (for the CSV). */
async function* matchingOrders(actor: Actor, query: Partial<OrderListQuery>) {
  const q: OrderListQuery = { ...orderListQuery.parse({}), ...query };
  const scope = await orderScope(actor);
  if (!scope) return;
  const filter = orderListFilter(scope, q);
  const BATCH = 200;
  // One today for the whole file, however many batches it takes.
  const today = clockToday();
  for (let skip = 0; ; skip += BATCH) {
    const found = await pageOf(() => orderPageIds(filter, q.sort, q.dir, skip, BATCH), (ids) => db.order.findMany({ where: { id: { in: ids } }, select: listSelect }));
    for (const o of found) yield toRow(o, today);
    if (found.length < BATCH) return;
  }
}

/** The orders of one placement (the participant card lists them by genomförandereferens); [] outside the scope. */
export async function listOrdersForDecision(actor: Actor, decisionId: string): Promise<OrderListRow[]> {
  const scope = await orderScope(actor);
  if (!scope) return [];
  const found = await db.order.findMany({ where: { AND: [{ decisionId }, orderScopeWhere(scope)] }, select: pageSelect, orderBy: { createdAt: "asc" } });
  const today = clockToday();
  return found.map((o) => toRow(o, today)).map(({ source: _s, facts: _f, ...row }) => row);
}

// ---------------------------------------------------------------------------------------
// CSV

/** Kronor with a decimal comma and no thousands separator ("3850,00"): what Swedish Excel reads as a number. */
export function csvKronor(ore: number): string {
  const sign = ore < 0 ? "-" : "";
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

export const ORDER_CSV_HEADERS = [
  "Ordernummer", "Genomförandereferens", "Deltagare", "Utförande verksamhet", "Orderstatus", "Rad", "Artikel", "Månad",
  "Beställda dagar", "À-pris (kr)", "Belopp (kr)", "Radstatus", "Fakturerbara dagar nu", "Faktura", "Krediterade fakturor",
];

/**
 * The matching orders as CSV, one row per order line: UTF-8 with a byte order mark,
 * semicolons, CRLF (what Swedish Excel opens as is). Never any personal identity number.
 */
export async function ordersCsv(actor: Actor, query: Partial<OrderListQuery> = {}): Promise<string> {
  const lines: string[][] = [ORDER_CSV_HEADERS];
  for await (const r of matchingOrders(actor, query)) {
    for (const l of r.source.lines) {
      const month = l.month ? toIsoDate(l.month) : null;
      const inv = invoiceableDays({ month, quantityDays: l.quantityDays }, r.facts);
      const live = l.invoices.find((i) => i.kind === "INVOICE" && !i.creditedBy);
      const credited = l.invoices.filter((i) => i.kind === "INVOICE" && i.creditedBy).map((i) => i.invoiceNumber);
      lines.push([
        r.orderNumber, r.implementationReference, r.participantName, r.unitName, r.stateLabel, String(l.lineNumber), ARTICLE_LABELS[l.article],
        month ? month.slice(0, 7) : "", String(l.quantityDays), csvKronor(l.unitPriceOre), csvKronor(l.amountOre), LINE_STATE_LABELS[l.state],
        l.state === "DELIVERED" ? String(inv.days) : "", live?.invoiceNumber ?? "", credited.join(", "),
      ]);
    }
  }
  return `\uFEFF${lines.map((fields) => fields.map(csvField).join(";")).join("\r\n")}\r\n`;
}
