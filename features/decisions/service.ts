// What officers do with decisions: every function takes the acting user, refuses anyone but
// an officer, applies the pure rules from ./rules, and writes the change, its audit record
// and the supplier-visible event in one transaction.
import { adjustBaseOrderToPeriod } from "@/features/orders/base-order";
import { placementResultStatus } from "@/features/participant-reports/result-status";
import { assertOfficer } from "@/lib/authz/assert";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { now, today as clockToday } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { once } from "@/lib/idempotency";
import { NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import type { Actor } from "@/lib/authz/permissions";
import { decisionFacts, factsInclude } from "./facts";
import { firstPeriod, decisionState, grantPeriod2, isOngoing, validateInterruption, validatePeriodEndChange, validateStartDate, validateUnit, validateWithdrawal, type DecisionState } from "./rules";
import { fromIsoDate, toIsoDate } from "./periods";
import { newImplementationReference } from "./reference";
import type { changePeriodEndInput, createDecisionInput, registerInterruptionInput, registerJobSeekerInput } from "./schemas";
import type { z } from "@/lib/validation/zod";

type Tx = Prisma.TransactionClient;


async function lockRow(tx: Tx, table: "Participant" | "Decision", id: string) {
  if (table === "Participant") await tx.$queryRaw`SELECT id FROM "Participant" WHERE id = ${id}::uuid FOR UPDATE`;
  else await tx.$queryRaw`SELECT id FROM "Decision" WHERE id = ${id}::uuid FOR UPDATE`;
}

async function loadForUpdate(tx: Tx, decisionId: string) {
  await lockRow(tx, "Decision", decisionId);
  const d = await tx.decision.findUnique({ where: { id: decisionId }, include: factsInclude });
  if (!d) throw new NotFoundError("Beslutet finns inte.");
  return d;
}

export async function findJobSeeker(actor: Actor, personalIdentityNumber: string) {
  assertOfficer(actor);
  return db.participant.findUnique({
    where: { personalIdentityNumber },
    include: { decisions: { include: { ...factsInclude, supplier: { select: { name: true } } }, orderBy: { decidedAt: "desc" } } },
  });
}

export interface JobSeekerSearchResult {
  /** the number as typed, normalised (for the registration form when nobody was found) */
  personalIdentityNumber: string;
  person: {
    id: string;
    firstName: string;
    lastName: string;
    decisions: { id: string; implementationReference: string; supplierName: string; state: DecisionState }[];
    hasOngoing: boolean;
  } | null;
}

/** The officer's search on a personnummer, as plain data for the search form. */
export async function searchJobSeeker(actor: Actor, personalIdentityNumber: string, today = clockToday()): Promise<JobSeekerSearchResult> {
  const p = await findJobSeeker(actor, personalIdentityNumber);
  if (!p) return { personalIdentityNumber, person: null };
  const decisions = p.decisions.map((d) => ({ id: d.id, implementationReference: d.implementationReference, supplierName: d.supplier.name, state: decisionState(decisionFacts(d), today) }));
  return {
    personalIdentityNumber,
    person: { id: p.id, firstName: p.firstName, lastName: p.lastName, decisions, hasOngoing: decisions.some((d) => isOngoing(d.state)) },
  };
}

export async function registerJobSeeker(actor: Actor, input: z.output<typeof registerJobSeekerInput>) {
  assertOfficer(actor);
  return db.$transaction(async (tx) => {
    const existing = await tx.participant.findUnique({ where: { personalIdentityNumber: input.personalIdentityNumber } });
    if (existing) throw new RuleError("Personen finns redan registrerad.", "personalIdentityNumber");
    const { personalIdentityNumber, ...rest } = input;
    const p = await tx.participant.create({
      data: {
        personalIdentityNumber,
        firstName: rest.firstName,
        lastName: rest.lastName,
        phone: rest.phone ?? null,
        email: rest.email ?? null,
        street: rest.street ?? null,
        postalCode: rest.postalCode ?? null,
        city: rest.city ?? null,
        municipality: rest.municipality ?? null,
      },
    });
    // The personal identity number is never written to the audit trail.
    await audit(tx, { actorId: actor.userId, action: "participant.registered", entityType: "Participant", entityId: p.id, after: { firstName: p.firstName, lastName: p.lastName } });
    return p;
  });
}

/** The new decision's choices: every supplier, by name, with the units validateUnit allows for it, by name. */
export async function suppliersForDecision(actor: Actor) {
  assertOfficer(actor);
  const suppliers = await db.supplier.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, serviceVersion: true, deliveryAreas: { select: { id: true } },
      units: { orderBy: { name: "asc" }, select: { id: true, name: true, street: true, city: true, supplierId: true, deliveryAreaId: true } },
    },
  });
  return suppliers.map((s) => {
    const supplier = { id: s.id, deliveryAreaIds: s.deliveryAreas.map((a) => a.id) };
    return {
      id: s.id, name: s.name, serviceVersion: s.serviceVersion,
      units: s.units.filter((u) => validateUnit(supplier, u).ok).map(({ id, name, street, city }) => ({ id, name, street, city })),
    };
  });
}

