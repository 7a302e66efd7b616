// Reads of orders (beställningar) for supplier staff. Scope: the actor's own organisation's
// placements where the seeOrders capability holds (administrators: every unit; holders of the
// reporting permission: their units). Anyone else sees nothing, and an order outside the
// scope is "not found" (so ids cannot be probed).
//
// An order's state and delivery start are kept on the order by the database (migration
// read_model; the rules are orderState() and deliveryPeriod()), so the list filters, sorts,
// counts and pages in SQL and only the page's rows are explained line by line.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Article, OrderKind } from "@/lib/generated/prisma/enums";
import { swedishDateOf, today as clockToday } from "@/lib/clock";
import { NotFoundError } from "@/lib/authz/errors";
import type { Actor } from "@/lib/authz/permissions";
import { listScope, scopeWhere, type UnitScope } from "@/lib/authz/access";
import { toIsoDate } from "@/features/decisions/periods";
import { csvField } from "@/features/participants/export";
import { z } from "@/lib/validation/zod";
import {
  ARTICLES, ARTICLE_LABELS, INVOICE_KIND_LABELS, LINE_STATE_LABELS, ORDER_STATES, ORDER_STATE_LABELS,
  canCredit, canInvoice, invoiceableDays, lineDescription, nextInvoiceableFrom, orderedSpan,
  type InvoiceableDays, type InvoiceableFacts, type OrderState, type RuleResult,
} from "./invoicing-rules";
import { creditNoteXml, invoiceXml, orderXml, type BillingLine, type PeppolSupplier } from "./peppol";

// ---------------------------------------------------------------------------------------
// Scope

export type OrderScope = UnitScope;

/** The actor's organisation and the units whose orders they may see (seeOrders); null when none. */
export async function orderScope(actor: Actor): Promise<OrderScope | null> {
  return listScope(actor, "seeOrders");
}

/** On the order's own copy of its placement's organisation and unit (read model), so lists use its index. */
export function orderScopeWhere(scope: OrderScope): Prisma.OrderWhereInput {
  return scopeWhere(scope);
}

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

