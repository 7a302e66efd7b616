// The benchmarks' seed: one supplier (3 units, 20 staff) with `participants` placements
// spread over every state, with handledare, events, base orders and delivered lines, made
// with the tests' factories and bulk inserts. Shared by `npm run bench` (function level) and
// `npm run bench:http` (pages), so both measure the same data.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decisionState, type DecisionState } from "@/features/decisions/rules";
import { addCalendarDays, fromIsoDate, nextDay, periodEnd, serviceLimit } from "@/features/decisions/periods";
import { monthlyLines } from "@/features/orders/lines";
import { makeOfficer, makeStaff, makeSupplier } from "@/tests/support/factories";
import { prng } from "@/features/demo/people";

const CHUNK = 1000;

const ms = (t0: number) => performance.now() - t0;

async function insertMany<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
  return rows.length;
}

const FIRST_NAMES = ["Anna", "Erik", "Åsa", "Lars", "Maria", "Johan", "Fatima", "Mohammed", "Elin", "Oskar", "Sara", "Ali", "Karin", "Björn", "Ölvir", "Ida", "Yusuf", "Linnea", "Mats", "Aisha", "Per", "Zeynep", "Emil", "Hanna"];
const LAST_NAMES = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Ahmed", "Hassan", "Öberg", "Åkesson", "Lindqvist", "Ekström", "Yilmaz", "Berg", "Lund", "Holm", "Ängström", "Wikström", "Sandberg", "Mohamud"];

export interface BenchSeedOptions {
  name: string;
  participants: number;
  seed: number;
  /** distinguishes the suppliers of one run (personnummer, references, order numbers) */
  index: number;
  today: string;
  now: Date;
  officer?: { id: string };
}

