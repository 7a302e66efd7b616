import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { create } from "xmlbuilder2";
import { db } from "@/lib/db";
import { setClock } from "@/lib/clock";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import type { Actor, StaffActor } from "@/lib/authz/permissions";
import { ensureBaseOrder, recordDelivery } from "@/features/orders/base-order";
import { fromIsoDate } from "@/features/decisions/periods";
import { getOrder } from "@/features/orders/queries";
import { invoiceXmlFor, orderXmlFor } from "@/features/orders/order-files";
import { listOrders, listOrdersForDecision, ordersCsv } from "@/features/orders/order-list";
import { createInvoice, creditInvoice, listPrices, updatePrice } from "@/features/orders/invoicing";
import { NS } from "@/features/orders/peppol-model";
import { actorFor, makeOfficer, makePlacement, makeStaff, makeSupplier, staffActor } from "../support/factories";

const TODAY = "2026-12-05";
const START = "2026-10-12"; // period 1: 12 Oct 2026 – 11 Apr 2027
const PRICE = 17_500;

let org: Awaited<ReturnType<typeof makeSupplier>>;
let otherOrg: Awaited<ReturnType<typeof makeSupplier>>;
let officerId: string;
let officer: Actor;
let admin: StaffActor; // administrator only, no units of their own
let reporter: StaffActor; // reporting at unit 0
let reporterUnit1: StaffActor; // reporting at unit 1
let reporterUnit2: StaffActor; // reporting at unit 2 (pagination)
let receiverOnly: StaffActor; // receives at unit 0, no reporting
let noPermissions: StaffActor;
let foreign: StaffActor; // everything at the other supplier

beforeAll(async () => {
  setClock(`${TODAY}T10:00:00Z`);
  org = await makeSupplier({ units: 3, serviceVersion: "ROM2" });
  otherOrg = await makeSupplier({ units: 1 });
  const o = await makeOfficer();
  officerId = o.id;
  officer = await actorFor(o.id);
  const staff = async (supplierId: string, permissions: ("REPORTING" | "RECEIVE_PARTICIPANTS" | "ADMINISTER_PERMISSIONS")[], unitIds: string[], allUnits = false) =>
    staffActor((await makeStaff({ supplierId, permissions, unitIds, allUnits })).user.id, supplierId);
  admin = await staff(org.supplier.id, ["ADMINISTER_PERMISSIONS"], []);
  reporter = await staff(org.supplier.id, ["REPORTING"], [org.units[0].id]);
  reporterUnit1 = await staff(org.supplier.id, ["REPORTING"], [org.units[1].id]);
  reporterUnit2 = await staff(org.supplier.id, ["REPORTING"], [org.units[2].id]);
  receiverOnly = await staff(org.supplier.id, ["RECEIVE_PARTICIPANTS"], [org.units[0].id]);
  noPermissions = await staff(org.supplier.id, [], [org.units[0].id]);
  foreign = await staff(otherOrg.supplier.id, ["REPORTING", "RECEIVE_PARTICIPANTS", "ADMINISTER_PERMISSIONS"], [], true);
  await db.priceListEntry.create({ data: { serviceVersion: "ROM2", level: "B", article: "BASE_PER_DAY", amountOre: PRICE, validFrom: fromIsoDate("2020-01-01") } });
});

/** A placement with its period 1 base order (approved planning assumed). */
async function placement(opts: { unitIndex?: number; supplier?: typeof org; interruptionDate?: string; firstName?: string; lastName?: string } = {}) {
  const s = opts.supplier ?? org;
  const { decision, participant } = await makePlacement({
    supplierId: s.supplier.id, unitId: s.units[opts.unitIndex ?? 0].id, officerId, startDate: START, level: "B", serviceVersion: "ROM2",
    interruptionDate: opts.interruptionDate, firstName: opts.firstName, lastName: opts.lastName,
  });
  const period = await db.period.findFirstOrThrow({ where: { decisionId: decision.id, number: 1 } });
  const order = await db.$transaction((tx) => ensureBaseOrder(tx, { periodId: period.id, at: new Date(`${START}T14:00:00Z`), actorId: officerId, today: START }));
  return { decision, participant, order };
}

