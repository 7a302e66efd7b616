// Demo: approved joint plannings (and so base orders) for every placement that has had a
// handledare, so that Periodisk redovisning and Beställningar have a history to show.
import type { Prisma } from "@/lib/generated/prisma/client";
import { ensureBaseOrder } from "@/features/orders/base-order";
import { swedishInstant } from "./dates";

type Tx = Prisma.TransactionClient;

export async function seedApprovedPlannings(tx: Tx, today: string): Promise<number> {
  const t = new Date(`${today}T00:00:00Z`);
  // Every placement that has had a handledare got its planning approved for each period that
  // has started, and so its base order: the history (./history.ts) then reports its months.
  const placements = await tx.decision.findMany({
    where: { assignments: { some: {} } },
    include: { periods: { orderBy: { number: "asc" } }, assignments: { orderBy: { assignedAt: "asc" }, take: 1 } },
    orderBy: { implementationReference: "asc" },
  });
  const catalogue = await tx.activityType.findMany({ where: { active: true } });
  const officer = await tx.user.findFirstOrThrow({ where: { kind: "OFFICER" }, orderBy: { email: "asc" } });
  let n = 0;
  for (const d of placements) {
    const submitter = d.assignments[0].assignedById;
    const codes = catalogue.filter((a) => a.serviceVersion === d.serviceVersion && (a.mandatory || a.code === "EMPLOYER_CONTACTS")).map((a) => a.code);
    for (const period of d.periods.filter((p) => p.startDate <= t)) {
      const start = period.startDate.toISOString().slice(0, 10);
      // Period 1: a few days after the handledare; period 2: on its first day.
      const on = period.number === 1 ? d.assignments[0].assignedAt.toISOString().slice(0, 10) : start;
      const submittedAt = swedishInstant(on, 13);
      const decidedAt = swedishInstant(on, 16);
      await tx.jointPlanning.create({
        data: {
          decisionId: d.id, periodId: period.id, version: 1, remote: false, submittedAt, submittedById: submitter,
          status: "APPROVED", decidedAt, decidedById: officer.id,
          activities: { create: codes.map((activityCode) => ({ activityCode })) },
        },
      });
      await ensureBaseOrder(tx, { periodId: period.id, at: decidedAt, actorId: officer.id, today: on });
      await tx.decisionEvent.create({ data: { decisionId: d.id, at: decidedAt, type: "REPORT_OUTCOME", data: { what: `Gemensam planering, period ${period.number} (version 1)`, status: "APPROVED" } } });
      n++;
    }
  }
  return n;
}
