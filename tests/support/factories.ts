// Factory functions for integration tests: real rows in the test file's own database.
import { luhnCheckDigit } from "@/lib/validation/luhn";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Permission, ServiceVersion } from "@/lib/generated/prisma/client";
import { createSession } from "@/lib/auth/session-store";
import { loadActorState } from "@/lib/authz/actor";
import type { Actor, StaffActor } from "@/lib/authz/permissions";
import { hashPassword } from "@/lib/auth/password";

let seq = 0;
const next = () => ++seq;

/** A unique organisation number with a valid check digit (as the forms and PEPPOL require). */
function validOrgNumber(n: number): string {
  const nine = String(559000000 + ((n * 7919 + Math.floor(Math.random() * 1000)) % 1_000_000));
  return `${nine}${luhnCheckDigit(nine)}`;
}

export async function makeSupplier(opts: { name?: string; serviceVersion?: ServiceVersion; units?: number } = {}) {
  const n = next();
  const area = await db.deliveryArea.create({ data: { code: `A${n}-${randomUUID().slice(0, 6)}`, name: `Område ${n}` } });
  const supplier = await db.supplier.create({
    data: {
      name: opts.name ?? `Leverantör ${n}`,
      orgNumber: validOrgNumber(n),
      serviceVersion: opts.serviceVersion ?? "ROM2",
      deliveryAreas: { connect: { id: area.id } },
    },
  });
  const units = [];
  for (let i = 0; i < (opts.units ?? 2); i++) {
    units.push(
      await db.performingUnit.create({
        data: { supplierId: supplier.id, deliveryAreaId: area.id, name: `Enhet ${n}-${i + 1}`, street: "Gatan 1", postalCode: "111 11", city: "Stockholm", municipality: "Stockholm" },
      }),
    );
  }
  return { supplier, units, area };
}

export const TEST_PASSWORD = "Testlösenord-123";
let cachedHash: string | null = null;
async function passwordHash() {
  cachedHash ??= await hashPassword(TEST_PASSWORD);
  return cachedHash;
}

export async function makeStaff(opts: {
  supplierId: string;
  permissions: Permission[];
  unitIds?: string[];
  allUnits?: boolean;
  email?: string;
  active?: boolean;
  withPassword?: boolean;
}) {
  const n = next();
  const user = await db.user.create({
    data: {
      email: opts.email ?? `person${n}-${randomUUID().slice(0, 6)}@test.example.se`,
      name: `Person ${n}`,
      kind: "SUPPLIER_STAFF",
      passwordHash: opts.withPassword === false ? null : await passwordHash(),
    },
  });
  // Someone without a password is someone invited who has not yet accepted.
  const membership = await addMembership(user.id, { ...opts, pending: opts.withPassword === false });
  return { user, membership };
}

export async function addMembership(userId: string, opts: { supplierId: string; permissions: Permission[]; unitIds?: string[]; allUnits?: boolean; active?: boolean; pending?: boolean }) {
  return db.membership.create({
    data: {
      userId,
      acceptedAt: opts.pending ? null : new Date(),
      supplierId: opts.supplierId,
      permissions: opts.permissions,
      allUnits: opts.allUnits ?? false,
      active: opts.active ?? true,
      units: { create: (opts.unitIds ?? []).map((unitId) => ({ unitId })) },
    },
  });
}

export async function makeOfficer() {
  const n = next();
  return db.user.create({
    data: { email: `officer${n}-${randomUUID().slice(0, 6)}@af.example.se`, name: `Handläggare ${n}`, kind: "OFFICER", passwordHash: await passwordHash() },
  });
}

/** A signed-in actor, built exactly as a request would build it. */
export async function actorFor(userId: string, supplierId: string | null = null): Promise<Actor> {
  const session = await createSession(userId, supplierId);
  const state = await loadActorState(session.id);
  if (state.status !== "ok") throw new Error(`no actor: ${state.status}`);
  return state.actor;
}

export async function staffActor(userId: string, supplierId: string): Promise<StaffActor> {
  const actor = await actorFor(userId, supplierId);
  if (actor.kind !== "staff") throw new Error("not staff");
  return actor;
}

function isoDate(d: Date) {
  return new Date(`${d.toISOString().slice(0, 10)}T00:00:00Z`);
}

