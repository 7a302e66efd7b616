// The result order: a separate order for result compensation, with its own number and the
// placement's implementation reference, made when an officer approves a Resultatredovisning.
// One per placement: an approved correction of the result changes that order instead of
// adding one. Lines not yet invoiced are cancelled and the corrected result's lines added;
// an invoiced line stays (a wrong invoice is credited by the supplier, as always).
import type { ParticipantReport, Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit";
import { now, swedishDateOf } from "@/lib/clock";
import { fromIsoDate, toIsoDate } from "@/features/decisions/periods";
import { newOrderNumber } from "./base-order";
import { resultOrderLines, type ResultFacts, type ResultLine } from "./result-rules";

type Tx = Prisma.TransactionClient;

const lineData = (l: ResultLine, lineNumber: number, at: Date) => ({
  // A lump sum: one piece (quantity 1), delivered by the approved result; invoiceable from its date.
  lineNumber, article: l.article, quantityDays: 1, unitPriceOre: l.amountOre, amountOre: l.amountOre,
  state: "DELIVERED" as const, deliveredAt: at, invoiceableFrom: fromIsoDate(l.invoiceableFrom),
});

export async function createResultOrder(tx: Tx, report: ParticipantReport) {
  const decision = await tx.decision.findUniqueOrThrow({ where: { id: report.decisionId }, include: { periods: { orderBy: { number: "asc" } } } });
  const at = report.decidedAt ?? now();
  const on = swedishDateOf(at);
  const prices = (await tx.priceListEntry.findMany({ where: { serviceVersion: decision.serviceVersion, level: decision.level } })).map((p) => ({ ...p, validFrom: toIsoDate(p.validFrom) }));
  const results = ((report.data as { employments?: ResultFacts[] }).employments ?? []) as ResultFacts[];
  const { lines, reason } = resultOrderLines({
    serviceVersion: decision.serviceVersion, level: decision.level, serviceStart: toIsoDate(decision.periods[0].startDate), results, prices, on,
  });
  const existing = await tx.order.findFirst({ where: { decisionId: decision.id, kind: "RESULT" }, include: { lines: { orderBy: { lineNumber: "asc" } } } });
  if (existing) return correctResultOrder(tx, { order: existing, lines, at, report, supplierId: decision.supplierId });
  if (lines.length === 0) {
    await audit(tx, { actorId: report.decidedById, supplierId: decision.supplierId, action: "order.result-not-created", entityType: "ParticipantReport", entityId: report.id, after: { reason } });
    return null;
  }
  let orderNumber = newOrderNumber(Number(on.slice(0, 4)));
  while (await tx.order.findUnique({ where: { orderNumber }, select: { id: true } })) orderNumber = newOrderNumber(Number(on.slice(0, 4)));
  const order = await tx.order.create({
    data: { orderNumber, decisionId: decision.id, kind: "RESULT", createdAt: at, lines: { create: lines.map((l, i) => lineData(l, i + 1, at)) } },
  });
  await audit(tx, {
    actorId: report.decidedById, supplierId: decision.supplierId, action: "order.created", entityType: "Order", entityId: order.id,
    after: {
      orderNumber, kind: "RESULT", reportId: report.id, implementationReference: decision.implementationReference,
      lines: lines.map((l) => ({ article: l.article, amountOre: l.amountOre, invoiceableFrom: l.invoiceableFrom })),
    },
  });
  return order;
}

async function correctResultOrder(
  tx: Tx,
  input: { order: Prisma.OrderGetPayload<{ include: { lines: true } }>; lines: ResultLine[]; at: Date; report: ParticipantReport; supplierId: string },
) {
  const { order, at, report } = input;
  const live = order.lines.filter((l) => l.state !== "CANCELLED");
  const invoiced = new Set(live.filter((l) => l.state === "INVOICED").map((l) => l.article));
  const replaced = live.filter((l) => l.state !== "INVOICED");
  if (replaced.length) await tx.orderLine.updateMany({ where: { id: { in: replaced.map((l) => l.id) } }, data: { state: "CANCELLED" } });
  const added = input.lines.filter((l) => !invoiced.has(l.article));
  let next = Math.max(0, ...order.lines.map((l) => l.lineNumber));
  for (const l of added) await tx.orderLine.create({ data: { orderId: order.id, ...lineData(l, ++next, at) } });
  await audit(tx, {
    actorId: report.decidedById, supplierId: input.supplierId, action: "order.result-corrected", entityType: "Order", entityId: order.id,
    before: { lines: live.map((l) => ({ lineNumber: l.lineNumber, article: l.article, state: l.state, invoiceableFrom: l.invoiceableFrom ? toIsoDate(l.invoiceableFrom) : null })) },
    after: {
      reportId: report.id,
      cancelled: replaced.map((l) => l.lineNumber),
      added: added.map((l) => ({ article: l.article, amountOre: l.amountOre, invoiceableFrom: l.invoiceableFrom })),
      keptInvoiced: [...invoiced],
    },
  });
  return order;
}
