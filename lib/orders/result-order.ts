// A new, separate order for result compensation, with its own number and the placement's
// implementation reference, created when an officer approves a Resultatredovisning.
import type { ParticipantReport, Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit";
import { now, swedishDateOf } from "@/lib/clock";
import { toIsoDate } from "@/lib/decisions/periods";
import { newOrderNumber } from "./base-order";
import { resultOrderLines, type ResultFacts } from "./result-rules";

export async function createResultOrder(tx: Prisma.TransactionClient, report: ParticipantReport) {
  const decision = await tx.decision.findUniqueOrThrow({ where: { id: report.decisionId }, include: { periods: { orderBy: { number: "asc" } } } });
  const on = swedishDateOf(report.decidedAt ?? report.submittedAt);
  const prices = (await tx.priceListEntry.findMany({ where: { serviceVersion: decision.serviceVersion, level: decision.level } })).map((p) => ({ ...p, validFrom: toIsoDate(p.validFrom) }));
  const results = ((report.data as { employments?: ResultFacts[] }).employments ?? []) as ResultFacts[];
  const { lines, reason } = resultOrderLines({
    serviceVersion: decision.serviceVersion, level: decision.level, serviceStart: toIsoDate(decision.periods[0].startDate), results, prices, on,
  });
  if (lines.length === 0) {
    await audit(tx, { actorId: report.decidedById, supplierId: decision.supplierId, action: "order.result-not-created", entityType: "ParticipantReport", entityId: report.id, after: { reason } });
    return null;
  }
  let orderNumber = newOrderNumber(Number(on.slice(0, 4)));
  while (await tx.order.findUnique({ where: { orderNumber }, select: { id: true } })) orderNumber = newOrderNumber(Number(on.slice(0, 4)));
  const order = await tx.order.create({
    data: {
      orderNumber, decisionId: decision.id, kind: "RESULT", createdAt: report.decidedAt ?? now(),
      // The approved result is the delivery: the lines can be invoiced at once. *(assumed: the
      // sources do not say when RoM2's second part may be invoiced; the line label says "efter sex månader")*
      lines: {
        create: lines.map((l, i) => ({
          lineNumber: i + 1, article: l.article, quantityDays: 1, unitPriceOre: l.amountOre, amountOre: l.amountOre,
          state: "DELIVERED" as const, deliveredAt: report.decidedAt ?? now(),
        })),
      },
    },
  });
  await audit(tx, {
    actorId: report.decidedById, supplierId: decision.supplierId, action: "order.created", entityType: "Order", entityId: order.id,
    after: { orderNumber, kind: "RESULT", reportId: report.id, implementationReference: decision.implementationReference, lines: lines.map((l) => ({ article: l.article, amountOre: l.amountOre })) },
  });
  return order;
}