export async function seedBenchSupplier(opts: BenchSeedOptions) {
  const today = opts.today;
  const nowInstant = opts.now;
  const rand = prng(opts.seed);
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  function daysSince(date: string): number {
    return Math.max(1, Math.round((fromIsoDate(today).getTime() - fromIsoDate(date).getTime()) / 86_400_000));
  }
  // Organisation, through the tests' factories (a handful of rows).
  const { supplier, units } = await makeSupplier({ name: opts.name, serviceVersion: "ROM2", units: 3 });
  const unitIds = units.map((u) => u.id);
  const officer = opts.officer ?? (await makeOfficer());
  const admin = await makeStaff({ supplierId: supplier.id, permissions: ["ADMINISTER_PERMISSIONS", "RECEIVE_PARTICIPANTS", "REPORTING"], allUnits: true });
  const receiver = await makeStaff({ supplierId: supplier.id, permissions: ["RECEIVE_PARTICIPANTS"], allUnits: true });
  // Two handledare without participants, for the write loop (the RoM2 cap is 50 each).
  const benchHandledare = [
    await makeStaff({ supplierId: supplier.id, permissions: ["REPORTING"], allUnits: true }),
    await makeStaff({ supplierId: supplier.id, permissions: ["REPORTING"], allUnits: true }),
  ];
  // Sixteen handledare at one unit each, every fourth also at the next unit.
  const handledare: { id: string; name: string; unitIds: string[] }[] = [];
  for (let j = 0; j < 16; j++) {
    const their = j % 4 === 0 ? [unitIds[j % 3], unitIds[(j + 1) % 3]] : [unitIds[j % 3]];
    const s = await makeStaff({ supplierId: supplier.id, permissions: ["REPORTING"], unitIds: their });
    handledare.push({ id: s.user.id, name: s.user.name, unitIds: their });
  }
  const staffCount = 4 + handledare.length;
  const byUnit = new Map(unitIds.map((u) => [u, handledare.filter((h) => h.unitIds.includes(u))]));
  const nextOfUnit = new Map(unitIds.map((u) => [u, 0]));
  const handledareFor = (unitId: string) => {
    const list = byUnit.get(unitId)!;
    const i = nextOfUnit.get(unitId)!;
    nextOfUnit.set(unitId, i + 1);
    return list[i % list.length];
  };

  // Placements, generated in memory and inserted with createMany.
  const participants: Prisma.ParticipantCreateManyInput[] = [];
  const decisions: Prisma.DecisionCreateManyInput[] = [];
  const periods: Prisma.PeriodCreateManyInput[] = [];
  const assignments: Prisma.HandledareAssignmentCreateManyInput[] = [];
  const interruptions: Prisma.InterruptionCreateManyInput[] = [];
  const events: Prisma.DecisionEventCreateManyInput[] = [];
  const orders: Prisma.OrderCreateManyInput[] = [];
  const orderLines: Prisma.OrderLineCreateManyInput[] = [];
  const stateCount = new Map<DecisionState, number>();
  const unassignedNew: string[] = [];

  const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, "0")}:00:00Z`);
  const notAfterNow = (d: Date) => (d.getTime() > nowInstant.getTime() - 3_600_000 ? new Date(nowInstant.getTime() - 3_600_000) : d);
  const PRICE = { A: 30_000, B: 35_000, C: 40_000 } as const;
  const thisMonth = `${today.slice(0, 7)}-01`;
  let orderSeq = 0;

  type Kind = "new" | "active" | "period2" | "interrupted" | "planned" | "ended" | "completed";
  const SPREAD: [Kind, number][] = [["new", 0.1], ["active", 0.4], ["period2", 0.12], ["interrupted", 0.08], ["planned", 0.03], ["ended", 0.07], ["completed", 0.2]];
  function kindOf(): Kind {
    let r = rand();
    for (const [k, share] of SPREAD) if ((r -= share) < 0) return k;
    return "active";
  }

  for (let i = 0; i < opts.participants; i++) {
    const kind = kindOf();
    const unitId = unitIds[rand() < 0.5 ? 0 : rand() < 0.6 ? 1 : 2];
    const level = pick(["A", "B", "C"] as const);
    const participantId = randomUUID();
    const decisionId = randomUUID();

    // Period 1 start and the decision date, by kind.
    let start: string;
    let decidedOn: string;
    if (kind === "new") {
      decidedOn = addCalendarDays(today, -between(0, 12));
      start = addCalendarDays(decidedOn, between(0, 14));
    } else {
      const daysAgo = {
        active: between(0, 170),
        period2: between(185, 330),
        interrupted: between(30, 170),
        planned: between(10, 150),
        ended: between(182 + 1, 182 + 28),
        completed: between(400, 900),
      }[kind];
      start = addCalendarDays(today, -daysAgo);
      decidedOn = addCalendarDays(start, -between(3, 10));
    }
    const decidedAt = notAfterNow(at(decidedOn, 8));
    const p1End = periodEnd(start);
    const p1Id = randomUUID();

    participants.push({
      id: participantId,
      personalIdentityNumber: String(100_000_000_000 + opts.index * 1_000_000 + i),
      firstName: pick(FIRST_NAMES),
      lastName: pick(LAST_NAMES),
    });
    decisions.push({
      id: decisionId,
      implementationReference: `BENCH-${opts.index}-${String(i + 1).padStart(7, "0")}`,
      participantId,
      supplierId: supplier.id,
      unitId,
      level,
      serviceVersion: "ROM2",
      participationRate: pick([25, 50, 75, 100, 100]),
      interpreterNeeded: i % 17 === 0,
      interpreterLanguage: i % 17 === 0 ? "arabiska" : null,
      decidedAt,
      decidedById: officer.id,
      firstMeetingDate: kind === "new" ? null : fromIsoDate(addCalendarDays(start, between(1, 10))),
    });
    periods.push({ id: p1Id, decisionId, number: 1, startDate: fromIsoDate(start), endDate: fromIsoDate(p1End), originalEndDate: fromIsoDate(p1End), grantedAt: decidedAt, grantedById: officer.id });
    events.push({ decisionId, at: decidedAt, type: "DECISION_CREATED", data: { startDate: start, endDate: p1End, level } });
    const facts = { periods: [{ number: 1, startDate: start, endDate: p1End }], interruptions: [] as { date: string; withdrawn: boolean }[], hasHandledare: false };

    // Period 2: from the day after period 1, granted shortly before it ends; half still
    // waiting for the supplier to confirm the handledare (they show on "Nya deltagare").
    const withPeriod2 = kind === "period2" || (kind === "completed" && rand() < 0.5);
    let p2: { id: string; start: string; end: string; grantedAt: Date } | null = null;
    if (withPeriod2) {
      const p2Start = nextDay(p1End);
      const limit = serviceLimit(start);
      const p2End = periodEnd(p2Start) < limit ? periodEnd(p2Start) : limit;
      p2 = { id: randomUUID(), start: p2Start, end: p2End, grantedAt: notAfterNow(at(addCalendarDays(p1End, -between(2, 20)), 9)) };
      const confirmed = kind === "completed" || rand() < 0.5;
      periods.push({
        id: p2.id, decisionId, number: 2, startDate: fromIsoDate(p2Start), endDate: fromIsoDate(p2End), originalEndDate: fromIsoDate(p2End),
        grantedAt: p2.grantedAt, grantedById: officer.id, handledareConfirmedAt: confirmed ? p2.grantedAt : null,
      });
      events.push({ decisionId, at: p2.grantedAt, type: "PERIOD_GRANTED", data: { number: 2, startDate: p2Start, endDate: p2End } });
      facts.periods.push({ number: 2, startDate: p2Start, endDate: p2End });
    }
    const lastEnd = p2?.end ?? p1End;

    // Handledare: everyone but the new ones has one; a fifth had an earlier one; the
    // completed ones' assignment ended with the placement.
    if (kind !== "new") {
      const first = handledareFor(unitId);
      let assignedAt = notAfterNow(at(addCalendarDays(decidedOn, between(1, 9)), 10));
      let previous: { id: string; name: string } | null = null;
      if (rand() < 0.2 && addCalendarDays(decidedOn, 40) < today) {
        previous = first;
        const endedAt = at(addCalendarDays(decidedOn, between(20, 39)), 11);
        assignments.push({ decisionId, handledareId: first.id, assignedAt, assignedById: receiver.user.id, endedAt, endedById: receiver.user.id });
        events.push({ decisionId, at: assignedAt, type: "HANDLEDARE_ASSIGNED", data: { handledareId: first.id, handledareName: first.name, previousName: null } });
        assignedAt = endedAt;
      }
      const h = previous ? handledareFor(unitId) : first;
      const ended = kind === "completed" ? at(lastEnd, 16) : null;
      assignments.push({ decisionId, handledareId: h.id, assignedAt, assignedById: receiver.user.id, endedAt: ended, endedById: ended ? admin.user.id : null });
      events.push({ decisionId, at: assignedAt, type: "HANDLEDARE_ASSIGNED", data: { handledareId: h.id, handledareName: h.name, previousName: previous?.name ?? null } });
      facts.hasHandledare = ended === null;
    }

    // Interruptions: in force from a past date, or planned for a coming one (never backdated).
    if (kind === "interrupted" || kind === "planned") {
      const date = kind === "interrupted" ? addCalendarDays(today, -between(1, Math.min(20, daysSince(start)))) : addCalendarDays(today, between(3, 30));
      const registeredAt = notAfterNow(at(addCalendarDays(date < today ? date : today, -between(0, 3)), 9));
      const reason = pick(["WORK", "STUDIES", "ILLNESS", "OTHER"] as const);
      interruptions.push({ decisionId, date: fromIsoDate(date), reason, registeredAt, registeredById: officer.id });
      events.push({ decisionId, at: registeredAt, type: "INTERRUPTION_REGISTERED", data: { date, reason, planned: date > today } });
      facts.interruptions.push({ date, withdrawn: false });
    }

    // Base orders for about two thirds of the started periods, earlier months delivered.
    for (const period of [{ id: p1Id, start, end: p1End }, ...(p2 ? [{ id: p2.id, start: p2.start, end: p2.end }] : [])]) {
      if (period.start > today || rand() > 0.66) continue;
      const orderId = randomUUID();
      orders.push({
        id: orderId, orderNumber: `IO-${period.start.slice(0, 4)}-${opts.index}-${String(++orderSeq).padStart(8, "0")}`, decisionId, periodId: period.id, kind: "BASE",
        createdAt: notAfterNow(at(addCalendarDays(period.start, between(5, 20)), 12)),
      });
      monthlyLines({ startDate: period.start, endDate: period.end }).forEach((l, n) => {
        const delivered = l.month < thisMonth && rand() < 0.8;
        orderLines.push({
          orderId, lineNumber: n + 1, article: "BASE_PER_DAY", month: fromIsoDate(l.month), quantityDays: l.days, unitPriceOre: PRICE[level],
          amountOre: l.days * PRICE[level], state: delivered ? "DELIVERED" : "OPEN", deliveredAt: delivered ? at(addCalendarDays(l.to, 5), 12) : null,
        });
      });
    }

    const state = decisionState(facts, today);
    stateCount.set(state, (stateCount.get(state) ?? 0) + 1);
    if (state === "new") unassignedNew.push(decisionId);
  }


  const inserted: [string, number][] = [];
  const tBulk = performance.now();
  inserted.push(["Participant", await insertMany(participants, (data) => db.participant.createMany({ data }))]);
  inserted.push(["Decision", await insertMany(decisions, (data) => db.decision.createMany({ data }))]);
  inserted.push(["Period", await insertMany(periods, (data) => db.period.createMany({ data }))]);
  inserted.push(["HandledareAssignment", await insertMany(assignments, (data) => db.handledareAssignment.createMany({ data }))]);
  inserted.push(["Interruption", await insertMany(interruptions, (data) => db.interruption.createMany({ data }))]);
  events.sort((x, y) => (x.at as Date).getTime() - (y.at as Date).getTime());
  inserted.push(["DecisionEvent", await insertMany(events, (data) => db.decisionEvent.createMany({ data }))]);
  inserted.push(["Order", await insertMany(orders, (data) => db.order.createMany({ data }))]);
  inserted.push(["OrderLine", await insertMany(orderLines, (data) => db.orderLine.createMany({ data }))]);
  const bulkMs = ms(tBulk);
  return { supplier, units, unitIds, officer, admin, receiver, benchHandledare, handledare, staffCount, stateCount, unassignedNew, inserted, bulkMs, thisMonth };
}
