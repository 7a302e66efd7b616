// Gemensam planering: supplier staff submit versions, officers approve or reject the latest.
// Each change and its audit record are written in one transaction, with the placement's row
// locked so that submissions and decisions of one participant happen one at a time.
// Approval creates the period's base order (once; a later approved version reuses it).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { now, today as clockToday } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { once } from "@/lib/idempotency";
import { NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import type { Actor } from "@/lib/authz/permissions";
import { assertOfficer, assertStaff } from "@/lib/authz/assert";
import { loadPlacementFor } from "@/lib/authz/access";
import { decisionFacts, factsInclude } from "@/features/decisions/facts";
import { ensureBaseOrder } from "@/features/orders/base-order";
import { activityCatalogue } from "./catalogue";
import { latestVersion, nextVersion, planningInForce, validateActivities, validateDecidable, validatePlanningPeriod } from "./rules";
import type { DecidePlanningInput, SubmitPlanningInput } from "./schemas";

export { listPlanningsForDecision } from "./queries";
export { countPlanningQueue, planningQueue } from "./officer-review";

type Tx = Prisma.TransactionClient;

async function lockDecision(tx: Tx, decisionId: string) {
  await tx.$queryRaw`SELECT id FROM "Decision" WHERE id = ${decisionId}::uuid FOR UPDATE`;
}

export interface SubmitPlanningResult {
  planningId: string;
  /** the same idempotency key was used before: nothing new was saved */
  replayed: boolean;
}

/**
 * A new version of the period's planning (version = latest + 1). Staff with the reporting
 * permission at the participant's unit only; anyone else is told "not found".
 */
export async function submitPlanning(actor: Actor, input: SubmitPlanningInput, today = clockToday()): Promise<SubmitPlanningResult> {
  assertStaff(actor);
  const { resultId, replayed } = await once(input.idempotencyKey, actor.userId, "planning.submit", async (tx) => {
    const target = await loadPlacementFor(actor, "reportOnParticipants", input.decisionId, { select: { id: true }, tx });
    await lockDecision(tx, target.id);
    const d = await tx.decision.findUniqueOrThrow({ where: { id: target.id }, include: factsInclude });
    const period = d.periods.find((p) => p.id === input.periodId);
    if (!period) throw new NotFoundError("Perioden finns inte.");
    const facts = decisionFacts(d);
    const periodFacts = facts.periods.find((p) => p.number === period.number)!;
    const open = validatePlanningPeriod(facts, periodFacts, today);
    if (!open.ok) throw new RuleError(open.message);
    const activities = validateActivities(await activityCatalogue(d.serviceVersion, tx), input.activityCodes);
    if (!activities.ok) throw new RuleError(activities.message, activities.field);

    const earlier = await tx.jointPlanning.findMany({ where: { periodId: period.id }, select: { id: true, version: true, status: true } });
    const version = nextVersion(earlier);
    const previous = latestVersion(earlier);
    const planning = await tx.jointPlanning.create({
      data: {
        decisionId: d.id,
        periodId: period.id,
        version,
        remote: input.remote,
        submittedAt: now(),
        submittedById: actor.userId,
        status: "RECEIVED",
        idempotencyKey: input.idempotencyKey,
        activities: { create: activities.value.map((activityCode) => ({ activityCode })) },
      },
    });
    await audit(tx, {
      actorId: actor.userId,
      supplierId: d.supplierId,
      action: "planning.submitted",
      entityType: "JointPlanning",
      entityId: planning.id,
      before: previous ? { version: previous.version, status: previous.status } : undefined,
      after: {
        decisionId: d.id, periodId: period.id, periodNumber: period.number, version, remote: input.remote, activityCodes: activities.value, status: "RECEIVED",
        // a RECEIVED earlier version is superseded for approval; an APPROVED one stays in force until this one is approved
        supersedesVersion: previous?.status === "RECEIVED" ? previous.version : null,
        inForceVersion: planningInForce(earlier)?.version ?? null,
      },
    });
    return planning.id;
  });
  return { planningId: resultId, replayed };
}

export interface DecidePlanningResult {
  status: "APPROVED" | "REJECTED";
  /** the period's base order (created now, or earlier by a previous approval) */
  orderNumber: string | null;
  orderCreated: boolean;
}

/**
 * Officers approve or reject the latest RECEIVED version of a period's planning. Approval
 * creates the period's base order in the same transaction; without a price it is refused
 * and nothing changes.
 */
export async function decidePlanning(actor: Actor, input: DecidePlanningInput, today = clockToday()): Promise<DecidePlanningResult> {
  assertOfficer(actor);
  return db.$transaction(async (tx) => {
    const found = await tx.jointPlanning.findUnique({ where: { id: input.planningId }, select: { decisionId: true } });
    if (!found) throw new NotFoundError("Planeringen finns inte.");
    await lockDecision(tx, found.decisionId);
    const planning = await tx.jointPlanning.findUniqueOrThrow({
      where: { id: input.planningId },
      include: { activities: { select: { activityCode: true } }, period: { select: { number: true } }, decision: { select: { supplierId: true } } },
    });
    const versions = await tx.jointPlanning.findMany({ where: { periodId: planning.periodId }, select: { version: true, status: true } });
    const check = validateDecidable(planning, versions);
    if (!check.ok) throw new RuleError(check.message);
    const at = now();
    const common = {
      decisionId: planning.decisionId, periodId: planning.periodId, periodNumber: planning.period.number, version: planning.version,
      activityCodes: planning.activities.map((a) => a.activityCode),
    };
    if (input.decision === "APPROVE") {
      const replacing = planningInForce(versions);
      await tx.jointPlanning.update({ where: { id: planning.id }, data: { status: "APPROVED", statusReason: null, decidedAt: at, decidedById: actor.userId } });
      const existing = await tx.order.findUnique({ where: { periodId_kind: { periodId: planning.periodId, kind: "BASE" } }, select: { id: true } });
      const order = await ensureBaseOrder(tx, { periodId: planning.periodId, at, actorId: actor.userId, today });
      await audit(tx, {
        actorId: actor.userId, supplierId: planning.decision.supplierId, action: "planning.approved", entityType: "JointPlanning", entityId: planning.id,
        before: { status: "RECEIVED", inForceVersion: replacing?.version ?? null },
        after: { ...common, status: "APPROVED", orderId: order.id, orderNumber: order.orderNumber, orderCreated: !existing },
      });
      await tx.decisionEvent.create({
        data: { decisionId: planning.decisionId, at, actorId: actor.userId, type: "REPORT_OUTCOME", data: { what: `Gemensam planering, period ${planning.period.number} (version ${planning.version})`, status: "APPROVED" } },
      });
      return { status: "APPROVED", orderNumber: order.orderNumber, orderCreated: !existing };
    }
    const reason = input.reason;
    if (!reason) throw new RuleError("Ange varför planeringen inte godkänns.", "reason");
    await tx.jointPlanning.update({ where: { id: planning.id }, data: { status: "REJECTED", statusReason: reason, decidedAt: at, decidedById: actor.userId } });
    await audit(tx, {
      actorId: actor.userId, supplierId: planning.decision.supplierId, action: "planning.rejected", entityType: "JointPlanning", entityId: planning.id,
      before: { status: "RECEIVED" },
      after: { ...common, status: "REJECTED", reason },
    });
    await tx.decisionEvent.create({
      data: { decisionId: planning.decisionId, at, actorId: actor.userId, type: "REPORT_OUTCOME", data: { what: `Gemensam planering, period ${planning.period.number} (version ${planning.version})`, status: "REJECTED", reason } },
    });
    return { status: "REJECTED", orderNumber: null, orderCreated: false };
  });
}
