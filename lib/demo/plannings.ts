// Demo: approved joint plannings (and so base orders) for the placements that are running with
// a handledare, so that Periodisk redovisning and Beställningar have something to show.
import type { Prisma } from "@/lib/generated/prisma/client";
import { ensureBaseOrder } from "@/lib/orders/base-order";
import { swedishInstant } from "./dates";

type Tx = Prisma.TransactionClient;

export async function seedApprovedPlannings(tx: Tx, today: string): Promise<number> {
  const t = new Date(`${today}T00:00:00Z`);
  const running = await tx.decision.findMany({
    where: {
      assignments: { some: { endedAt: null } },
      interruptions: { none: { withdrawnAt: null, date: { lte: t } } },
      periods: { some: { number: 1, endDate: { gte: t } }, none: { number: 2 } },
    },
    include: { periods: true },
    orderBy: { implementationReference: "asc" },
  });
  const catalogue = await tx.activityType.findMany({ where: { active: true } });
  const officer = await tx.user.findFirstOrThrow({ where: { kind: "OFFICER" }, orderBy: { email: "asc" } });
  const submitter = await tx.user.findFirstOrThrow({ where: { kind: "SUPPLIER_STAFF" }, orderBy: { email: "asc" } });
  for (const d of running) {
    const period = d.periods.find((p) => p.number === 1)!;
    const start = period.startDate.toISOString().slice(0, 10);
    const submittedAt = swedishInstant(start, 13);
    const decidedAt = swedishInstant(start, 16);
    const codes = catalogue.filter((a) => a.serviceVersion === d.serviceVersion && (a.mandatory || a.code === "EMPLOYER_CONTACTS")).map((a) => a.code);
    await tx.jointPlanning.create({
      data: {
        decisionId: d.id, periodId: period.id, version: 1, remote: false, submittedAt, submittedById: submitter.id,
        status: "APPROVED", decidedAt, decidedById: officer.id,
        activities: { create: codes.map((activityCode) => ({ activityCode })) },
      },
    });
    await ensureBaseOrder(tx, { periodId: period.id, at: decidedAt, actorId: officer.id, today: start });
    await tx.decisionEvent.create({ data: { decisionId: d.id, at: decidedAt, type: "REPORT_OUTCOME", data: { what: "Gemensam planering, period 1 (version 1)", status: "APPROVED" } } });
  }
  return running.length;
}
