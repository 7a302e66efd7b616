// Issue #13: every XML document the portal produces passes the official rules (UBL 2.1 XSD,
// EN 16931, PEPPOL BIS Billing 3.0 and BIS Order 3) with no error and no warning: base order,
// result order, full-month invoice, partial (interrupted) month invoice, result invoice and
// credit note. The validator is proven to fail on the official broken examples first.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { setClock } from "@/lib/clock";
import type { OfficerActor, StaffActor } from "@/lib/authz/permissions";
import { fromIsoDate } from "@/features/decisions/periods";
import { ensureBaseOrder, recordDelivery } from "@/features/orders/base-order";
import { createInvoice, creditInvoice } from "@/features/orders/invoicing";
import { invoiceXmlFor, orderXmlFor } from "@/features/orders/order-files";
import { decideParticipantReport, submitParticipantReport } from "@/features/participant-reports/service";
import type { ReportInput } from "@/features/participant-reports/schemas";
import { validatePeppol } from "../support/peppol";
import { actorFor, makeOfficer, makePlacement, makeStaff, makeSupplier, staffActor } from "../support/factories";

const TODAY = "2026-12-05";
let org: Awaited<ReturnType<typeof makeSupplier>>;
let officer: OfficerActor;
let reporter: StaffActor;

beforeAll(async () => {
  setClock(`${TODAY}T10:00:00Z`);
  org = await makeSupplier({ units: 1, serviceVersion: "ROM2", name: "Framtidsvägen AB" });
  officer = (await actorFor((await makeOfficer()).id)) as OfficerActor;
  reporter = await staffActor((await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] })).user.id, org.supplier.id);
  for (const [article, amountOre] of [["BASE_PER_DAY", 17_500], ["RESULT_1", 2_950_000], ["RESULT_2", 2_950_000]] as const) {
    await db.priceListEntry.create({ data: { serviceVersion: "ROM2", level: "B", article, amountOre, validFrom: fromIsoDate("2020-01-01") } });
  }
});

async function baseOrder(opts: { interruptionDate?: string } = {}) {
  const { decision } = await makePlacement({ supplierId: org.supplier.id, unitId: org.units[0].id, officerId: officer.userId, startDate: "2026-10-12", level: "B", serviceVersion: "ROM2", ...opts });
  const period = await db.period.findFirstOrThrow({ where: { decisionId: decision.id, number: 1 } });
  const order = await db.$transaction((tx) => ensureBaseOrder(tx, { periodId: period.id, at: new Date("2026-10-12T14:00:00Z"), actorId: officer.userId, today: "2026-10-12" }));
  return { decision, order };
}

async function invoicedNovember(decision: { id: string; supplierId: string }, orderId: string) {
  await db.$transaction(async (tx) => {
    const report = await tx.periodicReport.create({
      data: { decisionId: decision.id, month: fromIsoDate("2026-11-01"), version: 1, noActivities: true, submittedAt: new Date(`${TODAY}T09:00:00Z`), submittedById: reporter.userId, status: "RECEIVED" },
    });
    await recordDelivery(tx, { decisionId: decision.id, month: "2026-11-01", reportId: report.id, at: new Date(`${TODAY}T09:00:00Z`), actorId: reporter.userId, supplierId: decision.supplierId });
  });
  const line = await db.orderLine.findFirstOrThrow({ where: { orderId, month: fromIsoDate("2026-11-01") } });
  return createInvoice(reporter, { orderLineId: line.id, idempotencyKey: randomUUID() }, TODAY);
}

const selftest = (name: string) => readFileSync(path.join(process.cwd(), "tests", "peppol", "selftest", name), "utf8");
const problems = (findings: { flag: string; id: string; text: string }[]) => findings.map((f) => `${f.flag} ${f.id}: ${f.text}`);

describe("PEPPOL documents", () => {
  it("the validator passes the official examples and fails the broken ones", () => {
    const r = validatePeppol({
      invoice: selftest("billing-base-example.xml"),
      creditNote: selftest("billing-base-creditnote-correction.xml"),
      order: selftest("order-Order_Example.xml"),
      badInvoice: selftest("negative-invoice-payable-mismatch.xml"),
      badOrder: selftest("negative-order-no-customization.xml"),
    });
    expect(problems(r.invoice.filter((f) => f.flag !== "warning"))).toEqual([]);
    expect(problems(r.creditNote.filter((f) => f.flag !== "warning"))).toEqual([]);
    expect(problems(r.order.filter((f) => f.flag !== "warning"))).toEqual([]);
    expect(r.badInvoice.map((f) => f.id)).toContain("BR-CO-16");
    expect(r.badOrder.map((f) => f.id)).toContain("PEPPOL-T01-B00101");
  });

  it("every document kind the portal produces passes with 0 errors and 0 warnings", async () => {
    const full = await baseOrder();
    const fullInvoice = await invoicedNovember(full.decision, full.order.id);
    const credit = await creditInvoice(reporter, { invoiceId: fullInvoice.invoiceId, idempotencyKey: randomUUID() }, TODAY);
    const partial = await baseOrder({ interruptionDate: "2026-11-17" });
    const partialInvoice = await invoicedNovember(partial.decision, partial.order.id);

    // A result: a job from 1 September, so that part 1 may be invoiced from 1 December.
    const { decision: rd } = await makePlacement({ supplierId: org.supplier.id, unitId: org.units[0].id, officerId: officer.userId, startDate: "2026-06-01", level: "B", serviceVersion: "ROM2" });
    const result = await submitParticipantReport(reporter, {
      kind: "RESULT", decisionId: rd.id, idempotencyKey: randomUUID(),
      employments: [{ type: "EMPLOYMENT", extent: "FULL_TIME", percent: Number.NaN, employer: "Bygg AB", orgNumber: "5560360793", startDate: "2026-09-01", endDate: "" }],
    } as ReportInput, TODAY, "12:00");
    await decideParticipantReport(officer, { reportId: result.reportId, decision: "APPROVE" });
    const resultOrder = await db.order.findFirstOrThrow({ where: { decisionId: rd.id, kind: "RESULT" }, include: { lines: { orderBy: { lineNumber: "asc" } } } });
    const resultInvoice = await createInvoice(reporter, { orderLineId: resultOrder.lines[0].id, idempotencyKey: randomUUID() }, TODAY);

    const docs = {
      baseOrder: (await orderXmlFor(reporter, full.order.id)).xml,
      resultOrder: (await orderXmlFor(reporter, resultOrder.id)).xml,
      fullMonthInvoice: (await invoiceXmlFor(reporter, fullInvoice.invoiceId)).xml,
      partialMonthInvoice: (await invoiceXmlFor(reporter, partialInvoice.invoiceId)).xml,
      resultInvoice: (await invoiceXmlFor(reporter, resultInvoice.invoiceId)).xml,
      creditNote: (await invoiceXmlFor(reporter, credit.invoiceId)).xml,
    };
    const results = validatePeppol(docs);
    expect(Object.fromEntries(Object.entries(results).map(([name, findings]) => [name, problems(findings)]))).toEqual(
      Object.fromEntries(Object.keys(docs).map((name) => [name, []])),
    );
  });
});
