// Orders (beställningar) and their PEPPOL BIS order XML, through features/orders/queries.ts: the
// token sees the orders of participants at its Rapportering units (tokens never administer).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { z } from "@/lib/validation/zod";
import { getOrder, getOrders, type OrderView } from "@/features/orders/queries";
import { orderScope, orderScopeWhere } from "@/features/orders/order-facts";
import { orderXmlFor } from "@/features/orders/order-files";
import { defineEndpoint } from "@/lib/api/route";
import { decodeCursor, pageOf, pageQuery } from "@/lib/api/pagination";
import { Order, OrderPage } from "@/features/public-api/schemas";
import { at, atOrNull } from "./common";

function orderOut(o: OrderView): z.output<typeof Order> {
  return {
    id: o.id,
    orderNumber: o.orderNumber,
    kind: o.kind,
    createdAt: at(o.createdAt),
    issueDate: o.issueDate,
    participantId: o.decisionId,
    participantName: o.participantName,
    implementationReference: o.implementationReference,
    unitName: o.unitName,
    level: o.level as z.output<typeof Order>["level"],
    serviceVersion: o.serviceVersion as z.output<typeof Order>["serviceVersion"],
    period: o.period,
    deliveryPeriod: o.deliveryPeriod,
    interruptionDate: o.interruptionDate,
    state: o.state,
    stateLabel: o.stateLabel,
    totalOre: o.totalOre,
    lines: o.lines.map((l) => ({
      id: l.id,
      lineNumber: l.lineNumber,
      article: l.article,
      description: l.description,
      month: l.month,
      quantityDays: l.quantityDays,
      unitPriceOre: l.unitPriceOre,
      amountOre: l.amountOre,
      state: l.state,
      stateLabel: l.stateLabel,
      deliveredAt: atOrNull(l.deliveredAt),
      deliveryReportId: l.delivery?.reportId ?? null,
      invoiceableDays: l.invoiceable.days,
      invoiceableAmountOre: l.invoiceable.amountOre,
    })),
    invoices: o.invoices.map((i) => ({
      id: i.id,
      invoiceNumber: i.invoiceNumber,
      kind: i.kind,
      issueDate: i.issueDate,
      dueDate: i.dueDate,
      quantityDays: i.quantityDays,
      amountOre: i.amountOre,
      createdAt: at(i.createdAt),
      orderLineId: i.orderLineId,
      creditsInvoiceId: i.credits?.id ?? null,
      creditedByInvoiceId: i.creditedBy?.id ?? null,
    })),
  };
}

const orderParams = z.object({ id: z.uuid() });

export const listOrdersEndpoint = defineEndpoint({
  operationId: "listOrders",
  method: "GET",
  path: "/orders",
  tag: "Orders",
  summary: "Orders (beställningar)",
  description: "The orders of the participants at the units where the token has Rapportering, with their lines and invoices, in the order of their ids.",
  capability: "reportOnParticipants",
  query: z.object({ ...pageQuery, participantId: z.uuid().optional().describe("Only this participant's orders.") }),
  responses: [{ status: 200, description: "A page of orders.", schema: OrderPage }],
  async handler({ actor, query }) {
    const scope = await orderScope(actor);
    if (!scope) return { body: { data: [], nextCursor: null } };
    const and: Prisma.OrderWhereInput[] = [orderScopeWhere(scope)];
    if (query.participantId) and.push({ decisionId: query.participantId });
    if (query.cursor) and.push({ id: { gt: decodeCursor(query.cursor, z.object({ id: z.uuid() })).id } });
    const ids = await db.order.findMany({ where: { AND: and }, orderBy: { id: "asc" }, take: query.limit + 1, select: { id: true } });
    const page = pageOf(ids, query.limit, (o) => ({ id: o.id }));
    const data = (await getOrders(actor, page.rows.map((r) => r.id))).map(orderOut);
    return { body: { data, nextCursor: page.nextCursor } };
  },
});

export const getOrderEndpoint = defineEndpoint({
  operationId: "getOrder",
  method: "GET",
  path: "/orders/{id}",
  tag: "Orders",
  summary: "One order",
  capability: "reportOnParticipants",
  params: orderParams,
  responses: [{ status: 200, description: "The order.", schema: Order }],
  async handler({ actor, params }) {
    return { body: orderOut(await getOrder(actor, params.id)) };
  },
});

export const getOrderXmlEndpoint = defineEndpoint({
  operationId: "getOrderXml",
  method: "GET",
  path: "/orders/{id}/xml",
  tag: "Orders",
  summary: "The order as PEPPOL BIS Order XML (UBL 2.1)",
  capability: "reportOnParticipants",
  params: orderParams,
  responses: [{ status: 200, description: "The order document.", contentType: "application/xml" }],
  async handler({ actor, params }) {
    const { filename, xml } = await orderXmlFor(actor, params.id);
    return new Response(xml, {
      status: 200,
      headers: { "Content-Type": "application/xml; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
    });
  },
});
