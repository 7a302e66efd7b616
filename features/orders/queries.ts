// Reads of one order (beställning) for supplier staff: its lines, invoices and what may be
// invoiced or credited now. Scope: the actor's own organisation's placements where the
// seeOrders capability holds (administrators: every unit; holders of the reporting permission:
// their units). Anyone else sees nothing, and an order outside the scope is "not found" (so ids
// cannot be probed). The list: ./order-list.ts; the XML files: ./order-files.ts.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Article, OrderKind } from "@/lib/generated/prisma/enums";
import { swedishDateOf, today as clockToday } from "@/lib/clock";
import { NotFoundError } from "@/lib/authz/errors";
import type { Actor } from "@/lib/authz/permissions";
import { toIsoDate } from "@/features/decisions/periods";
import { z } from "@/lib/validation/zod";
import { INVOICE_KIND_LABELS, LINE_STATE_LABELS, ORDER_STATE_LABELS, lineDescription, type OrderState } from "./order-labels";
import { canCredit, canInvoice, invoiceableDays, nextInvoiceableFrom, type InvoiceableDays, type RuleResult } from "./invoicing-rules";
import { type PeppolSupplier } from "./peppol-model";
import { deliveryPeriod, interruptionsInForce, orderFacts, orderScope, orderScopeWhere } from "./order-facts";

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
