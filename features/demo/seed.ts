// Demo data for Mina sidor för fristående aktörer: two suppliers, five performing units,
// the accounts listed in DEMO_ACCOUNTS and about sixty participants whose decisions are
// spread over every state the screens show. Deterministic: the same `today` gives the
// same data, and dates are relative to `today` so the states stay right whenever the
// demo is started. Does nothing when any supplier exists.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { ACCOUNTS, AREAS, DEMO_PASSWORD, SUPPLIERS, UNITS, type SupplierKey, type UnitKey } from "./organisation";
import { planDecisions, type PlannedDecision } from "./scenarios";
import { assertDemoDataValid } from "./validate";
import { seedHistory } from "./history";
import { examplePriceRows } from "./prices";
import { seedApprovedPlannings } from "./plannings";
import { dateOnly, minusDays, sixMonthsEnd, swedishInstant } from "./dates";

export { DEMO_PASSWORD, DEMO_ACCOUNTS } from "./organisation";
export { dateOnly } from "./dates";
export { luhnCheckDigit } from "@/lib/validation/luhn";

/** RoM2 cap: at most 50 participants at a time per handledare. */
const MAX_ACTIVE_PER_HANDLEDARE_ROM2 = 50;

type Tx = Prisma.TransactionClient;

export async function seedDemoData(db: Db, opts: { today: string; history?: boolean }): Promise<{ created: boolean }> {
  if ((await db.supplier.count()) > 0) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const plan = planDecisions(opts.today);
  assertDemoDataValid(plan);
  checkHandledareCap(plan);
  const base = await db.$transaction(
    async (tx) => {
      if ((await tx.supplier.count()) > 0) return { created: false };
      const ids = await createOrganisations(tx, passwordHash, opts.today);
      await tx.priceListEntry.createMany({
        data: examplePriceRows().map((p) => ({ ...p, validFrom: dateOnly(p.validFrom) })),
      });
      await createDecisions(tx, plan, ids);
      await seedApprovedPlannings(tx, opts.today);
      return { created: true };
    },
    { timeout: 120_000 },
  );
  // Then the history, through the portal's own services (each in its own transaction).
  if (base.created && opts.history !== false) await seedHistory(db, opts.today);
  return base;
}

interface Ids {
  supplier: Record<SupplierKey, string>;
  unit: Record<UnitKey, string>;
  user: Map<string, string>; // e-mail → id
}

async function createOrganisations(tx: Tx, passwordHash: string, today: string): Promise<Ids> {
  const area = Object.fromEntries(AREAS.map((a) => [a.key, randomUUID()])) as Record<string, string>;
  await tx.deliveryArea.createMany({ data: AREAS.map((a) => ({ id: area[a.key], code: a.code, name: a.name })) });

  const supplier = {} as Record<SupplierKey, string>;
  for (const s of SUPPLIERS) {
    supplier[s.key] = randomUUID();
    await tx.supplier.create({
      data: {
        id: supplier[s.key],
        name: s.name,
        orgNumber: s.orgNumber,
        serviceVersion: s.serviceVersion,
        deliveryAreas: { connect: s.areas.map((k) => ({ id: area[k] })) },
      },
    });
  }

  const unit = Object.fromEntries(UNITS.map((u) => [u.key, randomUUID()])) as Record<UnitKey, string>;
  await tx.performingUnit.createMany({
    data: UNITS.map(({ key, supplier: s, area: a, ...address }) => ({
      id: unit[key],
      supplierId: supplier[s],
      deliveryAreaId: area[a],
      ...address,
    })),
  });

  const user = new Map(ACCOUNTS.map((a) => [a.email, randomUUID()]));
  await tx.user.createMany({
    data: ACCOUNTS.map((a) => ({ id: user.get(a.email)!, email: a.email.toLowerCase(), name: a.name, phone: a.phone ?? null, kind: a.kind, passwordHash, active: true })),
  });

  const memberships: Prisma.MembershipCreateManyInput[] = [];
  const membershipUnits: Prisma.MembershipUnitCreateManyInput[] = [];
  for (const a of ACCOUNTS) {
    for (const m of a.memberships) {
      const id = randomUUID();
      const active = m.active !== false;
      memberships.push({
        id,
        userId: user.get(a.email)!,
        supplierId: supplier[m.supplier],
        permissions: m.permissions,
        allUnits: m.allUnits === true,
        active,
        deactivatedAt: active ? null : swedishInstant(minusDays(today, 30), 15),
        acceptedAt: swedishInstant(minusDays(today, 60), 9),
      });
      for (const u of m.units ?? []) membershipUnits.push({ membershipId: id, unitId: unit[u] });
    }
  }
  await tx.membership.createMany({ data: memberships });
  await tx.membershipUnit.createMany({ data: membershipUnits });
  return { supplier, unit, user };
}

