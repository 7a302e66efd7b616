// Issue #13, findings 5 and 8: a rejected periodic report un-delivers its month (and an
// invoiced month is credited in one step before the corrected report delivers again); moving
// a period's end orders the added days and cancels what lies after a new, earlier end.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { setClock } from "@/lib/clock";
import type { OfficerActor, StaffActor } from "@/lib/authz/permissions";
import { fromIsoDate } from "@/features/decisions/periods";
import { changePeriodEnd } from "@/features/decisions/service";
import { ensureBaseOrder, recordDelivery } from "@/features/orders/base-order";
import { createInvoice, creditInvoice } from "@/features/orders/invoicing";
import { getOrder } from "@/features/orders/queries";
import { decidePeriodicReport } from "@/features/periodic-reports/officer-review";
import { getReportWorkspace } from "@/features/periodic-reports/queries";
import { actorFor, makeOfficer, makePlacement, makeStaff, makeSupplier, staffActor } from "../support/factories";

const TODAY = "2026-12-05";
const START = "2026-10-12"; // period 1: 12 Oct 2026 – 11 Apr 2027
const PRICE = 17_500;
const NEW_PRICE = 18_000;

let org: Awaited<ReturnType<typeof makeSupplier>>;
let officer: OfficerActor;
let reporter: StaffActor;

beforeAll(async () => {
  setClock(`${TODAY}T10:00:00Z`);
  org = await makeSupplier({ units: 1, serviceVersion: "ROM2" });
  officer = (await actorFor((await makeOfficer()).id)) as OfficerActor;
  reporter = await staffActor((await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] })).user.id, org.supplier.id);
  await db.priceListEntry.create({ data: { serviceVersion: "ROM2", level: "B", article: "BASE_PER_DAY", amountOre: PRICE, validFrom: fromIsoDate("2020-01-01") } });
  // A price in force from 1 December: orders made before keep theirs; days ordered later get it.
  await db.priceListEntry.create({ data: { serviceVersion: "ROM2", level: "B", article: "BASE_PER_DAY", amountOre: NEW_PRICE, validFrom: fromIsoDate("2026-12-01") } });
});

async function placement() {
  const { decision } = await makePlacement({ supplierId: org.supplier.id, unitId: org.units[0].id, officerId: officer.userId, startDate: START, level: "B", serviceVersion: "ROM2" });
  const period = await db.period.findFirstOrThrow({ where: { decisionId: decision.id, number: 1 } });
  const order = await db.$transaction((tx) => ensureBaseOrder(tx, { periodId: period.id, at: new Date(`${START}T14:00:00Z`), actorId: officer.userId, today: START }));
  return { decision, period, order };
}

/** A submitted periodic report for the month, recording the delivery as the service does. */
async function report(decision: { id: string; supplierId: string }, month: string) {
  return db.$transaction(async (tx) => {
    const latest = await tx.periodicReport.findFirst({ where: { decisionId: decision.id, month: fromIsoDate(month) }, orderBy: { version: "desc" } });
    const created = await tx.periodicReport.create({
      data: {
        decisionId: decision.id, month: fromIsoDate(month), version: (latest?.version ?? 0) + 1, supersedesId: latest?.id ?? null,
        noActivities: true, submittedAt: new Date(`${TODAY}T09:00:00Z`), submittedById: reporter.userId, status: "RECEIVED",
      },
    });
    await recordDelivery(tx, { decisionId: decision.id, month, reportId: created.id, at: new Date(`${TODAY}T09:00:00Z`), actorId: reporter.userId, supplierId: decision.supplierId });
    return created;
  });
}

const lineOf = (orderId: string, month: string) => db.orderLine.findFirstOrThrow({ where: { orderId, month: fromIsoDate(month), state: { not: "CANCELLED" } } });
const reject = (reportId: string) => decidePeriodicReport(officer, { reportId, decision: "REJECT", reason: "Timmarna stämmer inte med närvaron." });

