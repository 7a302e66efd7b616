// The public API's representations of orders (beställningar), their lines and invoices.
import { z } from "@/lib/validation/zod";
import { ORDER_STATES, ARTICLES } from "@/features/orders/order-labels";
import { PageInfo, component, id, instant, isoDate, level, serviceVersion } from "./common";

// ---------------------------------------------------------------------------------------
// Orders (beställningar)

export const Invoice = component(
  "Invoice",
  z.object({
    id,
    invoiceNumber: z.string(),
    kind: z.enum(["INVOICE", "CREDIT_NOTE"]),
    issueDate: isoDate,
    dueDate: isoDate,
    quantityDays: z.number().int(),
    amountOre: z.number().int(),
    createdAt: instant,
    orderLineId: id,
    creditsInvoiceId: id.nullable(),
    creditedByInvoiceId: id.nullable(),
  }),
);

export const OrderLine = component(
  "OrderLine",
  z.object({
    id,
    lineNumber: z.number().int(),
    article: z.enum(ARTICLES),
    description: z.string(),
    month: isoDate.nullable(),
    quantityDays: z.number().int(),
    unitPriceOre: z.number().int().describe("Öre (1/100 krona)."),
    amountOre: z.number().int(),
    state: z.enum(["OPEN", "DELIVERED", "INVOICED", "CREDITED", "CANCELLED"]),
    stateLabel: z.string(),
    deliveredAt: instant.nullable(),
    deliveryReportId: id.nullable().describe("The periodic report that recorded the delivery."),
    invoiceableDays: z.number().int().describe("What may be invoiced now."),
    invoiceableAmountOre: z.number().int(),
  }),
);

export const Order = component(
  "Order",
  z.object({
    id,
    orderNumber: z.string(),
    kind: z.enum(["BASE", "RESULT"]),
    createdAt: instant,
    issueDate: isoDate,
    participantId: id,
    participantName: z.string(),
    implementationReference: z.string(),
    unitName: z.string(),
    level,
    serviceVersion,
    period: z.object({ number: z.number().int(), startDate: isoDate, endDate: isoDate }).nullable(),
    deliveryPeriod: z.object({ start: isoDate, end: isoDate }).nullable(),
    interruptionDate: isoDate.nullable(),
    state: z.enum(ORDER_STATES),
    stateLabel: z.string(),
    totalOre: z.number().int(),
    lines: z.array(OrderLine),
    invoices: z.array(Invoice),
  }),
);

export const OrderPage = component("OrderPage", z.object({ data: z.array(Order), ...PageInfo }));
