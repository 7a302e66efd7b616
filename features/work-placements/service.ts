// Praktik, registered by the officer on the placement; the supplier sees it on the card and in
// Händelser (a WORK_PLACEMENT_REGISTERED event). The rules: ./work-placement-rules.ts.
import { assertOfficer } from "@/lib/authz/assert";
import { db } from "@/lib/db";
import { now, today as clockToday } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import type { Actor } from "@/lib/authz/permissions";
import type { z } from "@/lib/validation/zod";
import { decisionFacts, factsInclude } from "@/features/decisions/facts";
import { fromIsoDate, toIsoDate } from "@/features/decisions/periods";
import type { registerWorkPlacementInput } from "@/features/decisions/schemas";
import { validateWorkPlacement } from "./rules";

export async function registerWorkPlacement(actor: Actor, input: z.output<typeof registerWorkPlacementInput>, today = clockToday()) {
  assertOfficer(actor);
  return db.$transaction(async (tx) => {
    // One praktik at a time per placement: the limit counts the others.
    await tx.$queryRaw`SELECT id FROM "Decision" WHERE id = ${input.decisionId}::uuid FOR UPDATE`;
    const d = await tx.decision.findUnique({ where: { id: input.decisionId }, include: { ...factsInclude, workPlacements: true } });
    if (!d) throw new NotFoundError("Beslutet finns inte.");
    const existing = d.workPlacements.map((w) => ({ startDate: toIsoDate(w.startDate), endDate: toIsoDate(w.endDate) }));
    const check = validateWorkPlacement(decisionFacts(d), existing, { startDate: input.startDate, endDate: input.endDate }, today);
    if (!check.ok) throw new RuleError(check.message, check.field);
    const at = now();
    const placement = await tx.workPlacement.create({
      data: { decisionId: d.id, employer: input.employer, startDate: fromIsoDate(input.startDate), endDate: fromIsoDate(input.endDate), registeredAt: at, registeredById: actor.userId },
    });
    await tx.decisionEvent.create({
      data: { decisionId: d.id, at, actorId: actor.userId, type: "WORK_PLACEMENT_REGISTERED", data: { employer: input.employer, startDate: input.startDate, endDate: input.endDate } },
    });
    await audit(tx, {
      actorId: actor.userId, supplierId: d.supplierId, action: "work-placement.registered", entityType: "WorkPlacement", entityId: placement.id,
      after: { decisionId: d.id, employer: input.employer, startDate: input.startDate, endDate: input.endDate, period: check.value.periodNumber },
    });
    return placement;
  });
}
