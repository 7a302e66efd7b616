// The read model the lists page on is stored by database triggers; these tests prove that
// what is stored equals what the pure rules derive, for the demo's every state and for
// random histories (periods, period 2, interruptions planned, in force and withdrawn,
// handledare changes, reports sent and drafted, orders delivered, invoiced and credited).
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db, dbHandle } from "@/lib/db";
import { swedishDateOf } from "@/lib/clock";
import { seedDemoData } from "@/features/demo/seed";
import { pageSelect } from "@/features/orders/order-list";
import { orderPageRows } from "@/features/orders/order-page-rows";
import { prng } from "@/features/demo/people";
import { addCalendarDays, fromIsoDate, nextDay, periodEnd, toIsoDate } from "@/features/decisions/periods";
import { placementReadModel } from "@/features/decisions/read-model";
import { reportMonths } from "@/features/periodic-reports/rules";
import { monthlyLines } from "@/features/orders/lines";
import { deliveryPeriod, orderFacts } from "@/features/orders/order-facts";
import { invoiceableDays } from "@/features/orders/invoicing-rules";
import { orderState } from "@/features/orders/order-labels";
import { makeOfficer, makeStaff, makeSupplier } from "@/tests/support/factories";

const TODAY = "2026-05-31";
const iso = (d: Date | null) => (d ? toIsoDate(d) : null);

