// The base-compensation order (grundersättning) of a delivery period, created when the
// period's joint planning is approved, and the delivery (inleverans) a periodic report records.
import { randomInt } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit";
import { RuleError } from "@/lib/errors";
import { fromIsoDate, toIsoDate } from "@/features/decisions/periods";
import { linesForNewEnd, monthlyLines, priceFor } from "./lines";

type Tx = Prisma.TransactionClient;

export function newOrderNumber(year: number): string {
  return `IO-${year}-${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;
}

/** Creates the period's base order once; a later approved planning version reuses it. */
export async function ensureBaseOrder(tx: Tx, input: { periodId: string; at: Date; actorId: string; today: string }) {
  const existing = await tx.order.findUnique({ where: { periodId_kind: { periodId: input.periodId, kind: "BASE" } }, include: { lines: true } });
  if (existing) return existing;
  const period = await tx.period.findUniqueOrThrow({ where: { id: input.periodId }, include: { decision: true } });
  const prices = (await tx.priceListEntry.findMany({ where: { serviceVersion: period.decision.serviceVersion, level: period.decision.level, article: "BASE_PER_DAY" } })).map((p) => ({
    ...p,
    validFrom: toIsoDate(p.validFrom),
  }));
  const unitPrice = priceFor(prices, { serviceVersion: period.decision.serviceVersion, level: period.decision.level, article: "BASE_PER_DAY" }, input.today);
  if (unitPrice === null) throw new RuleError("Det finns inget pris för grundersättning för tjänsten och nivån. Kontakta Arbetsförmedlingen.");
  const lines = monthlyLines({ startDate: toIsoDate(period.startDate), endDate: toIsoDate(period.endDate) });
  let orderNumber = newOrderNumber(Number(input.today.slice(0, 4)));
  while (await tx.order.findUnique({ where: { orderNumber }, select: { id: true } })) orderNumber = newOrderNumber(Number(input.today.slice(0, 4)));
  const order = await tx.order.create({
    data: {
      orderNumber,
      decisionId: period.decisionId,
      periodId: period.id,
      kind: "BASE",
      createdAt: input.at,
      lines: {
        create: lines.map((l, i) => ({
          lineNumber: i + 1,
          article: "BASE_PER_DAY",
          month: fromIsoDate(l.month),
          quantityDays: l.days,
          unitPriceOre: unitPrice,
          amountOre: l.days * unitPrice,
        })),
      },
    },
    include: { lines: true },
  });
  await audit(tx, {
    actorId: input.actorId, supplierId: period.decision.supplierId, action: "order.created", entityType: "Order", entityId: order.id,
    after: { orderNumber, kind: "BASE", periodId: period.id, implementationReference: period.decision.implementationReference, lines: lines.length, unitPriceOre: unitPrice },
  });
  return order;
}

/**
 * Records the month's delivery on the base order line(s). A month where period 1 ends and
 * period 2 begins has a line on each period's order; one periodic report delivers both. A
 * correction moves the delivery to the new report while a line is not invoiced; an invoiced
 * line cannot be re-delivered.
 */
export async function recordDelivery(tx: Tx, input: { decisionId: string; month: string; reportId: string; at: Date; actorId: string; supplierId: string }) {
  const lines = await tx.orderLine.findMany({
    where: { month: fromIsoDate(input.month), article: "BASE_PER_DAY", state: { not: "CANCELLED" }, order: { decisionId: input.decisionId, kind: "BASE" } },
    orderBy: { id: "asc" },
  });
  if (lines.length === 0) throw new RuleError("Det finns ingen beställning för månaden. Den gemensamma planeringen måste vara godkänd först.");
  if (lines.some((l) => l.state === "INVOICED")) throw new RuleError("Månaden är redan fakturerad och kan inte redovisas om.");
  const updated = [];
  for (const line of lines) {
    updated.push(await tx.orderLine.update({ where: { id: line.id }, data: { state: "DELIVERED", deliveredAt: input.at, deliveryReportId: input.reportId } }));
    await audit(tx, {
      actorId: input.actorId, supplierId: input.supplierId, action: "order-line.delivered", entityType: "OrderLine", entityId: line.id,
      before: { state: line.state, deliveryReportId: line.deliveryReportId }, after: { state: "DELIVERED", deliveryReportId: input.reportId },
    });
  }
  return updated[0];
}

/**
 * A rejected periodic report delivered nothing: the lines it delivered are open again (an
 * invoiced line stays invoiced until the supplier credits it; see creditInvoice).
 */
export async function undoDelivery(tx: Tx, input: { reportId: string; actorId: string; supplierId: string }) {
  const lines = await tx.orderLine.findMany({ where: { deliveryReportId: input.reportId, state: "DELIVERED" } });
  for (const line of lines) {
    await tx.orderLine.update({ where: { id: line.id }, data: { state: "OPEN", deliveredAt: null, deliveryReportId: null } });
    await audit(tx, {
      actorId: input.actorId, supplierId: input.supplierId, action: "order-line.undelivered", entityType: "OrderLine", entityId: line.id,
      before: { state: line.state, deliveryReportId: line.deliveryReportId }, after: { state: "OPEN", deliveryReportId: null, reason: "periodic-report.rejected" },
    });
  }
}

/**
 * After an officer moved a period's end: the period's base order orders the added days at the
 * price in force `today`, and no longer orders what lies after an earlier end (linesForNewEnd).
 * Nothing to do before the planning is approved: the order is then made from the new end.
 */
export async function adjustBaseOrderToPeriod(tx: Tx, input: { periodId: string; today: string; actorId: string }) {
  const order = await tx.order.findUnique({ where: { periodId_kind: { periodId: input.periodId, kind: "BASE" } }, include: { lines: { orderBy: { lineNumber: "asc" } }, period: { include: { decision: true } } } });
  if (!order || !order.period) return;
  const { period } = order;
  const existing = order.lines.map((l) => ({ id: l.id, month: toIsoDate(l.month!), quantityDays: l.quantityDays, state: l.state }));
  const change = linesForNewEnd(existing, { startDate: toIsoDate(period.startDate), endDate: toIsoDate(period.endDate) });
  if (!change.resize.length && !change.add.length && !change.cancel.length && !change.invoicedOutside.length) return;
  const byId = new Map(order.lines.map((l) => [l.id, l]));
  for (const r of change.resize) {
    const line = byId.get(r.id)!;
    await tx.orderLine.update({ where: { id: r.id }, data: { quantityDays: r.quantityDays, amountOre: r.quantityDays * line.unitPriceOre } });
  }
  if (change.cancel.length) await tx.orderLine.updateMany({ where: { id: { in: change.cancel } }, data: { state: "CANCELLED" } });
  let unitPrice: number | null = null;
  if (change.add.length) {
    const { serviceVersion, level } = period.decision;
    const prices = (await tx.priceListEntry.findMany({ where: { serviceVersion, level, article: "BASE_PER_DAY" } })).map((p) => ({ ...p, validFrom: toIsoDate(p.validFrom) }));
    unitPrice = priceFor(prices, { serviceVersion, level, article: "BASE_PER_DAY" }, input.today);
    if (unitPrice === null) throw new RuleError("Det finns inget pris för grundersättning i dag, så de tillagda dagarna kan inte beställas. Lägg in ett pris först.");
    let next = Math.max(0, ...order.lines.map((l) => l.lineNumber));
    for (const m of change.add) {
      await tx.orderLine.create({ data: { orderId: order.id, lineNumber: ++next, article: "BASE_PER_DAY", month: fromIsoDate(m.month), quantityDays: m.days, unitPriceOre: unitPrice, amountOre: m.days * unitPrice } });
    }
  }
  const month = (id: string) => toIsoDate(byId.get(id)!.month!).slice(0, 7);
  await audit(tx, {
    actorId: input.actorId, supplierId: period.decision.supplierId, action: "order.period-end-changed", entityType: "Order", entityId: order.id,
    before: { lines: order.lines.filter((l) => l.state !== "CANCELLED").map((l) => ({ month: toIsoDate(l.month!).slice(0, 7), quantityDays: l.quantityDays, state: l.state })) },
    after: {
      endDate: toIsoDate(period.endDate),
      resized: change.resize.map((r) => ({ month: month(r.id), quantityDays: r.quantityDays })),
      added: change.add.map((m) => ({ month: m.month.slice(0, 7), quantityDays: m.days, unitPriceOre: unitPrice })),
      cancelled: change.cancel.map(month),
      invoicedAfterEnd: change.invoicedOutside.map(month),
    },
  });
}