async function createDecisions(tx: Tx, plan: PlannedDecision[], ids: Ids): Promise<void> {
  const userId = (email: string) => {
    const id = ids.user.get(email);
    if (!id) throw new Error(`Demo: okänt konto ${email}`);
    return id;
  };
  const participants: Prisma.ParticipantCreateManyInput[] = [];
  const decisions: Prisma.DecisionCreateManyInput[] = [];
  const periods: Prisma.PeriodCreateManyInput[] = [];
  const assignments: Prisma.HandledareAssignmentCreateManyInput[] = [];
  const interruptions: Prisma.InterruptionCreateManyInput[] = [];
  const events: Prisma.AuditEventCreateManyInput[] = [];

  for (const d of plan) {
    const supplierKey = d.unit.supplier;
    const supplierId = ids.supplier[supplierKey];
    const unitId = ids.unit[d.unit.key];
    const serviceVersion = SUPPLIERS.find((s) => s.key === supplierKey)!.serviceVersion;
    const officerId = userId(d.officer);
    const participantId = randomUUID();
    const decisionId = randomUUID();
    participants.push({ id: participantId, ...d.participant });
    decisions.push({
      id: decisionId,
      implementationReference: d.implementationReference,
      participantId,
      supplierId,
      unitId,
      level: d.level,
      serviceVersion,
      participationRate: d.participationRate,
      interpreterNeeded: d.interpreterLanguage !== null,
      interpreterLanguage: d.interpreterLanguage,
      languageSupportNeeded: d.languageSupportNeeded,
      decidedAt: d.decidedAt,
      decidedById: officerId,
      firstMeetingDate: d.firstMeetingDate ? dateOnly(d.firstMeetingDate) : null,
    });
    events.push({
      at: d.decidedAt,
      actorId: officerId,
      supplierId,
      action: "decision.created",
      entityType: "Decision",
      entityId: decisionId,
      after: { level: d.level, unitId, startDate: d.start, implementationReference: d.implementationReference },
    });

    const end1 = sixMonthsEnd(d.start);
    periods.push({
      decisionId,
      number: 1,
      startDate: dateOnly(d.start),
      endDate: dateOnly(end1),
      originalEndDate: dateOnly(end1),
      grantedAt: d.decidedAt,
      grantedById: officerId,
    });
    if (d.period2) {
      const end2 = sixMonthsEnd(d.period2.start);
      const grantedById = userId(d.period2.grantedBy);
      const periodId = randomUUID();
      periods.push({
        id: periodId,
        decisionId,
        number: 2,
        startDate: dateOnly(d.period2.start),
        endDate: dateOnly(end2),
        originalEndDate: dateOnly(end2),
        grantedAt: d.period2.grantedAt,
        grantedById,
        // A handledare confirmed for period 2 when it was granted, or not yet (Nya deltagare asks for it).
        handledareConfirmedAt: d.period2.handledareConfirmed && d.assignments.some((a) => a.endedAt === null) ? d.period2.grantedAt : null,
      });
      events.push({
        at: d.period2.grantedAt,
        actorId: grantedById,
        supplierId,
        action: "period.granted",
        entityType: "Period",
        entityId: periodId,
        after: { decisionId, number: 2, startDate: d.period2.start, endDate: end2 },
      });
    }

    let previous: string | null = null;
    for (const a of d.assignments) {
      const id = randomUUID();
      const handledareId = userId(a.handledare);
      const assignedById = userId(a.assignedBy);
      assignments.push({
        id,
        decisionId,
        handledareId,
        assignedAt: a.assignedAt,
        assignedById,
        endedAt: a.endedAt,
        endedById: a.endedBy ? userId(a.endedBy) : null,
      });
      events.push({
        at: a.assignedAt,
        actorId: assignedById,
        supplierId,
        action: "handledare.assigned",
        entityType: "HandledareAssignment",
        entityId: id,
        ...(previous ? { before: { handledareId: previous } } : {}),
        after: { decisionId, handledareId },
      });
      previous = handledareId;
    }

    if (d.interruption) {
      const id = randomUUID();
      const registeredById = userId(d.interruption.registeredBy);
      interruptions.push({
        id,
        decisionId,
        date: dateOnly(d.interruption.date),
        reason: d.interruption.reason,
        registeredAt: d.interruption.registeredAt,
        registeredById,
      });
      events.push({
        at: d.interruption.registeredAt,
        actorId: registeredById,
        supplierId,
        action: "interruption.registered",
        entityType: "Interruption",
        entityId: id,
        after: { decisionId, date: d.interruption.date, reason: d.interruption.reason },
      });
    }
  }

  await tx.participant.createMany({ data: participants });
  await tx.decision.createMany({ data: decisions });
  await tx.period.createMany({ data: periods });
  await tx.handledareAssignment.createMany({ data: assignments });
  await tx.interruption.createMany({ data: interruptions });
  events.sort((x, y) => (x.at as Date).getTime() - (y.at as Date).getTime());
  await tx.auditEvent.createMany({ data: events });
  await tx.decisionEvent.createMany({ data: supplierVisibleEvents(events, periods, new Map(ACCOUNTS.map((a) => [userId(a.email), a.name]))) });
}