describe("a rejected periodic report (finding 5)", () => {
  it("un-delivers its month: the line is open again and nothing can be invoiced", async () => {
    const { decision, order } = await placement();
    const r = await report(decision, "2026-11-01");
    expect((await lineOf(order.id, "2026-11-01")).state).toBe("DELIVERED");
    await reject(r.id);
    const line = await lineOf(order.id, "2026-11-01");
    expect(line).toMatchObject({ state: "OPEN", deliveryReportId: null, deliveredAt: null });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).state).toBe("open");
    await expect(createInvoice(reporter, { orderLineId: line.id, idempotencyKey: randomUUID() }, TODAY)).rejects.toThrow(/inte levererad/);
    expect(await db.auditEvent.count({ where: { entityId: line.id, action: "order-line.undelivered" } })).toBe(1);
    // The corrected report delivers the month again.
    await report(decision, "2026-11-01");
    expect((await lineOf(order.id, "2026-11-01")).state).toBe("DELIVERED");
  });

  it("of an invoiced month: the page says the invoice must be credited, one step does it, and the correction delivers again", async () => {
    const { decision, order } = await placement();
    const r = await report(decision, "2026-11-01");
    const line = await lineOf(order.id, "2026-11-01");
    const invoice = await createInvoice(reporter, { orderLineId: line.id, idempotencyKey: randomUUID() }, TODAY);
    await reject(r.id);
    expect((await lineOf(order.id, "2026-11-01")).state).toBe("INVOICED");
    const ws = await getReportWorkspace(reporter, decision.id, "2026-11-01", TODAY);
    expect(ws.mustCredit).toEqual({ invoiceId: invoice.invoiceId, invoiceNumber: invoice.invoiceNumber });
    expect(ws.mayCorrect).toBe(false);

    await creditInvoice(reporter, { invoiceId: invoice.invoiceId, idempotencyKey: randomUUID() }, TODAY);
    // Credited after a rejection: the month is not delivered until the corrected report.
    expect(await lineOf(order.id, "2026-11-01")).toMatchObject({ state: "OPEN", deliveryReportId: null });
    const after = await getReportWorkspace(reporter, decision.id, "2026-11-01", TODAY);
    expect(after.mustCredit).toBeNull();
    expect(after.mayCorrect).toBe(true);
    await report(decision, "2026-11-01");
    expect((await lineOf(order.id, "2026-11-01")).state).toBe("DELIVERED");
  });
});

describe("moving a period's end (finding 8)", () => {
  it("an extension orders the added days: the last month's line grows, a new month gets a line at the price in force", async () => {
    const { period, order } = await placement();
    await changePeriodEnd(officer, { periodId: period.id, endDate: "2027-05-31" }, TODAY);
    const lines = await db.orderLine.findMany({ where: { orderId: order.id }, orderBy: { lineNumber: "asc" } });
    expect(lines.map((l) => [l.month?.toISOString().slice(0, 7), l.quantityDays, l.unitPriceOre, l.state])).toEqual([
      ["2026-10", 20, PRICE, "OPEN"], ["2026-11", 30, PRICE, "OPEN"], ["2026-12", 31, PRICE, "OPEN"], ["2027-01", 31, PRICE, "OPEN"],
      ["2027-02", 28, PRICE, "OPEN"], ["2027-03", 31, PRICE, "OPEN"], ["2027-04", 30, PRICE, "OPEN"], ["2027-05", 31, NEW_PRICE, "OPEN"],
    ]);
    expect(lines[6].amountOre).toBe(30 * PRICE);
    const view = await getOrder(reporter, order.id, TODAY);
    expect(view.deliveryPeriod).toMatchObject({ end: "2027-05-31" });
    expect(await db.auditEvent.count({ where: { entityId: order.id, action: "order.period-end-changed" } })).toBe(1);
  });

  it("a shortening cancels the lines after the new end and shrinks the last month's", async () => {
    const { period, order } = await placement();
    await changePeriodEnd(officer, { periodId: period.id, endDate: "2027-02-15" }, TODAY);
    const lines = await db.orderLine.findMany({ where: { orderId: order.id }, orderBy: { lineNumber: "asc" } });
    expect(lines.map((l) => [l.month?.toISOString().slice(0, 7), l.quantityDays, l.state])).toEqual([
      ["2026-10", 20, "OPEN"], ["2026-11", 30, "OPEN"], ["2026-12", 31, "OPEN"], ["2027-01", 31, "OPEN"],
      ["2027-02", 15, "OPEN"], ["2027-03", 31, "CANCELLED"], ["2027-04", 11, "CANCELLED"],
    ]);
    const view = await getOrder(reporter, order.id, TODAY);
    expect(view.totalOre).toBe((20 + 30 + 31 + 31 + 15) * PRICE);
  });
});