/** A decision with period 1 starting `startDate`; unassigned unless `handledareId`. */
export async function makeDecision(opts: { supplierId: string; unitId: string; officerId: string; startDate?: string; handledareId?: string; assignedById?: string }) {
  const n = next();
  const start = opts.startDate ?? new Date().toISOString().slice(0, 10);
  const participant = await db.participant.create({
    data: { personalIdentityNumber: `19900101${String(n).padStart(4, "0")}`, firstName: `Deltagare${n}`, lastName: `Efternamn${n}` },
  });
  const startDate = new Date(`${start}T00:00:00Z`);
  const end = new Date(startDate);
  end.setUTCMonth(end.getUTCMonth() + 6);
  end.setUTCDate(end.getUTCDate() - 1);
  const decision = await db.decision.create({
    data: {
      implementationReference: `TEST-${n}-${randomUUID().slice(0, 8)}`,
      participantId: participant.id,
      supplierId: opts.supplierId,
      unitId: opts.unitId,
      level: "B",
      serviceVersion: "ROM2",
      participationRate: 100,
      decidedAt: new Date(`${start}T08:00:00Z`),
      decidedById: opts.officerId,
      periods: { create: { number: 1, startDate, endDate: isoDate(end), originalEndDate: isoDate(end), grantedAt: new Date(`${start}T08:00:00Z`), grantedById: opts.officerId } },
    },
  });
  if (opts.handledareId) {
    await db.handledareAssignment.create({
      data: { decisionId: decision.id, handledareId: opts.handledareId, assignedAt: new Date(), assignedById: opts.assignedById ?? opts.handledareId },
    });
  }
  return { decision, participant };
}

// --- Placements with chosen names, level, service, dates, period 2 and interruption
// (participant list and export tests).
import { nextDay as isoNextDay, periodEnd as isoPeriodEnd, serviceLimit as isoServiceLimit } from "@/features/decisions/periods";

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function makePlacement(opts: {
  supplierId: string;
  unitId: string;
  officerId: string;
  /** period 1 start, YYYY-MM-DD */
  startDate: string;
  firstName?: string;
  lastName?: string;
  level?: "A" | "B" | "C";
  serviceVersion?: ServiceVersion;
  /** a current handledare */
  handledareId?: string;
  /** period 2 from the day after period 1 */
  secondPeriod?: boolean;
  /** an interruption in force from this date */
  interruptionDate?: string;
  /** the participant needs an interpreter speaking this language */
  interpreterLanguage?: string;
}) {
  const n = next();
  const participant = await db.participant.create({
    data: {
      personalIdentityNumber: `19800202${String(n).padStart(4, "0")}`,
      firstName: opts.firstName ?? `Deltagare${n}`,
      lastName: opts.lastName ?? `Efternamn${n}`,
    },
  });
  const p1End = isoPeriodEnd(opts.startDate);
  const periods = [{ number: 1, startDate: opts.startDate, endDate: p1End }];
  if (opts.secondPeriod) {
    const start = isoNextDay(p1End);
    const end = isoPeriodEnd(start);
    const limit = isoServiceLimit(opts.startDate);
    periods.push({ number: 2, startDate: start, endDate: end < limit ? end : limit });
  }
  const decidedAt = new Date(`${opts.startDate}T08:00:00Z`);
  const decision = await db.decision.create({
    data: {
      implementationReference: `PL-${n}-${randomUUID().slice(0, 8)}`,
      participantId: participant.id,
      supplierId: opts.supplierId,
      unitId: opts.unitId,
      level: opts.level ?? "B",
      serviceVersion: opts.serviceVersion ?? "ROM2",
      participationRate: 100,
      interpreterNeeded: opts.interpreterLanguage !== undefined,
      interpreterLanguage: opts.interpreterLanguage ?? null,
      decidedAt,
      decidedById: opts.officerId,
      periods: {
        create: periods.map((p) => ({
          number: p.number,
          startDate: utcDate(p.startDate),
          endDate: utcDate(p.endDate),
          originalEndDate: utcDate(p.endDate),
          grantedAt: p.number === 1 ? decidedAt : new Date(`${p.startDate}T08:00:00Z`),
          grantedById: opts.officerId,
        })),
      },
    },
  });
  if (opts.handledareId) {
    await db.handledareAssignment.create({
      data: { decisionId: decision.id, handledareId: opts.handledareId, assignedAt: decidedAt, assignedById: opts.handledareId },
    });
  }
  if (opts.interruptionDate) {
    await db.interruption.create({
      data: { decisionId: decision.id, date: utcDate(opts.interruptionDate), reason: "WORK", registeredAt: decidedAt, registeredById: opts.officerId },
    });
  }
  return { decision, participant };
}