export async function createDecision(actor: Actor, input: z.output<typeof createDecisionInput>, today = clockToday()) {
  assertOfficer(actor);
  const start = validateStartDate(input.startDate, today);
  if (!start.ok) throw new RuleError(start.message, "startDate");
  const { resultId } = await once(input.idempotencyKey, actor.userId, "decision.create", async (tx) => {
    const supplier = await tx.supplier.findUnique({ where: { id: input.supplierId }, include: { deliveryAreas: { select: { id: true } } } });
    if (!supplier) throw new RuleError("Leverantören finns inte.", "supplierId");
    if (supplier.serviceVersion !== input.serviceVersion) {
      throw new RuleError(`Leverantörens avtal gäller ${supplier.serviceVersion === "ROM2" ? "Rusta och matcha 2" : "Rusta och matcha"}.`, "serviceVersion");
    }
    const unit = await tx.performingUnit.findUnique({ where: { id: input.unitId } });
    if (!unit) throw new RuleError("Den utförande verksamheten hör inte till leverantören.", "unitId");
    const unitCheck = validateUnit({ id: supplier.id, deliveryAreaIds: supplier.deliveryAreas.map((a) => a.id) }, unit);
    if (!unitCheck.ok) throw new RuleError(unitCheck.message, "unitId");
    await lockRow(tx, "Participant", input.participantId);
    const participant = await tx.participant.findUnique({ where: { id: input.participantId }, include: { decisions: { include: factsInclude } } });
    if (!participant) throw new RuleError("Den arbetssökande finns inte.", "participantId");
    if (participant.decisions.some((d) => isOngoing(decisionState(decisionFacts(d), today)))) {
      throw new RuleError("Personen har redan en pågående anvisning till Rusta och matcha.", "participantId");
    }
    const period = firstPeriod(input.startDate);
    const at = now();
    let reference = newImplementationReference(Number(today.slice(0, 4)));
    while (await tx.decision.findUnique({ where: { implementationReference: reference }, select: { id: true } })) {
      reference = newImplementationReference(Number(today.slice(0, 4)));
    }
    const decision = await tx.decision.create({
      data: {
        implementationReference: reference,
        participantId: participant.id,
        supplierId: supplier.id,
        unitId: unit.id,
        level: input.level,
        serviceVersion: input.serviceVersion,
        participationRate: input.participationRate,
        interpreterNeeded: input.interpreterNeeded,
        interpreterLanguage: input.interpreterNeeded ? (input.interpreterLanguage ?? null) : null,
        languageSupportNeeded: input.languageSupportNeeded,
        decidedAt: at,
        decidedById: actor.userId,
        periods: {
          create: { number: 1, startDate: fromIsoDate(period.startDate), endDate: fromIsoDate(period.endDate), originalEndDate: fromIsoDate(period.endDate), grantedAt: at, grantedById: actor.userId },
        },
        events: { create: { at, type: "DECISION_CREATED", data: { startDate: period.startDate, endDate: period.endDate, level: input.level } } },
      },
    });
    await audit(tx, {
      actorId: actor.userId,
      supplierId: supplier.id,
      action: "decision.created",
      entityType: "Decision",
      entityId: decision.id,
      after: {
        implementationReference: reference, participantId: participant.id, supplierId: supplier.id, unitId: unit.id, level: input.level,
        serviceVersion: input.serviceVersion, participationRate: input.participationRate, startDate: period.startDate, endDate: period.endDate,
        interpreterNeeded: input.interpreterNeeded, interpreterLanguage: decision.interpreterLanguage, languageSupportNeeded: input.languageSupportNeeded,
      },
    });
    return decision.id;
  });
  return resultId;
}

export async function registerInterruption(actor: Actor, input: z.output<typeof registerInterruptionInput>, today = clockToday()) {
  assertOfficer(actor);
  return db.$transaction(async (tx) => {
    const d = await loadForUpdate(tx, input.decisionId);
    const check = validateInterruption(decisionFacts(d), input.date, today);
    if (!check.ok) throw new RuleError(check.message, "date");
    const at = now();
    const interruption = await tx.interruption.create({
      data: { decisionId: d.id, date: fromIsoDate(input.date), reason: input.reason, registeredAt: at, registeredById: actor.userId },
    });
    await tx.decisionEvent.create({ data: { decisionId: d.id, at, actorId: actor.userId, type: "INTERRUPTION_REGISTERED", data: { date: input.date, reason: input.reason, planned: input.date > today } } });
    await audit(tx, {
      actorId: actor.userId, supplierId: d.supplierId, action: "interruption.registered", entityType: "Interruption", entityId: interruption.id,
      after: { decisionId: d.id, date: input.date, reason: input.reason },
    });
    return interruption;
  });
}