async function randomHistories(n: number, seed: number) {
  const rand = prng(seed);
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const { supplier, units } = await makeSupplier({ name: `Slump ${seed} AB`, serviceVersion: "ROM2", units: 2 });
  const officer = await makeOfficer();
  const staff = [
    await makeStaff({ supplierId: supplier.id, permissions: ["REPORTING"], allUnits: true }),
    await makeStaff({ supplierId: supplier.id, permissions: ["REPORTING"], allUnits: true }),
  ];
  for (let i = 0; i < n; i++) {
    const start = addCalendarDays(TODAY, -between(-20, 420));
    const decidedAt = new Date(`${addCalendarDays(start, -between(0, 10))}T${String(between(0, 23)).padStart(2, "0")}:30:00Z`);
    const participant = await db.participant.create({
      data: { personalIdentityNumber: `19${String(seed).padStart(2, "0")}${String(i).padStart(8, "0")}`, firstName: ["Åsa", "Erik", "Öjvind", "Anna"][i % 4], lastName: ["Ek", "Åberg", "Zorn"][i % 3] },
    });
    const decision = await db.decision.create({
      data: {
        implementationReference: `RM-${seed}-${i}`, participantId: participant.id, supplierId: supplier.id, unitId: units[i % 2].id, level: "B",
        serviceVersion: "ROM2", participationRate: 100, decidedAt, decidedById: officer.id,
      },
    });
    const p1End = periodEnd(start);
    const p1 = await db.period.create({
      data: { decisionId: decision.id, number: 1, startDate: fromIsoDate(start), endDate: fromIsoDate(p1End), originalEndDate: fromIsoDate(p1End), grantedAt: decidedAt, grantedById: officer.id },
    });
    const periods = [{ id: p1.id, start, end: p1End }];
    if (rand() < 0.35) {
      const p2Start = nextDay(p1End);
      const p2End = periodEnd(p2Start);
      const p2 = await db.period.create({
        data: {
          decisionId: decision.id, number: 2, startDate: fromIsoDate(p2Start), endDate: fromIsoDate(p2End), originalEndDate: fromIsoDate(p2End),
          grantedAt: new Date(`${addCalendarDays(p1End, -between(1, 20))}T22:30:00Z`), grantedById: officer.id,
          handledareConfirmedAt: rand() < 0.5 ? new Date() : null,
        },
      });
      periods.push({ id: p2.id, start: p2Start, end: p2End });
    }
    if (rand() < 0.7) {
      const a = await db.handledareAssignment.create({
        data: { decisionId: decision.id, handledareId: staff[0].user.id, assignedAt: decidedAt, assignedById: staff[1].user.id },
      });
      if (rand() < 0.3) {
        await db.handledareAssignment.update({ where: { id: a.id }, data: { endedAt: new Date(), endedById: staff[1].user.id } });
        if (rand() < 0.6) await db.handledareAssignment.create({ data: { decisionId: decision.id, handledareId: staff[1].user.id, assignedAt: new Date(), assignedById: staff[1].user.id } });
      }
    }
    if (rand() < 0.4) {
      const last = periods[periods.length - 1];
      const date = addCalendarDays(last.start, between(0, 200));
      const it = await db.interruption.create({ data: { decisionId: decision.id, date: fromIsoDate(date), reason: "WORK", registeredAt: new Date(), registeredById: officer.id } });
      if (rand() < 0.3) await db.interruption.update({ where: { id: it.id }, data: { withdrawnAt: new Date(), withdrawnById: officer.id } });
    }
    if (rand() < 0.3) {
      // The officer moves the last period's end.
      const last = periods[periods.length - 1];
      const newEnd = addCalendarDays(last.end, between(-40, 25));
      await db.period.update({ where: { id: last.id }, data: { endDate: fromIsoDate(newEnd) } });
      last.end = newEnd;
    }
    for (const period of periods) {
      if (rand() < 0.3) continue;
      const order = await db.order.create({ data: { orderNumber: `RM-${seed}-${i}-${period.id.slice(0, 6)}`, decisionId: decision.id, periodId: period.id, kind: "BASE" } });
      let n = 0;
      const allInvoiced = rand() < 0.2;
      for (const l of monthlyLines({ startDate: period.start, endDate: period.end })) {
        const r = rand();
        const line = await db.orderLine.create({
          data: {
            orderId: order.id, lineNumber: ++n, article: "BASE_PER_DAY", month: fromIsoDate(l.month), quantityDays: l.days, unitPriceOre: 100, amountOre: l.days * 100,
            state: allInvoiced ? "INVOICED" : r < 0.5 ? "OPEN" : r < 0.75 ? "DELIVERED" : r < 0.9 ? "INVOICED" : "CREDITED",
          },
        });
        if (line.state !== "OPEN" && rand() < 0.5) {
          const inv = await db.invoice.create({
            data: { invoiceNumber: `F-${randomUUID()}`, kind: "INVOICE", orderLineId: line.id, issueDate: new Date(), dueDate: new Date(), quantityDays: 1, amountOre: 100, createdAt: new Date(), createdById: staff[0].user.id },
          });
          if (rand() < 0.4) {
            await db.invoice.create({
              data: { invoiceNumber: `K-${randomUUID()}`, kind: "CREDIT_NOTE", orderLineId: line.id, creditsInvoiceId: inv.id, issueDate: new Date(), dueDate: new Date(), quantityDays: 1, amountOre: -100, createdAt: new Date(), createdById: staff[0].user.id },
            });
          }
        }
      }
    }
    for (const month of ["2025-12-01", "2026-01-01", "2026-03-01", "2026-04-01", "2026-05-01"]) {
      const r = rand();
      if (r < 0.25) await db.periodicReport.create({ data: { decisionId: decision.id, month: fromIsoDate(month), submittedAt: new Date(), submittedById: staff[0].user.id, status: "RECEIVED" } });
      else if (r < 0.4) await db.periodicReport.create({ data: { decisionId: decision.id, month: fromIsoDate(month) } });
    }
  }
}

beforeAll(async () => {
  await seedDemoData(db, { today: TODAY });
  await randomHistories(80, 7);
  await randomHistories(80, 11);
}, 300_000);