export const orderListQuery = z.object({
  /** participant's first or last name (every word must match) */
  name: text,
  /** part of the genomförandereferens or of the order number */
  ref: text,
  state: z.enum(ORDER_STATES).optional().catch(undefined),
  /** YYYY-MM: orders with a line for that month */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional().catch(undefined),
  article: z.enum(ARTICLES).optional().catch(undefined),
  sort: z.enum(ORDER_SORT_KEYS).default("created").catch("created"),
  dir: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type OrderListQuery = z.output<typeof orderListQuery>;

function listWhere(scope: OrderScope, q: OrderListQuery): Prisma.OrderWhereInput {
  const and: Prisma.OrderWhereInput[] = [orderScopeWhere(scope)];
  for (const word of (q.name ?? "").split(/\s+/).filter(Boolean).slice(0, 5)) {
    and.push({
      decision: {
        participant: { OR: [{ firstName: { contains: word, mode: "insensitive" } }, { lastName: { contains: word, mode: "insensitive" } }] },
      },
    });
  }
  if (q.ref) and.push({ OR: [{ orderNumber: { contains: q.ref, mode: "insensitive" } }, { decision: { implementationReference: { contains: q.ref, mode: "insensitive" } } }] });
  if (q.month) and.push({ lines: { some: { month: new Date(`${q.month}-01T00:00:00Z`) } } });
  if (q.article) and.push({ lines: { some: { article: q.article } } });
  // The stored state (migration read_model): orderState() of the lines, kept by the database.
  if (q.state) and.push({ state: q.state });
  return { AND: and };
}

/** The list's order in SQL; ties by order number, always ascending, so paging is stable. */
function listOrderBy(sort: OrderSortKey, dir: "asc" | "desc"): Prisma.OrderOrderByWithRelationInput[] {
  const tail: Prisma.OrderOrderByWithRelationInput = { orderNumber: "asc" };
  if (sort === "number") return [{ orderNumber: dir }];
  if (sort === "name") return [{ decision: { sortLastName: dir } }, { decision: { sortFirstName: dir } }, tail];
  if (sort === "start") return [{ deliveryStart: { sort: dir, nulls: dir === "asc" ? "first" : "last" } }, tail];
  return [{ createdAt: dir }, tail];
}

// ---------------------------------------------------------------------------------------
// Facts of an order

const OPEN_START = "0001-01-01";
const OPEN_END = "9999-12-31";

interface FactsSource {
  period: { startDate: Date; endDate: Date } | null;
  decision: { interruptions: { date: Date }[] };
}

/** The facts invoiceableDays takes: the period as it is today and the interruption in force. */
export function orderFacts(o: FactsSource): InvoiceableFacts {
  return {
    periodStart: o.period ? toIsoDate(o.period.startDate) : OPEN_START,
    periodEnd: o.period ? toIsoDate(o.period.endDate) : OPEN_END,
    interruptionDate: o.decision.interruptions[0] ? toIsoDate(o.decision.interruptions[0].date) : null,
  };
}

interface SpanLine {
  month: Date | null;
  quantityDays: number;
  state?: string;
}

/** The ordered delivery period: from the first ordered line's first day to the last one's last day (cancelled lines are no longer ordered). */
export function deliveryPeriod(lines: SpanLine[], periodStart: string, fallback: { start: string; end: string } | null): { start: string; end: string } | null {
  const spans = lines.filter((l) => l.month && l.state !== "CANCELLED").map((l) => orderedSpan({ month: toIsoDate(l.month!), quantityDays: l.quantityDays }, periodStart));
  if (spans.length === 0) return fallback;
  return { start: spans.map((s) => s.from).sort()[0], end: spans.map((s) => s.to).sort().reverse()[0] };
}

const interruptionsInForce = { where: { withdrawnAt: null }, select: { date: true }, orderBy: { registeredAt: "desc" } } as const satisfies Prisma.Decision$interruptionsArgs;

// ---------------------------------------------------------------------------------------
// The list

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
const pageSelect = {
  ...listSelect,
  lines: { orderBy: { lineNumber: "asc" }, select: { ...listSelect.lines.select, invoices: false } },
} as const satisfies Prisma.OrderSelect;

type ListSource = Prisma.OrderGetPayload<{ select: typeof listSelect }>;
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

/** One page of the actor's orders, filtered, counted, sorted and paged in the database. */
export async function listOrders(actor: Actor, query: Partial<OrderListQuery> = {}): Promise<{ total: number; page: number; pageSize: number; rows: OrderListRow[] }> {
  const q: OrderListQuery = { ...orderListQuery.parse({}), ...query };
  const pageSize = ORDER_LIST_PAGE_SIZE;
  const scope = await orderScope(actor);
  if (!scope) return { total: 0, page: 1, pageSize, rows: [] };
  const where = listWhere(scope, q);
  const total = await db.order.count({ where });
  const page = Math.min(q.page, Math.max(1, Math.ceil(total / pageSize)));
  const found = await db.order.findMany({ where, orderBy: listOrderBy(q.sort, q.dir), skip: (page - 1) * pageSize, take: pageSize, select: pageSelect });
  return { total, page, pageSize, rows: found.map((o) => toRow(o)).map(({ source: _s, facts: _f, ...row }) => row) };
}

/** Every matching order in the list's order, a batch at a time (for the CSV). */
async function* matchingOrders(actor: Actor, query: Partial<OrderListQuery>) {
  const q: OrderListQuery = { ...orderListQuery.parse({}), ...query };
  const scope = await orderScope(actor);
  if (!scope) return;
  const where = listWhere(scope, q);
  const BATCH = 200;
  for (let skip = 0; ; skip += BATCH) {
    const found = await db.order.findMany({ where, orderBy: listOrderBy(q.sort, q.dir), skip, take: BATCH, select: listSelect });
    for (const o of found) yield toRow(o);
    if (found.length < BATCH) return;
  }
}

/** The orders of one placement (the participant card lists them by genomförandereferens); [] outside the scope. */
export async function listOrdersForDecision(actor: Actor, decisionId: string): Promise<OrderListRow[]> {
  const scope = await orderScope(actor);
  if (!scope) return [];
  const found = await db.order.findMany({ where: { AND: [{ decisionId }, orderScopeWhere(scope)] }, select: pageSelect, orderBy: { createdAt: "asc" } });
  return found.map((o) => toRow(o)).map(({ source: _s, facts: _f, ...row }) => row);
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

// ---------------------------------------------------------------------------------------
// One order

const detailInclude = {
  period: true,
  decision: {
    include: {
      participant: { select: { firstName: true, lastName: true } },
      unit: true,
      supplier: true,
      interruptions: interruptionsInForce,
    },
  },
  lines: {
    orderBy: { lineNumber: "asc" },
    include: {
      deliveryReport: { select: { id: true, version: true, month: true, submittedAt: true, status: true } },
      invoices: {
        orderBy: { createdAt: "asc" },
        include: { creditedBy: { select: { id: true, invoiceNumber: true, issueDate: true } }, creditsInvoice: { select: { id: true, invoiceNumber: true } } },
      },
    },
  },
} as const satisfies Prisma.OrderInclude;

type DetailSource = Prisma.OrderGetPayload<{ include: typeof detailInclude }>;

export interface InvoiceView {
  id: string;
  invoiceNumber: string;
  kind: "INVOICE" | "CREDIT_NOTE";
  kindLabel: string;
  issueDate: string;
  dueDate: string;
  quantityDays: number;
  amountOre: number;
  createdAt: Date;
  orderLineId: string;
  lineNumber: number;
  month: string | null;
  /** a credit note: the invoice it credits */
  credits: { id: string; invoiceNumber: string } | null;
  /** an invoice: its credit note */
  creditedBy: { id: string; invoiceNumber: string } | null;
  mayCredit: boolean;
}

export interface OrderLineView {
  id: string;
  lineNumber: number;
  article: Article;
  description: string;
  month: string | null;
  quantityDays: number;
  unitPriceOre: number;
  amountOre: number;
  state: DetailSource["lines"][number]["state"];
  stateLabel: string;
  deliveredAt: Date | null;
  /** the periodic report that recorded the delivery */
  delivery: { reportId: string; version: number; submittedAt: Date | null } | null;
  /** what may be invoiced now, with the calculation */
  invoiceable: InvoiceableDays & { amountOre: number };
  /** result parts: the first day the line may be invoiced */
  invoiceableFrom: string | null;
  mayInvoice: RuleResult;
  invoices: InvoiceView[];
}

export interface OrderView {
  /** a result part delivered but not yet due: the first date one may be invoiced */
  nextInvoiceableFrom: string | null;
  id: string;
  orderNumber: string;
  kind: OrderKind;
  createdAt: Date;
  issueDate: string;
  decisionId: string;
  participantName: string;
  implementationReference: string;
  unitId: string;
  unitName: string;
  level: string;
  serviceVersion: string;
  supplier: PeppolSupplier;
  period: { number: number; startDate: string; endDate: string } | null;
  deliveryPeriod: { start: string; end: string } | null;
  interruptionDate: string | null;
  state: OrderState;
  stateLabel: string;
  totalOre: number;
  lines: OrderLineView[];
  /** every invoice and credit note of the order, oldest first */
  invoices: InvoiceView[];
}

/** Oldest first: by creation, then by the number in the supplier's series (F-… and K-… share it). */
function byIssue(a: InvoiceView, b: InvoiceView): number {
  const seq = (n: string) => Number(/(\d+)$/.exec(n)?.[1] ?? 0);
  return a.createdAt.getTime() - b.createdAt.getTime() || seq(a.invoiceNumber) - seq(b.invoiceNumber) || a.invoiceNumber.localeCompare(b.invoiceNumber);
}

function invoiceView(inv: DetailSource["lines"][number]["invoices"][number], line: DetailSource["lines"][number]): InvoiceView {
  return {
    id: inv.id,
    invoiceNumber: inv.invoiceNumber,
    kind: inv.kind,
    kindLabel: INVOICE_KIND_LABELS[inv.kind],
    issueDate: toIsoDate(inv.issueDate),
    dueDate: toIsoDate(inv.dueDate),
    quantityDays: inv.quantityDays,
    amountOre: inv.amountOre,
    createdAt: inv.createdAt,
    orderLineId: line.id,
    lineNumber: line.lineNumber,
    month: line.month ? toIsoDate(line.month) : null,
    credits: inv.creditsInvoice ? { id: inv.creditsInvoice.id, invoiceNumber: inv.creditsInvoice.invoiceNumber } : null,
    creditedBy: inv.creditedBy ? { id: inv.creditedBy.id, invoiceNumber: inv.creditedBy.invoiceNumber } : null,
    mayCredit: canCredit({ kind: inv.kind, credited: inv.creditedBy !== null }).ok,
  };
}

function supplierOf(o: DetailSource): PeppolSupplier {
  const u = o.decision.unit;
  return { name: o.decision.supplier.name, orgNumber: o.decision.supplier.orgNumber, address: { street: u.street, postalCode: u.postalCode, city: u.city } };
}

function toView(o: DetailSource, today: string): OrderView {
  const facts = orderFacts(o);
  const lines: OrderLineView[] = o.lines.map((l) => {
    const inv = invoiceableDays({ month: l.month ? toIsoDate(l.month) : null, quantityDays: l.quantityDays }, facts);
    const invoiceableFrom = l.invoiceableFrom ? toIsoDate(l.invoiceableFrom) : null;
    return {
      id: l.id,
      lineNumber: l.lineNumber,
      article: l.article,
      description: lineDescription({ article: l.article, month: l.month ? toIsoDate(l.month) : null }),
      month: l.month ? toIsoDate(l.month) : null,
      quantityDays: l.quantityDays,
      unitPriceOre: l.unitPriceOre,
      amountOre: l.amountOre,
      state: l.state,
      stateLabel: LINE_STATE_LABELS[l.state],
      deliveredAt: l.deliveredAt,
      delivery: l.deliveryReport ? { reportId: l.deliveryReport.id, version: l.deliveryReport.version, submittedAt: l.deliveryReport.submittedAt } : null,
      invoiceable: { ...inv, amountOre: inv.days * l.unitPriceOre },
      invoiceableFrom,
      mayInvoice: canInvoice({ state: l.state, invoiceableFrom }, inv, today),
      invoices: l.invoices.map((i) => invoiceView(i, l)).sort(byIssue),
    };
  });
  const state = o.state as OrderState;
  return {
    id: o.id,
    orderNumber: o.orderNumber,
    kind: o.kind,
    createdAt: o.createdAt,
    issueDate: swedishDateOf(o.createdAt),
    decisionId: o.decisionId,
    participantName: `${o.decision.participant.firstName} ${o.decision.participant.lastName}`,
    implementationReference: o.decision.implementationReference,
    unitId: o.decision.unitId,
    unitName: o.decision.unit.name,
    level: o.decision.level,
    serviceVersion: o.decision.serviceVersion,
    supplier: supplierOf(o),
    period: o.period ? { number: o.period.number, startDate: toIsoDate(o.period.startDate), endDate: toIsoDate(o.period.endDate) } : null,
    deliveryPeriod: deliveryPeriod(o.lines, facts.periodStart, o.period ? { start: toIsoDate(o.period.startDate), end: toIsoDate(o.period.endDate) } : null),
    interruptionDate: facts.interruptionDate,
    state,
    stateLabel: ORDER_STATE_LABELS[state],
    totalOre: o.lines.filter((l) => l.state !== "CANCELLED").reduce((s, l) => s + l.amountOre, 0),
    nextInvoiceableFrom: nextInvoiceableFrom(lines, today),
    lines,
    invoices: lines.flatMap((l) => l.invoices).sort(byIssue),
  };
}

/** Whether the order is in the actor's scope, in one indexed read: the check before its page streams (issue #14). */
export async function orderVisibleTo(actor: Actor, id: string): Promise<boolean> {
  const scope = await orderScope(actor);
  if (!scope || !z.uuid().safeParse(id).success) return false;
  return (await db.order.count({ where: { AND: [{ id }, orderScopeWhere(scope)] } })) > 0;
}

/** One order with its lines, deliveries, what may be invoiced now, invoices and credit notes. */
export async function getOrder(actor: Actor, id: string, today = clockToday()): Promise<OrderView> {
  const scope = await orderScope(actor);
  if (!scope || !z.uuid().safeParse(id).success) throw new NotFoundError("Beställningen finns inte.");
  const o = await db.order.findFirst({ where: { AND: [{ id }, orderScopeWhere(scope)] }, include: detailInclude });
  if (!o) throw new NotFoundError("Beställningen finns inte.");
  return toView(o, today);
}

/** Orders by id in one query (the API's pages), in the given order; those outside the scope are left out. */
export async function getOrders(actor: Actor, ids: string[], today = clockToday()): Promise<OrderView[]> {
  const scope = await orderScope(actor);
  if (!scope || ids.length === 0) return [];
  const found = await db.order.findMany({ where: { AND: [{ id: { in: ids } }, orderScopeWhere(scope)] }, include: detailInclude });
  const byId = new Map(found.map((o) => [o.id, o]));
  return ids.flatMap((id) => (byId.has(id) ? [toView(byId.get(id)!, today)] : []));
}

// ---------------------------------------------------------------------------------------
// XML files

/** How long an order stays valid: the supplier may invoice for a year after its last delivery day *(assumed)*. */
export function orderValidUntil(lastDeliveryDay: string): string {
  return `${Number(lastDeliveryDay.slice(0, 4)) + 1}${lastDeliveryDay.slice(4)}`.replace(/-02-29$/, "-02-28");
}

/** The order as PEPPOL BIS Order XML; NotFoundError outside the scope. */
export async function orderXmlFor(actor: Actor, id: string): Promise<{ filename: string; xml: string }> {
  const o = await getOrder(actor, id);
  // What is ordered now: cancelled lines (a shortened period, a corrected result) are left out.
  const ordered = o.lines.filter((l) => l.state !== "CANCELLED");
  // A result order's delivery is the approved result; its parts fall due on their dates.
  const lastDue = ordered.map((l) => l.invoiceableFrom ?? o.issueDate).sort().at(-1) ?? o.issueDate;
  const deliveryPeriod = o.deliveryPeriod ?? { start: o.issueDate, end: lastDue };
  const xml = orderXml({
    orderNumber: o.orderNumber,
    issueDate: o.issueDate,
    implementationReference: o.implementationReference,
    supplier: o.supplier,
    deliveryPeriod,
    validUntil: orderValidUntil(deliveryPeriod.end),
    lines: ordered.map((l) => ({
      lineNumber: l.lineNumber, article: l.article, description: l.description, quantityDays: l.quantityDays, unitPriceOre: l.unitPriceOre, amountOre: l.amountOre,
      from: l.invoiceable.orderedFrom, to: l.invoiceable.orderedTo,
    })),
  });
  return { filename: `order-${o.orderNumber}.xml`, xml };
}

/** An invoice (PEPPOL BIS Billing 3 Invoice) or credit note (CreditNote) as XML; NotFoundError outside the scope. */
export async function invoiceXmlFor(actor: Actor, invoiceId: string): Promise<{ filename: string; xml: string }> {
  const scope = await orderScope(actor);
  if (!scope || !z.uuid().safeParse(invoiceId).success) throw new NotFoundError("Fakturan finns inte.");
  const found = await db.invoice.findFirst({ where: { id: invoiceId, orderLine: { order: orderScopeWhere(scope) } }, select: { orderLine: { select: { orderId: true } } } });
  if (!found) throw new NotFoundError("Fakturan finns inte.");
  const o = await getOrder(actor, found.orderLine.orderId);
  const inv = o.invoices.find((i) => i.id === invoiceId)!;
  const line = o.lines.find((l) => l.id === inv.orderLineId)!;
  const original = inv.credits ? o.invoices.find((i) => i.id === inv.credits!.id)! : inv;
  const invoicedSpan = invoicedSpanOf(original, line);
  const billing: BillingLine = {
    orderLineNumber: line.lineNumber,
    article: line.article,
    description: line.description,
    quantityDays: inv.quantityDays,
    unitPriceOre: line.unitPriceOre,
    amountOre: inv.amountOre,
    from: invoicedSpan.from,
    to: invoicedSpan.to,
  };
  if (inv.kind === "INVOICE") {
    const xml = invoiceXml({
      invoiceNumber: inv.invoiceNumber, issueDate: inv.issueDate, dueDate: inv.dueDate, orderNumber: o.orderNumber,
      implementationReference: o.implementationReference, supplier: o.supplier, line: billing,
    });
    return { filename: `faktura-${inv.invoiceNumber}.xml`, xml };
  }
  const xml = creditNoteXml({
    creditNoteNumber: inv.invoiceNumber, issueDate: inv.issueDate, orderNumber: o.orderNumber, implementationReference: o.implementationReference,
    supplier: o.supplier, creditedInvoiceNumber: original.invoiceNumber, creditedInvoiceIssueDate: original.issueDate, line: billing,
  });
  return { filename: `kreditnota-${inv.invoiceNumber}.xml`, xml };
}

/** The days an invoice covered: the first `quantityDays` days of the line's ordered span. */
function invoicedSpanOf(invoice: InvoiceView, line: OrderLineView): { from: string | null; to: string | null } {
  if (!line.invoiceable.orderedFrom || invoice.quantityDays <= 0) return { from: null, to: null };
  const from = line.invoiceable.orderedFrom;
  const to = new Date(`${from}T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() + invoice.quantityDays - 1);
  return { from, to: toIsoDate(to) };
}
