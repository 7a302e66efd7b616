// The PEPPOL files of an order and of its invoices (./peppol.ts), for staff who may see the
// order (seeOrders); otherwise "not found".
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/authz/errors";
import type { Actor } from "@/lib/authz/permissions";
import { toIsoDate } from "@/features/decisions/periods";
import { z } from "@/lib/validation/zod";
import { creditNoteXml, invoiceXml, orderXml } from "./peppol";
import { type BillingLine } from "./peppol-model";
import { orderScope, orderScopeWhere } from "./order-facts";
import { type InvoiceView, type OrderLineView, getOrder } from "./queries";

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
