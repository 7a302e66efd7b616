// Who sees which orders (the seeOrders scope) and the facts of an order its rules need
// (features/orders/invoicing-rules): shared by the list (./order-list.ts), one order
// (./queries.ts) and the XML files (./order-files.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/authz/permissions";
import { listScope, scopeWhere, type UnitScope } from "@/lib/authz/access";
import { toIsoDate } from "@/features/decisions/periods";
import { orderedSpan, type InvoiceableFacts } from "./invoicing-rules";

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
  // The earliest start and the latest end in one pass: the list asks this for 25 orders a load.
  let span: { start: string; end: string } | null = null;
  for (const l of lines) {
    if (!l.month || l.state === "CANCELLED") continue;
    const { from, to } = orderedSpan({ month: toIsoDate(l.month), quantityDays: l.quantityDays }, periodStart);
    if (span === null) span = { start: from, end: to };
    else {
      if (from < span.start) span.start = from;
      if (to > span.end) span.end = to;
    }
  }
  return span ?? fallback;
}

export const interruptionsInForce = { where: { withdrawnAt: null }, select: { date: true }, orderBy: { registeredAt: "desc" } } as const satisfies Prisma.Decision$interruptionsArgs;