describe("the stored read model equals the rules", () => {
  it("for every placement: service dates, interruption, handledare and the ten-day count", async () => {
    const decisions = await db.decision.findMany({ include: { participant: true, periods: true, interruptions: { orderBy: { registeredAt: "asc" } }, assignments: { where: { endedAt: null } } } });
    expect(decisions.length).toBeGreaterThan(200);
    const seen = new Set<string>();
    for (const d of decisions) {
      const expected = placementReadModel({
        decidedOn: swedishDateOf(d.decidedAt),
        periods: d.periods.map((p) => ({ number: p.number, startDate: toIsoDate(p.startDate), endDate: toIsoDate(p.endDate), grantedOn: swedishDateOf(p.grantedAt), handledareConfirmed: p.handledareConfirmedAt !== null })),
        interruptions: d.interruptions.map((i) => ({ date: toIsoDate(i.date), withdrawn: i.withdrawnAt !== null })),
        currentHandledareId: d.assignments[0]?.handledareId ?? null,
        participant: d.participant,
      });
      const stored = {
        serviceStart: iso(d.serviceStart), currentPeriodNumber: d.currentPeriodNumber, currentPeriodEnd: iso(d.currentPeriodEnd), interruptionDate: iso(d.interruptionDate),
        lastActiveDay: iso(d.lastActiveDay), currentHandledareId: d.currentHandledareId, needsHandledareSince: iso(d.needsHandledareSince),
        sortLastName: d.sortLastName, sortFirstName: d.sortFirstName,
      };
      expect(stored, d.implementationReference).toEqual(expected);
      seen.add(`${expected.interruptionDate ? "i" : "-"}${expected.currentHandledareId ? "h" : "-"}${expected.needsHandledareSince ? "n" : "-"}${expected.currentPeriodNumber}`);
    }
    // The histories reach every combination that matters.
    expect(seen.size).toBeGreaterThanOrEqual(8);
  });

  it("for every placement: the months to report, when each is due, and which were sent", async () => {
    const decisions = await db.decision.findMany({ include: { periods: true, interruptions: true, periodicReports: true, reportObligations: { orderBy: { month: "asc" } } } });
    let months = 0;
    for (const d of decisions) {
      const submitted = d.periodicReports.filter((r) => r.submittedAt).map((r) => toIsoDate(r.month));
      const drafts = new Set(d.periodicReports.filter((r) => !r.submittedAt).map((r) => toIsoDate(r.month)));
      const expected = reportMonths(
        { periods: d.periods.map((p) => ({ number: p.number, startDate: toIsoDate(p.startDate), endDate: toIsoDate(p.endDate) })), interruptions: d.interruptions.map((i) => ({ date: toIsoDate(i.date), withdrawn: i.withdrawnAt !== null })) },
        TODAY,
        submitted,
      ).map((m) => ({ month: m.month, dueFrom: m.dueFrom, dueBy: m.dueBy, submitted: m.state === "submitted", hasDraft: drafts.has(m.month) }));
      const stored = d.reportObligations.map((o) => ({ month: toIsoDate(o.month), dueFrom: toIsoDate(o.dueFrom), dueBy: toIsoDate(o.dueBy), submitted: o.submitted, hasDraft: o.hasDraft }));
      expect(stored, d.implementationReference).toEqual(expected);
      months += stored.length;
    }
    expect(months).toBeGreaterThan(500);
  });

  it("for every order: its state and the start of its delivery period", async () => {
    const orders = await db.order.findMany({
      include: {
        period: true,
        decision: { select: { supplierId: true, unitId: true, interruptions: { where: { withdrawnAt: null }, select: { date: true }, orderBy: { registeredAt: "desc" } } } },
        lines: { include: { invoices: true } },
      },
    });
    const states = new Set<string>();
    for (const o of orders) {
      const facts = orderFacts(o);
      const expectedState = orderState(
        o.lines.map((l) => ({
          state: l.state,
          hasCreditNote: l.invoices.some((i) => i.kind === "CREDIT_NOTE"),
          invoiceableDays: invoiceableDays({ month: l.month ? toIsoDate(l.month) : null, quantityDays: l.quantityDays }, facts).days,
        })),
      );
      const span = deliveryPeriod(o.lines, facts.periodStart, o.period ? { start: toIsoDate(o.period.startDate), end: toIsoDate(o.period.endDate) } : null);
      expect({ state: o.state, deliveryStart: iso(o.deliveryStart) }, o.orderNumber).toEqual({ state: expectedState, deliveryStart: span?.start ?? null });
      // The list's scope columns are the placement's (orderScope() filters on them).
      expect({ supplierId: o.supplierId, unitId: o.unitId }, o.orderNumber).toEqual({ supplierId: o.decision.supplierId, unitId: o.decision.unitId });
      states.add(expectedState);
    }
    expect([...states].sort()).toEqual(["credited", "delivered", "invoiced", "open"]);
  });

  it("for every order: the list page's raw read (order-page-rows.ts) gives exactly what Prisma's select of the same fields gives", async () => {
    const viaPrisma = await db.order.findMany({ select: pageSelect, orderBy: { id: "asc" } });
    expect(viaPrisma.some((o) => o.period === null) && viaPrisma.some((o) => o.period !== null)).toBe(true);
    expect(viaPrisma.some((o) => o.decision.interruptions.length > 0)).toBe(true);
    expect(viaPrisma.some((o) => o.lines.some((l) => l.invoiceableFrom !== null))).toBe(true);
    const raw = (await orderPageRows(viaPrisma.map((o) => o.id))).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(raw).toEqual(viaPrisma);
    expect(await orderPageRows([])).toEqual([]);
  });

  it("for every unit: its number of decisions, also after one is moved, added or removed", async () => {
    const expectCounts = async () => {
      const counted = await dbHandle().sql.query<{ id: string; stored: number; n: number }>(
        `SELECT u.id, u."decisionCount" AS stored, (SELECT count(*)::int FROM "Decision" d WHERE d."unitId" = u.id) AS n FROM "PerformingUnit" u`,
      );
      expect(counted.length).toBeGreaterThan(3);
      for (const c of counted) expect(c.stored, c.id).toBe(c.n);
      return new Map(counted.map((c) => [c.id, c.n]));
    };
    const before = await expectCounts();
    const d = await db.decision.findFirstOrThrow({ where: { orders: { none: {} } } });
    const other = await db.performingUnit.findFirstOrThrow({ where: { supplierId: d.supplierId, id: { not: d.unitId } } });
    await db.decision.update({ where: { id: d.id }, data: { unitId: other.id } });
    const moved = await expectCounts();
    expect(moved.get(other.id)).toBe(before.get(other.id)! + 1);
    expect(moved.get(d.unitId)).toBe(before.get(d.unitId)! - 1);
    // Two added in one statement and one removed, in a transaction that is rolled back: the
    // counts follow inside it and are as before after it.
    await dbHandle().sql.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO "Decision" (id, "implementationReference", "participantId", "supplierId", "unitId", level, "serviceVersion", "participationRate", "decidedAt", "decidedById")
         SELECT gen_random_uuid(), 'TEST-' || g, "participantId", "supplierId", $2::uuid, level, "serviceVersion", "participationRate", "decidedAt", "decidedById"
           FROM "Decision", generate_series(1, 2) g WHERE id = $1::uuid`,
        [d.id, d.unitId],
      );
      const [added] = await tx.query<{ n: number }>(`SELECT "decisionCount" AS n FROM "PerformingUnit" WHERE id = $1::uuid`, [d.unitId]);
      expect(added.n).toBe(moved.get(d.unitId)! + 2);
      await tx.query(`DELETE FROM "Decision" WHERE "implementationReference" = 'TEST-1'`);
      const [removed] = await tx.query<{ n: number }>(`SELECT "decisionCount" AS n FROM "PerformingUnit" WHERE id = $1::uuid`, [d.unitId]);
      expect(removed.n).toBe(moved.get(d.unitId)! + 1);
      throw new Error("rollback");
    }).catch((e: Error) => expect(e.message).toBe("rollback"));
    expect(await expectCounts()).toEqual(moved);
  });

  it("follows a moved placement and a corrected name", async () => {
    const d = await db.decision.findFirstOrThrow({ where: { orders: { some: {} } }, include: { participant: true } });
    const other = await db.performingUnit.findFirstOrThrow({ where: { supplierId: d.supplierId, id: { not: d.unitId } } });
    await db.decision.update({ where: { id: d.id }, data: { unitId: other.id } });
    await db.participant.update({ where: { id: d.participantId }, data: { lastName: "Östberg" } });
    const after = await db.decision.findUniqueOrThrow({ where: { id: d.id }, include: { orders: true } });
    expect(after.sortLastName).toBe("Östberg");
    expect(after.orders.map((o) => o.unitId)).toEqual(after.orders.map(() => other.id));
  });
});
