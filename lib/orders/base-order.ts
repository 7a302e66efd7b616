// The base-compensation order (grundersättning) of a delivery period, created when the
// period's joint planning is approved, and the delivery (inleverans) a periodic report records.
import { randomInt } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit";
import { RuleError } from "@/lib/authz/errors";
import { fromIsoDate, toIsoDate } from "@/lib/decisions/periods";
import { monthlyLines, priceFor } from "./lines";

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
    where: { month: fromIsoDate(input.month), article: "BASE_PER_DAY", order: { decisionId: input.decisionId, kind: "BASE" } },
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