function checkHandledareCap(plan: PlannedDecision[]): void {
  const load = new Map<string, number>();
  for (const d of plan) {
    if (SUPPLIERS.find((s) => s.key === d.unit.supplier)!.serviceVersion !== "ROM2") continue;
    for (const a of d.assignments) if (a.endedAt === null) load.set(a.handledare, (load.get(a.handledare) ?? 0) + 1);
  }
  for (const [email, n] of load) {
    if (n > MAX_ACTIVE_PER_HANDLEDARE_ROM2) throw new Error(`Demo: ${email} skulle få ${n} deltagare (högst ${MAX_ACTIVE_PER_HANDLEDARE_ROM2}).`);
  }
}

/** The participant's event log as the supplier sees it, derived from the audit trail of the demo story. */
function supplierVisibleEvents(
  audit: Prisma.AuditEventCreateManyInput[],
  periods: Prisma.PeriodCreateManyInput[],
  names: Map<string, string>,
): Prisma.DecisionEventCreateManyInput[] {
  const out: Prisma.DecisionEventCreateManyInput[] = [];
  for (const e of audit) {
    const after = (e.after ?? {}) as Record<string, unknown>;
    const at = e.at as Date;
    if (e.action === "decision.created") {
      const p1 = periods.find((p) => p.decisionId === e.entityId && p.number === 1)!;
      out.push({ decisionId: e.entityId as string, at, type: "DECISION_CREATED", data: { startDate: after.startDate as string, endDate: (p1.endDate as Date).toISOString().slice(0, 10), level: after.level as string } });
    } else if (e.action === "period.granted") {
      out.push({ decisionId: after.decisionId as string, at, type: "PERIOD_GRANTED", data: { number: after.number as number, startDate: after.startDate as string, endDate: after.endDate as string } });
    } else if (e.action === "handledare.assigned") {
      const id = after.handledareId as string;
      out.push({ decisionId: after.decisionId as string, at, type: "HANDLEDARE_ASSIGNED", data: { handledareId: id, handledareName: names.get(id) ?? "" } });
    } else if (e.action === "interruption.registered") {
      out.push({ decisionId: after.decisionId as string, at, type: "INTERRUPTION_REGISTERED", data: { date: after.date as string, reason: after.reason as string, planned: (after.date as string) > at.toISOString().slice(0, 10) } });
    }
  }
  return out;
}
