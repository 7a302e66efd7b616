// Issue #13, findings 1–4 and 7: one result per placement, result parts invoiceable only
// after the months in the job, the result's duration, no period 2 after a result, and no
// personal identity number in free text. Each scenario failed on the code before the fix.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { setClock } from "@/lib/clock";
import type { OfficerActor, StaffActor } from "@/lib/authz/permissions";
import { fromIsoDate } from "@/features/decisions/periods";
import { grantSecondPeriod } from "@/features/decisions/service";
import { createInvoice } from "@/features/orders/invoicing";
import { getOrder } from "@/features/orders/queries";
import { decideParticipantReport, getParticipantReportForOfficer, listReports, submitParticipantReport } from "@/features/participant-reports/service";
import type { ReportInput } from "@/features/participant-reports/schemas";
import { actorFor, makeOfficer, makePlacement, makeStaff, makeSupplier, staffActor } from "../support/factories";

const TODAY = "2026-06-15";
let org: Awaited<ReturnType<typeof makeSupplier>>;
let officer: OfficerActor;
let reporter: StaffActor;
let rom1Org: Awaited<ReturnType<typeof makeSupplier>>;
let rom1Reporter: StaffActor;

beforeAll(async () => {
  setClock(`${TODAY}T10:00:00Z`);
  org = await makeSupplier({ units: 1, serviceVersion: "ROM2" });
  rom1Org = await makeSupplier({ units: 1, serviceVersion: "ROM1" });
  officer = (await actorFor((await makeOfficer()).id)) as OfficerActor;
  reporter = await staffActor((await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] })).user.id, org.supplier.id);
  rom1Reporter = await staffActor((await makeStaff({ supplierId: rom1Org.supplier.id, permissions: ["REPORTING"], unitIds: [rom1Org.units[0].id] })).user.id, rom1Org.supplier.id);
  for (const [serviceVersion, article, amountOre] of [
    ["ROM2", "RESULT_1", 2_950_000], ["ROM2", "RESULT_2", 2_950_000], ["ROM1", "RESULT_1", 5_400_000],
  ] as const) {
    await db.priceListEntry.create({ data: { serviceVersion, level: "B", article, amountOre, validFrom: fromIsoDate("2020-01-01") } });
  }
});

beforeEach(() => setClock(`${TODAY}T10:00:00Z`));

async function placement(version: "ROM1" | "ROM2" = "ROM2", startDate = "2026-03-02") {
  const s = version === "ROM2" ? org : rom1Org;
  const { decision } = await makePlacement({ supplierId: s.supplier.id, unitId: s.units[0].id, officerId: officer.userId, startDate, level: "B", serviceVersion: version });
  return decision.id;
}

function result(decisionId: string, employment: Record<string, unknown> = {}, over: Record<string, unknown> = {}): ReportInput {
  return {
    kind: "RESULT", decisionId, idempotencyKey: randomUUID(),
    employments: [{ type: "EMPLOYMENT", extent: "FULL_TIME", percent: Number.NaN, employer: "Bygg AB", orgNumber: "5560360793", startDate: "2026-07-01", endDate: "", ...employment }],
    ...over,
  } as ReportInput;
}

const submit = (actor: StaffActor, input: ReportInput) => submitParticipantReport(actor, input, TODAY, "12:00");
const approve = (reportId: string) => decideParticipantReport(officer, { reportId, decision: "APPROVE" });
const resultOrders = (decisionId: string) => db.order.findMany({ where: { decisionId, kind: "RESULT" }, include: { lines: { orderBy: { lineNumber: "asc" } } } });

describe("one result per placement (finding 1)", () => {
  it("after an approved result no second one can be sent, in the portal or the API; the form is not offered", async () => {
    const d = await placement();
    await approve((await submit(reporter, result(d))).reportId);
    expect(await resultOrders(d)).toHaveLength(1);
    await expect(submit(reporter, result(d, { startDate: "2026-08-01" }))).rejects.toThrow(/redan en godkänd resultatredovisning/);
    expect((await listReports(reporter, d, TODAY)).availability.RESULT).toMatch(/redan en godkänd resultatredovisning/);
  });

  it("a correction of an approved result supersedes it: still one result order", async () => {
    const d = await placement();
    const first = await submit(reporter, result(d));
    await approve(first.reportId);
    const corrected = await submitParticipantReport(reporter, { ...result(d, { startDate: "2026-07-06" }), correctsId: first.reportId }, TODAY, "12:00");
    // The officer is told that approving changes the existing result order.
    const [existing] = await resultOrders(d);
    expect((await getParticipantReportForOfficer(officer, corrected.reportId, TODAY)).resultOrder).toBe(existing.orderNumber);
    await approve(corrected.reportId);
    const orders = await resultOrders(d);
    expect(orders).toHaveLength(1);
    // The lines follow the corrected start date.
    expect(orders[0].lines.filter((l) => l.state !== "CANCELLED").map((l) => l.invoiceableFrom?.toISOString().slice(0, 10))).toEqual(["2026-10-06", "2027-01-06"]);
  });
});