/** The month's delivery, recorded as a (dummy) submitted periodic report would record it. */
async function deliver(decision: { id: string; supplierId: string }, month: string, by = reporter) {
  return db.$transaction(async (tx) => {
    const version = (await tx.periodicReport.count({ where: { decisionId: decision.id, month: fromIsoDate(month) } })) + 1;
    const report = await tx.periodicReport.create({
      data: { decisionId: decision.id, month: fromIsoDate(month), version, submittedAt: new Date(`${TODAY}T09:00:00Z`), submittedById: by.userId, status: "RECEIVED" },
    });
    await recordDelivery(tx, { decisionId: decision.id, month, reportId: report.id, at: new Date(`${TODAY}T09:00:00Z`), actorId: by.userId, supplierId: decision.supplierId });
    return report;
  });
}

const lineOf = (orderId: string, month: string) => db.orderLine.findFirstOrThrow({ where: { orderId, month: fromIsoDate(month) } });
const invoice = (actor: Actor, orderLineId: string, key = randomUUID()) => createInvoice(actor, { orderLineId, idempotencyKey: key }, TODAY);
const credit = (actor: Actor, invoiceId: string, key = randomUUID()) => creditInvoice(actor, { invoiceId, idempotencyKey: key }, TODAY);

describe("who sees which orders", () => {
  it("administrators see every unit, reporters their own units, others nothing, other suppliers never", async () => {
    const u0 = await placement({ unitIndex: 0 });
    const u1 = await placement({ unitIndex: 1 });
    const foreignOrder = await placement({ supplier: otherOrg });
    const ids = async (a: Actor) => (await listOrders(a, { ref: undefined })).rows.map((r) => r.id);

    expect(await ids(admin)).toEqual(expect.arrayContaining([u0.order.id, u1.order.id]));
    expect(await ids(admin)).not.toContain(foreignOrder.order.id);
    expect(await ids(reporter)).toContain(u0.order.id);
    expect(await ids(reporter)).not.toContain(u1.order.id);
    expect(await ids(reporterUnit1)).toContain(u1.order.id);
    expect(await ids(reporterUnit1)).not.toContain(u0.order.id);
    for (const nobody of [receiverOnly, noPermissions, officer]) expect(await ids(nobody)).toEqual([]);
    expect(await ids(foreign)).toContain(foreignOrder.order.id);
    expect(await ids(foreign)).not.toContain(u0.order.id);

    expect((await getOrder(admin, u1.order.id)).orderNumber).toBe(u1.order.orderNumber);
    expect((await getOrder(reporter, u0.order.id)).lines).toHaveLength(7);
    for (const [who, id] of [[reporter, u1.order.id], [reporterUnit1, u0.order.id], [receiverOnly, u0.order.id], [noPermissions, u0.order.id], [officer, u0.order.id], [foreign, u0.order.id], [admin, foreignOrder.order.id]] as const) {
      await expect(getOrder(who, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(orderXmlFor(who, id)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getOrder(admin, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    // The participant card's list: by placement, same scope.
    expect((await listOrdersForDecision(reporter, u0.decision.id)).map((r) => r.orderNumber)).toEqual([u0.order.orderNumber]);
    expect(await listOrdersForDecision(reporterUnit1, u0.decision.id)).toEqual([]);
    expect(await listOrdersForDecision(foreign, u0.decision.id)).toEqual([]);
  });

  it("the order page shows lines, delivery, what may be invoiced now and the delivery period", async () => {
    const { decision, order } = await placement();
    const report = await deliver(decision, "2026-10-01");
    const view = await getOrder(reporter, order.id);
    expect(view).toMatchObject({ orderNumber: order.orderNumber, implementationReference: decision.implementationReference, state: "delivered", deliveryPeriod: { start: START, end: "2027-04-11" } });
    expect(view.lines.map((l) => [l.month, l.quantityDays, l.state])).toEqual([
      ["2026-10-01", 20, "DELIVERED"], ["2026-11-01", 30, "OPEN"], ["2026-12-01", 31, "OPEN"], ["2027-01-01", 31, "OPEN"],
      ["2027-02-01", 28, "OPEN"], ["2027-03-01", 31, "OPEN"], ["2027-04-01", 11, "OPEN"],
    ]);
    const oct = view.lines[0];
    expect(oct.delivery).toMatchObject({ reportId: report.id, version: 1 });
    expect(oct.invoiceable).toMatchObject({ days: 20, amountOre: 20 * PRICE, explanation: "20 dagar (12–31 okt. 2026) enligt beställningen" });
    expect(oct.mayInvoice).toEqual({ ok: true });
    expect(view.lines[1].mayInvoice.ok).toBe(false);
  });
});

describe("the list's filters, sorting and pages", () => {
  it("filters by name, reference or order number, state, month and article", async () => {
    const a = await placement({ firstName: "Åsa", lastName: "Filtersson" });
    const b = await placement({ firstName: "Bertil", lastName: "Filtersson" });
    await deliver(b.decision, "2026-10-01");
    const rows = async (q: Parameters<typeof listOrders>[1]) => (await listOrders(admin, q)).rows.map((r) => r.id);

    expect(await rows({ name: "filtersson" })).toEqual(expect.arrayContaining([a.order.id, b.order.id]));
    expect(await rows({ name: "Åsa Filtersson" })).toEqual([a.order.id]);
    // Case folds for å, ä and ö too; % and _ are searched for as themselves.
    expect(await rows({ name: "åSA filtersson" })).toEqual([a.order.id]);
    expect(await rows({ name: "%" })).toEqual([]);
    expect(await rows({ ref: "_" })).toEqual([]);
    expect(await rows({ ref: a.decision.implementationReference })).toEqual([a.order.id]);
    expect(await rows({ ref: b.order.orderNumber })).toEqual([b.order.id]);
    expect(await rows({ name: "Filtersson", state: "delivered" })).toEqual([b.order.id]);
    expect(await rows({ name: "Filtersson", state: "open" })).toEqual([a.order.id]);
    expect(await rows({ name: "Filtersson", state: "invoiced" })).toEqual([]);
    expect(await rows({ name: "Filtersson", month: "2027-04" })).toHaveLength(2);
    expect(await rows({ name: "Filtersson", month: "2027-05" })).toEqual([]);
    expect(await rows({ name: "Filtersson", article: "BASE_PER_DAY" })).toHaveLength(2);
    expect(await rows({ name: "Filtersson", article: "RESULT_1" })).toEqual([]);
    // Swedish alphabetical order: Å after B.
    expect(await rows({ name: "Filtersson", sort: "name", dir: "asc" })).toEqual([b.order.id, a.order.id]);
  });

  it("pages on the server, 25 at a time", async () => {
    for (let i = 0; i < 27; i++) await placement({ unitIndex: 2, lastName: `Sida${String(i).padStart(2, "0")}` });
    const first = await listOrders(reporterUnit2, { sort: "name", dir: "asc" });
    expect(first).toMatchObject({ total: 27, page: 1, pageSize: 25 });
    expect(first.rows).toHaveLength(25);
    const second = await listOrders(reporterUnit2, { sort: "name", dir: "asc", page: 2 });
    expect(second.rows.map((r) => r.lastName)).toEqual(["Sida25", "Sida26"]);
    // Past the last page: the last page.
    expect((await listOrders(reporterUnit2, { page: 9 })).page).toBe(2);
    expect(first.totalIsCapped).toBe(false);
    // Counted only up to a cap: past it the page says "more than", and any page is answered as asked.
    const capped = await listOrders(reporterUnit2, { sort: "name", dir: "asc", page: 2 }, 20);
    expect(capped).toMatchObject({ total: 20, totalIsCapped: true, page: 2 });
    expect(capped.rows.map((r) => r.lastName)).toEqual(["Sida25", "Sida26"]);
    expect(await listOrders(reporterUnit2, { page: 9 }, 20)).toMatchObject({ totalIsCapped: true, page: 9, rows: [] });
    expect(await listOrders(reporterUnit2, {}, 27)).toMatchObject({ total: 27, totalIsCapped: false });
  }, 120_000);

  it("exports CSV with a byte order mark and semicolons, one row per line, without personal identity numbers", async () => {
    const { decision, participant, order } = await placement({ firstName: "Csv", lastName: "Exportsson" });
    await deliver(decision, "2026-10-01");
    const csv = await ordersCsv(reporter, { name: "Exportsson" });
    expect(csv.startsWith("\uFEFFOrdernummer;Genomförandereferens;Deltagare;")).toBe(true);
    const rows = csv.slice(1).trimEnd().split("\r\n");
    expect(rows).toHaveLength(1 + 7);
    expect(rows[1]).toContain(`${order.orderNumber};${decision.implementationReference};Csv Exportsson;`);
    expect(rows[1]).toContain(";2026-10;20;175,00;3500,00;Levererad;20;");
    expect(csv).not.toContain(participant.personalIdentityNumber);
    expect(await ordersCsv(receiverOnly, {})).toBe(`\uFEFF${rows[0]}\r\n`);
  });
});

describe("invoicing a delivered line", () => {
  it("invoices the delivered days at the order's price, marks the line and writes the audit record", async () => {
    const { decision, order } = await placement();
    await deliver(decision, "2026-10-01");
    const line = await lineOf(order.id, "2026-10-01");
    const res = await invoice(reporter, line.id);
    expect(res.replayed).toBe(false);
    expect(res.invoiceNumber).toMatch(new RegExp(`^F-${org.supplier.orgNumber}-2026-\\d{6}$`));
    const row = await db.invoice.findUniqueOrThrow({ where: { id: res.invoiceId } });
    expect(row).toMatchObject({ kind: "INVOICE", orderLineId: line.id, quantityDays: 20, amountOre: 20 * PRICE, createdById: reporter.userId });
    expect(row.issueDate.toISOString().slice(0, 10)).toBe(TODAY);
    expect(row.dueDate.toISOString().slice(0, 10)).toBe("2027-01-04");
    expect(await lineOf(order.id, "2026-10-01")).toMatchObject({ state: "INVOICED" });
    const auditRow = await db.auditEvent.findFirstOrThrow({ where: { action: "invoice.created", entityId: res.invoiceId } });
    expect(auditRow).toMatchObject({ actorId: reporter.userId, supplierId: org.supplier.id });
    expect(auditRow.after).toMatchObject({ invoiceNumber: res.invoiceNumber, orderNumber: order.orderNumber, quantityDays: 20, amountOre: 20 * PRICE });
    // Administrators may invoice too (the whole organisation).
    await deliver(decision, "2026-11-01");
    const byAdmin = await invoice(admin, (await lineOf(order.id, "2026-11-01")).id);
    expect(await db.invoice.findUniqueOrThrow({ where: { id: byAdmin.invoiceId } })).toMatchObject({ quantityDays: 30, amountOre: 30 * PRICE });
    // The invoice file refers to the order's purchase order number.
    const xml = await invoiceXmlFor(reporter, res.invoiceId);
    expect(xml.filename).toBe(`faktura-${res.invoiceNumber}.xml`);
    const doc = create(xml.xml).root().node as unknown as Element;
    expect(doc.getElementsByTagNameNS(NS.cac, "OrderReference")[0].textContent?.trim()).toBe(order.orderNumber);
    expect(doc.getElementsByTagNameNS(NS.cbc, "PayableAmount")[0].textContent).toBe("3500.00");
    await expect(invoiceXmlFor(reporterUnit1, res.invoiceId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(invoiceXmlFor(foreign, res.invoiceId)).rejects.toBeInstanceOf(NotFoundError);
    // And the order file carries the genomförandereferens in the shipping marks.
    const orderFile = await orderXmlFor(reporter, order.id);
    expect(orderFile.xml).toContain(`<cbc:ShippingMarks>${decision.implementationReference}</cbc:ShippingMarks>`);
  });

  it("refuses an undelivered line, a second invoice, users without access and other suppliers; nothing changes", async () => {
    const { decision, order } = await placement();
    await deliver(decision, "2026-10-01");
    const delivered = await lineOf(order.id, "2026-10-01");
    const open = await lineOf(order.id, "2026-11-01");
    await expect(invoice(reporter, open.id)).rejects.toThrow(/inte levererad/);
    for (const who of [receiverOnly, noPermissions, reporterUnit1, foreign]) await expect(invoice(who, delivered.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(invoice(officer, delivered.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.invoice.count({ where: { orderLineId: { in: [delivered.id, open.id] } } })).toBe(0);

    await invoice(reporter, delivered.id);
    await expect(invoice(reporter, delivered.id)).rejects.toBeInstanceOf(RuleError);
    await expect(invoice(admin, delivered.id)).rejects.toThrow(/redan fakturerad/);
    expect(await db.invoice.count({ where: { orderLineId: delivered.id } })).toBe(1);
    // An invoiced month can no longer be re-delivered by a corrected report.
    await expect(deliver(decision, "2026-10-01")).rejects.toThrow(/redan fakturerad/);
  });

  it("a double click makes one invoice", async () => {
    const { decision, order } = await placement();
    await deliver(decision, "2026-10-01");
    const line = await lineOf(order.id, "2026-10-01");
    const key = randomUUID();
    const [a, b] = await Promise.all([invoice(reporter, line.id, key), invoice(reporter, line.id, key)]);
    expect(a.invoiceId).toBe(b.invoiceId);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(await db.invoice.count({ where: { orderLineId: line.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "invoice.created", entityId: a.invoiceId } })).toBe(1);
    // The same key later, too.
    expect((await invoice(reporter, line.id, key)).invoiceId).toBe(a.invoiceId);
  });

  it("the interrupted month invoices only the days before the interruption; later months nothing", async () => {
    const { decision, order } = await placement({ interruptionDate: "2026-11-17" });
    await deliver(decision, "2026-11-01");
    const nov = await lineOf(order.id, "2026-11-01");
    expect(nov.quantityDays).toBe(30); // the order itself never changes
    const view = await getOrder(reporter, order.id);
    expect(view.interruptionDate).toBe("2026-11-17");
    expect(view.lines[1].invoiceable).toMatchObject({ days: 16, amountOre: 16 * PRICE });
    expect(view.lines[1].invoiceable.explanation).toBe("30 dagar (1–30 nov. 2026) enligt beställningen; avbrott 17 nov. 2026 (avbrottsdagen räknas inte) → 16 dagar (1–16 nov.)");
    const res = await invoice(reporter, nov.id);
    expect(await db.invoice.findUniqueOrThrow({ where: { id: res.invoiceId } })).toMatchObject({ quantityDays: 16, amountOre: 16 * PRICE });
    expect(await lineOf(order.id, "2026-11-01")).toMatchObject({ quantityDays: 30, amountOre: 30 * PRICE, state: "INVOICED" });
    // December lies after the interruption: even if delivered, nothing to invoice.
    await deliver(decision, "2026-12-01");
    await expect(invoice(reporter, (await lineOf(order.id, "2026-12-01")).id)).rejects.toThrow(/inga dagar att fakturera/);
    // The months after the interruption do not keep the order open.
    await deliver(decision, "2026-10-01");
    await invoice(reporter, (await lineOf(order.id, "2026-10-01")).id);
    await db.orderLine.update({ where: { id: (await lineOf(order.id, "2026-12-01")).id }, data: { state: "OPEN", deliveredAt: null, deliveryReportId: null } });
    expect((await getOrder(reporter, order.id)).state).toBe("invoiced");
  });
});

describe("crediting", () => {
  it("a credit note refers to the invoice, the line can be invoiced again, and the history stays", async () => {
    const { decision, order } = await placement();
    await deliver(decision, "2026-10-01");
    const line = await lineOf(order.id, "2026-10-01");
    const first = await invoice(reporter, line.id);

    const creditKey = randomUUID();
    const [c1, c2] = await Promise.all([credit(reporter, first.invoiceId, creditKey), credit(reporter, first.invoiceId, creditKey)]);
    expect(c1.invoiceId).toBe(c2.invoiceId);
    expect(c1.invoiceNumber).toMatch(new RegExp(`^K-${org.supplier.orgNumber}-2026-\\d{6}$`));
    const note = await db.invoice.findUniqueOrThrow({ where: { id: c1.invoiceId } });
    expect(note).toMatchObject({ kind: "CREDIT_NOTE", creditsInvoiceId: first.invoiceId, quantityDays: 20, amountOre: 20 * PRICE, orderLineId: line.id });
    expect(await lineOf(order.id, "2026-10-01")).toMatchObject({ state: "DELIVERED", invoicedAt: null });
    expect((await db.auditEvent.findFirstOrThrow({ where: { action: "invoice.credited", entityId: c1.invoiceId } })).after).toMatchObject({ creditsInvoiceNumber: first.invoiceNumber });
    expect((await getOrder(reporter, order.id)).state).toBe("credited");
    expect((await listOrders(reporter, { ref: order.orderNumber, state: "credited" })).rows.map((r) => r.id)).toEqual([order.id]);

    // One credit per invoice; a credit note is never credited; others cannot.
    await expect(credit(reporter, first.invoiceId)).rejects.toThrow(/redan krediterad/);
    await expect(credit(reporter, c1.invoiceId)).rejects.toThrow(/kreditnota kan inte krediteras/);
    await expect(credit(reporterUnit1, first.invoiceId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(credit(foreign, first.invoiceId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(credit(officer, first.invoiceId)).rejects.toBeInstanceOf(ForbiddenError);

    // The credit note file refers to the original invoice; amounts positive.
    const noteXml = await invoiceXmlFor(reporter, c1.invoiceId);
    expect(noteXml.filename).toBe(`kreditnota-${c1.invoiceNumber}.xml`);
    const doc = create(noteXml.xml).root().node as unknown as Element;
    expect(doc.localName).toBe("CreditNote");
    const ref = doc.getElementsByTagNameNS(NS.cac, "InvoiceDocumentReference")[0];
    expect(ref.getElementsByTagNameNS(NS.cbc, "ID")[0].textContent).toBe(first.invoiceNumber);
    expect(doc.getElementsByTagNameNS(NS.cbc, "PayableAmount")[0].textContent).toBe("3500.00");

    // A new invoice; all three documents remain, in one series.
    const second = await invoice(reporter, line.id);
    expect(second.invoiceId).not.toBe(first.invoiceId);
    expect(await lineOf(order.id, "2026-10-01")).toMatchObject({ state: "INVOICED" });
    const view = await getOrder(reporter, order.id);
    expect(view.invoices.map((i) => [i.invoiceNumber, i.kind, i.creditedBy?.invoiceNumber ?? i.credits?.invoiceNumber ?? null, i.mayCredit])).toEqual([
      [first.invoiceNumber, "INVOICE", c1.invoiceNumber, false],
      [c1.invoiceNumber, "CREDIT_NOTE", first.invoiceNumber, false],
      [second.invoiceNumber, "INVOICE", null, true],
    ]);
    const seq = (n: string) => Number(n.slice(-6));
    expect(seq(c1.invoiceNumber)).toBe(seq(first.invoiceNumber) + 1);
    expect(seq(second.invoiceNumber)).toBe(seq(c1.invoiceNumber) + 1);
    expect(view.state).toBe("open"); // nothing credited waits any more: October invoiced again, later months not yet delivered
    expect(view.lines[0].invoices).toHaveLength(3);
  });
});

describe("the price list", () => {
  it("changes only from a future date and never alters existing orders", async () => {
    const { order } = await placement();
    const before = await db.orderLine.findMany({ where: { orderId: order.id }, orderBy: { lineNumber: "asc" } });
    const change = { serviceVersion: "ROM2" as const, level: "B" as const, article: "BASE_PER_DAY" as const, amountOre: 19_000 };

    await expect(updatePrice(officer, { ...change, validFrom: TODAY }, TODAY)).rejects.toMatchObject({ field: "validFrom" });
    await expect(updatePrice(officer, { ...change, validFrom: "2026-01-01" }, TODAY)).rejects.toBeInstanceOf(RuleError);
    await expect(updatePrice(admin, { ...change, validFrom: "2027-01-01" }, TODAY)).rejects.toBeInstanceOf(ForbiddenError);

    const saved = await updatePrice(officer, { ...change, validFrom: "2027-01-01" }, TODAY);
    expect(saved.created).toBe(true);
    // The same future date again replaces the planned price.
    expect(await updatePrice(officer, { ...change, amountOre: 19_500, validFrom: "2027-01-01" }, TODAY)).toEqual({ id: saved.id, created: false });
    const audits = await db.auditEvent.findMany({ where: { action: "price.updated", entityId: saved.id }, orderBy: { at: "asc" } });
    expect(audits.map((a) => a.before)).toEqual([null, { amountOre: 19_000 }]);

    expect(await db.orderLine.findMany({ where: { orderId: order.id }, orderBy: { lineNumber: "asc" } })).toEqual(before);
    // A new order made today still gets today's price; the planned one comes later.
    const { order: newer } = await placement();
    expect((await db.orderLine.findFirstOrThrow({ where: { orderId: newer.id } })).unitPriceOre).toBe(PRICE);

    const prices = (await listPrices(officer, TODAY)).filter((p) => p.serviceVersion === "ROM2" && p.level === "B" && p.article === "BASE_PER_DAY");
    expect(prices.map((p) => [p.validFrom, p.amountOre, p.status])).toEqual([
      ["2027-01-01", 19_500, "planned"],
      ["2020-01-01", PRICE, "in-force"],
    ]);
    await expect(listPrices(reporter, TODAY)).rejects.toBeInstanceOf(ForbiddenError);
    // Once the date has come, the planned price is the one in force and the old one is replaced.
    expect((await listPrices(officer, "2027-01-01")).filter((p) => p.level === "B" && p.article === "BASE_PER_DAY").map((p) => p.status)).toEqual(["in-force", "replaced"]);
  });
});