export async function withdrawInterruption(actor: Actor, interruptionId: string, today = clockToday()) {
  assertOfficer(actor);
  return db.$transaction(async (tx) => {
    const found = await tx.interruption.findUnique({ where: { id: interruptionId } });
    if (!found) throw new NotFoundError("Avbrottet finns inte.");
    await loadForUpdate(tx, found.decisionId);
    const interruption = await tx.interruption.findUniqueOrThrow({ where: { id: interruptionId } });
    const check = validateWithdrawal({ date: toIsoDate(interruption.date), withdrawn: interruption.withdrawnAt !== null }, today);
    if (!check.ok) throw new RuleError(check.message);
    const at = now();
    await tx.interruption.update({ where: { id: interruption.id }, data: { withdrawnAt: at, withdrawnById: actor.userId } });
    const decision = await tx.decision.findUniqueOrThrow({ where: { id: interruption.decisionId }, select: { supplierId: true } });
    await tx.decisionEvent.create({ data: { decisionId: interruption.decisionId, at, actorId: actor.userId, type: "INTERRUPTION_WITHDRAWN", data: { date: toIsoDate(interruption.date), reason: interruption.reason } } });
    await audit(tx, {
      actorId: actor.userId, supplierId: decision.supplierId, action: "interruption.withdrawn", entityType: "Interruption", entityId: interruption.id,
      before: { date: toIsoDate(interruption.date), reason: interruption.reason, withdrawn: false }, after: { withdrawn: true },
    });
  });
}

export async function grantSecondPeriod(actor: Actor, decisionId: string, today = clockToday()) {
  assertOfficer(actor);
  return db.$transaction(async (tx) => {
    const d = await loadForUpdate(tx, decisionId);
    const res = grantPeriod2(decisionFacts(d), today, await placementResultStatus(d.id, tx));
    if (!res.ok) throw new RuleError(res.message);
    const at = now();
    const period = await tx.period.create({
      data: {
        decisionId: d.id, number: 2, startDate: fromIsoDate(res.value.startDate), endDate: fromIsoDate(res.value.endDate),
        originalEndDate: fromIsoDate(res.value.endDate), grantedAt: at, grantedById: actor.userId,
      },
    });
    await tx.decisionEvent.create({ data: { decisionId: d.id, at, actorId: actor.userId, type: "PERIOD_GRANTED", data: { number: 2, startDate: res.value.startDate, endDate: res.value.endDate } } });
    await audit(tx, {
      actorId: actor.userId, supplierId: d.supplierId, action: "period.granted", entityType: "Period", entityId: period.id,
      after: { decisionId: d.id, number: 2, startDate: res.value.startDate, endDate: res.value.endDate },
    });
    return period;
  });
}

export async function changePeriodEnd(actor: Actor, input: z.output<typeof changePeriodEndInput>, today = clockToday()) {
  assertOfficer(actor);
  return db.$transaction(async (tx) => {
    const found = await tx.period.findUnique({ where: { id: input.periodId } });
    if (!found) throw new NotFoundError("Perioden finns inte.");
    const d = await loadForUpdate(tx, found.decisionId);
    const period = d.periods.find((p) => p.id === found.id)!;
    const check = validatePeriodEndChange(decisionFacts(d), period.number, input.endDate, today);
    if (!check.ok) throw new RuleError(check.message, "endDate");
    const before = toIsoDate(period.endDate);
    await tx.period.update({ where: { id: period.id }, data: { endDate: fromIsoDate(input.endDate) } });
    await adjustBaseOrderToPeriod(tx, { periodId: period.id, today, actorId: actor.userId });
    const at = now();
    await tx.decisionEvent.create({ data: { decisionId: d.id, at, actorId: actor.userId, type: "PERIOD_END_CHANGED", data: { number: period.number, previousEndDate: before, endDate: input.endDate } } });
    await audit(tx, {
      actorId: actor.userId, supplierId: d.supplierId, action: "period.end-changed", entityType: "Period", entityId: period.id,
      before: { endDate: before }, after: { endDate: input.endDate },
    });
  });
}

/** Level never changes after the decision: there is deliberately no function that changes it. */
export const LEVEL_IS_IMMUTABLE = true;