describe("when result parts may be invoiced (findings 2 and 3)", () => {
  it("RoM2: part 1 after three months in the job, part 2 after six, counted from the reported start", async () => {
    const d = await placement();
    await approve((await submit(reporter, result(d))).reportId);
    const [order] = await resultOrders(d);
    expect(order.lines.map((l) => [l.article, l.invoiceableFrom?.toISOString().slice(0, 10)])).toEqual([["RESULT_1", "2026-10-01"], ["RESULT_2", "2027-01-01"]]);
    await expect(createInvoice(reporter, { orderLineId: order.lines[0].id, idempotencyKey: randomUUID() }, TODAY)).rejects.toThrow(/kan faktureras från 1 okt. 2026/);
    setClock("2026-10-01T10:00:00Z");
    await expect(createInvoice(reporter, { orderLineId: order.lines[0].id, idempotencyKey: randomUUID() }, "2026-10-01")).resolves.toMatchObject({ replayed: false });
    await expect(createInvoice(reporter, { orderLineId: order.lines[1].id, idempotencyKey: randomUUID() }, "2026-10-01")).rejects.toThrow(/kan faktureras från 1 jan. 2027/);
    // The order page tells the date each part becomes invoiceable.
    const view = await getOrder(reporter, order.id, "2026-10-01");
    expect(view.lines.map((l) => l.invoiceableFrom)).toEqual(["2026-10-01", "2027-01-01"]);
  });

  it("RoM1: the result after four months", async () => {
    const d = await placement("ROM1");
    await approve((await submit(rom1Reporter, result(d))).reportId);
    const [order] = await resultOrders(d);
    expect(order.lines.map((l) => [l.article, l.invoiceableFrom?.toISOString().slice(0, 10)])).toEqual([["RESULT_1", "2026-11-01"]]);
  });

  it("a job that ends before the required months gives no result; in RoM2 one lasting three to six months gives part 1 only", async () => {
    const short = await placement();
    await approve((await submit(reporter, result(short, { endDate: "2026-09-15" }))).reportId);
    expect(await resultOrders(short)).toHaveLength(0);
    const partOne = await placement();
    await approve((await submit(reporter, result(partOne, { endDate: "2026-11-30" }))).reportId);
    const [order] = await resultOrders(partOne);
    expect(order.lines.map((l) => l.article)).toEqual(["RESULT_1"]);
  });
});

describe("the result form (finding 14)", () => {
  it("the employer's name is optional, as in the original; the organisation number is not", async () => {
    const d = await placement();
    await expect(submit(reporter, result(d, { employer: "" }))).resolves.toMatchObject({ replayed: false });
    const other = await placement();
    await expect(submit(reporter, result(other, { orgNumber: "" }))).rejects.toThrow(/organisationsnummer/);
  });
});

describe("period 2 follows only a period without result (finding 4)", () => {
  it("refuses period 2 after an approved result, and while one waits for a decision", async () => {
    const d = await placement("ROM2", "2025-12-22"); // period 1 ends 2026-06-21
    const pending = await submit(reporter, result(d));
    await expect(grantSecondPeriod(officer, d, TODAY)).rejects.toThrow(/resultatredovisning väntar på beslut/);
    await approve(pending.reportId);
    await expect(grantSecondPeriod(officer, d, TODAY)).rejects.toThrow(/Perioden gav resultat/);
    expect(await db.period.count({ where: { decisionId: d } })).toBe(1);
    const without = await placement("ROM2", "2025-12-22");
    await expect(grantSecondPeriod(officer, without, TODAY)).resolves.toMatchObject({ number: 2 });
  });
});

describe("no personal identity number in free text (finding 7)", () => {
  it("refuses personnummer and samordningsnummer in an informative report, next to the field", async () => {
    const d = await placement();
    for (const text of ["Deltagaren 19850101-1236 har diabetes.", "Samordningsnummer 850161-1233 gäller.", "Pnr 198501011236."]) {
      const input = { kind: "INFORMATIVE", decisionId: d, idempotencyKey: randomUUID(), concerns: ["DIALOGUE"], text, contactName: "Anna Handledare", contactPhone: "08-123 456 78", contactEmail: "" } as ReportInput;
      const err = await submit(reporter, input).then(() => null, (e: unknown) => e as { issues?: { path: unknown[]; message: string }[] });
      expect(err?.issues?.map((i) => [i.path.join("."), i.message])).toEqual([["text", expect.stringMatching(/Skriv inte personnummer/)]]);
    }
    expect(await db.participantReport.count({ where: { decisionId: d } })).toBe(0);
  });
});
