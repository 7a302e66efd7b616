import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import type { OfficerActor, StaffActor } from "@/lib/authz/permissions";
import { activityCatalogue } from "@/features/planning/catalogue";
import { countPlanningQueue, decidePlanning, listPlanningsForDecision, planningQueue, submitPlanning } from "@/features/planning/service";
import { approvedPlanningFor } from "@/features/planning/queries";
import { getPlanningForOfficer } from "@/features/planning/officer-review";
import { decidePlanningInput, submitPlanningInput } from "@/features/planning/schemas";
import { actorFor, makeOfficer, makePlacement, makeStaff, makeSupplier, staffActor } from "../support/factories";

const TODAY = "2026-06-15";
const PRICE = 17_500; // öre per day, ROM2 level B

const ROM2_OK = ["MAPPING", "INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK", "GUIDANCE"];
const ROM1_OK = ["INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK", "SHORT_TRAINING"];

let org: Awaited<ReturnType<typeof makeSupplier>>;
let rom1Org: Awaited<ReturnType<typeof makeSupplier>>;
let otherOrg: Awaited<ReturnType<typeof makeSupplier>>;
let officer: OfficerActor;
let officer2: OfficerActor;
let reporter: StaffActor; // reporting at unit 0
let reporterOtherUnit: StaffActor; // reporting at unit 1
let receiverOnly: StaffActor; // receives at unit 0, no reporting
let otherSupplierStaff: StaffActor;
let rom1Reporter: StaffActor;

async function placement(opts: { startDate?: string; level?: "A" | "B" | "C"; unit?: number; interruptionDate?: string; secondPeriod?: boolean; supplier?: typeof org } = {}) {
  const s = opts.supplier ?? org;
  const { decision } = await makePlacement({
    supplierId: s.supplier.id, unitId: s.units[opts.unit ?? 0].id, officerId: officer.userId, startDate: opts.startDate ?? "2026-06-10",
    level: opts.level ?? "B", serviceVersion: s.supplier.serviceVersion, interruptionDate: opts.interruptionDate, secondPeriod: opts.secondPeriod,
  });
  const periods = await db.period.findMany({ where: { decisionId: decision.id }, orderBy: { number: "asc" } });
  return { decision, periods };
}

function input(decisionId: string, periodId: string, over: Partial<{ remote: boolean; activityCodes: string[]; idempotencyKey: string }> = {}) {
  return submitPlanningInput.parse({ decisionId, periodId, remote: false, activityCodes: ROM2_OK, idempotencyKey: randomUUID(), ...over });
}

const submit = (actor: StaffActor | OfficerActor, decisionId: string, periodId: string, over: Parameters<typeof input>[2] = {}) =>
  submitPlanning(actor, input(decisionId, periodId, over), TODAY);

const decide = (actor: StaffActor | OfficerActor, planningId: string, decision: "APPROVE" | "REJECT", reason?: string) =>
  decidePlanning(actor, decidePlanningInput.parse({ planningId, decision, reason }), TODAY);

beforeAll(async () => {
  org = await makeSupplier({ units: 2, serviceVersion: "ROM2" });
  rom1Org = await makeSupplier({ units: 1, serviceVersion: "ROM1" });
  otherOrg = await makeSupplier({ units: 1, serviceVersion: "ROM2" });
  officer = (await actorFor((await makeOfficer()).id)) as OfficerActor;
  officer2 = (await actorFor((await makeOfficer()).id)) as OfficerActor;
  const staff = async (supplierId: string, permissions: ("REPORTING" | "RECEIVE_PARTICIPANTS")[], unitIds: string[]) =>
    staffActor((await makeStaff({ supplierId, permissions, unitIds })).user.id, supplierId);
  reporter = await staff(org.supplier.id, ["REPORTING"], [org.units[0].id]);
  reporterOtherUnit = await staff(org.supplier.id, ["REPORTING"], [org.units[1].id]);
  receiverOnly = await staff(org.supplier.id, ["RECEIVE_PARTICIPANTS"], [org.units[0].id]);
  otherSupplierStaff = await staff(otherOrg.supplier.id, ["REPORTING", "RECEIVE_PARTICIPANTS"], [otherOrg.units[0].id]);
  rom1Reporter = await staff(rom1Org.supplier.id, ["REPORTING"], [rom1Org.units[0].id]);
  await db.priceListEntry.createMany({
    data: [
      { serviceVersion: "ROM2", level: "B", article: "BASE_PER_DAY", amountOre: 15_000, validFrom: new Date("2023-04-01T00:00:00Z") },
      { serviceVersion: "ROM2", level: "B", article: "BASE_PER_DAY", amountOre: PRICE, validFrom: new Date("2026-01-01T00:00:00Z") },
      // a price not yet in force on TODAY
      { serviceVersion: "ROM2", level: "B", article: "BASE_PER_DAY", amountOre: 99_900, validFrom: new Date("2026-07-01T00:00:00Z") },
      { serviceVersion: "ROM1", level: "A", article: "BASE_PER_DAY", amountOre: 13_000, validFrom: new Date("2020-01-01T00:00:00Z") },
    ],
  });
});

describe("the activity catalogue", () => {
  it("has the migration's activities per service version, in order", async () => {
    const rom1 = await activityCatalogue("ROM1");
    const rom2 = await activityCatalogue("ROM2");
    expect(rom1.filter((a) => a.mandatory).map((a) => a.code)).toEqual(["INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK"]);
    expect(rom2.filter((a) => a.mandatory).map((a) => a.name)).toEqual(["Kartläggning", "Individuellt utvecklingsmöte", "Eget arbete enligt individuell planering med anordnare"]);
    expect(rom2.map((a) => a.code)).not.toContain("SHORT_TRAINING");
    expect(rom1.map((a) => a.sortOrder)).toEqual([...rom1.map((a) => a.sortOrder)].sort((a, b) => a - b));
  });
});

describe("submitting a planning", () => {
  it("saves version 1 with its activities and an audit record; the supplier sees it as Mottagen", async () => {
    const { decision, periods } = await placement();
    const res = await submit(reporter, decision.id, periods[0].id, { remote: true, activityCodes: ["GUIDANCE", "OWN_WORK", "MAPPING", "INDIVIDUAL_DEVELOPMENT_MEETING"] });
    expect(res.replayed).toBe(false);
    const row = await db.jointPlanning.findUniqueOrThrow({ where: { id: res.planningId }, include: { activities: true } });
    expect(row).toMatchObject({ decisionId: decision.id, periodId: periods[0].id, version: 1, remote: true, status: "RECEIVED", submittedById: reporter.userId });
    expect(row.activities.map((a) => a.activityCode).sort()).toEqual([...ROM2_OK].sort());
    const auditRow = await db.auditEvent.findFirstOrThrow({ where: { action: "planning.submitted", entityId: res.planningId } });
    expect(auditRow).toMatchObject({ actorId: reporter.userId, supplierId: org.supplier.id });
    expect(auditRow.after).toMatchObject({ version: 1, periodNumber: 1, remote: true, activityCodes: ROM2_OK });
    // no event type exists for plannings: the event log is unchanged
    expect(await db.decisionEvent.count({ where: { decisionId: decision.id } })).toBe(0);

    const list = await listPlanningsForDecision(reporter, decision.id, TODAY);
    expect(list.current).toMatchObject({ periodId: periods[0].id, number: 1, refusal: null });
    const [view] = list.periods[0].plannings;
    expect(view).toMatchObject({ version: 1, statusLabel: "Mottagen", superseded: false, inForce: false, remote: true });
    expect(view.activities.map((a) => a.name)).toEqual(["Kartläggning", "Individuellt utvecklingsmöte", "Eget arbete enligt individuell planering med anordnare", "Vägledning mot arbete eller utbildning"]);
    expect(view.submittedBy).toBe(reporter.name);
  });

  it("ROM1 uses its own catalogue: two mandatory activities, Kartläggning unknown", async () => {
    const { decision, periods } = await placement({ supplier: rom1Org, level: "A" });
    await expect(submit(rom1Reporter, decision.id, periods[0].id, { activityCodes: ["MAPPING", ...ROM1_OK] })).rejects.toMatchObject({ field: "activityCodes" });
    const res = await submit(rom1Reporter, decision.id, periods[0].id, { activityCodes: ROM1_OK });
    expect((await db.jointPlanning.findUniqueOrThrow({ where: { id: res.planningId } })).version).toBe(1);
  });

  it("refuses a missing mandatory activity, no optional one and an unknown code, with field errors; nothing is saved", async () => {
    const { decision, periods } = await placement();
    const cases: [string[], RegExp][] = [
      [["INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK", "GUIDANCE"], /obligatoriska aktiviteter.*Kartläggning/],
      [["MAPPING", "INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK"], /minst en valfri aktivitet/],
      [[...ROM2_OK, "SHORT_TRAINING"], /inte finns i tjänstens aktivitetslista/],
      [[...ROM2_OK, "DOES_NOT_EXIST"], /inte finns i tjänstens aktivitetslista/],
    ];
    for (const [activityCodes, message] of cases) {
      const key = randomUUID();
      const err = await submit(reporter, decision.id, periods[0].id, { activityCodes, idempotencyKey: key }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RuleError);
      expect(err).toMatchObject({ field: "activityCodes", message: expect.stringMatching(message) });
      expect(await db.idempotencyRecord.findUnique({ where: { key } })).toBeNull();
    }
    expect(await db.jointPlanning.count({ where: { decisionId: decision.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "planning.submitted", after: { path: ["decisionId"], equals: decision.id } } })).toBe(0);
  });

  it("refuses other units, other suppliers and staff without the reporting permission as not found; officers are forbidden", async () => {
    const { decision, periods } = await placement();
    for (const actor of [reporterOtherUnit, otherSupplierStaff, receiverOnly]) {
      await expect(submit(actor, decision.id, periods[0].id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listPlanningsForDecision(actor, decision.id, TODAY)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(submit(officer, decision.id, periods[0].id)).rejects.toBeInstanceOf(ForbiddenError);
    // a period of another placement
    const other = await placement();
    await expect(submit(reporter, decision.id, other.periods[0].id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.jointPlanning.count({ where: { decisionId: { in: [decision.id, other.decision.id] } } })).toBe(0);
  });

  it("refuses a period that has ended and an interrupted placement; a planned interruption does not stop it", async () => {
    const ended = await placement({ startDate: "2025-11-01" }); // period 1 ended 2026-04-30
    await expect(submit(reporter, ended.decision.id, ended.periods[0].id)).rejects.toThrow(/Period 1 har redan avslutats/);
    expect((await listPlanningsForDecision(reporter, ended.decision.id, TODAY)).current).toBeNull();
    const interrupted = await placement({ interruptionDate: TODAY });
    await expect(submit(reporter, interrupted.decision.id, interrupted.periods[0].id)).rejects.toThrow(/avbrutits/);
    expect((await listPlanningsForDecision(reporter, interrupted.decision.id, TODAY)).current?.refusal).toMatch(/avbrutits/);
    const planned = await placement({ interruptionDate: "2026-08-01" });
    await expect(submit(reporter, planned.decision.id, planned.periods[0].id)).resolves.toMatchObject({ replayed: false });
  });

  it("the same submission twice at once (same key) creates one version", async () => {
    const { decision, periods } = await placement();
    const one = input(decision.id, periods[0].id);
    const results = await Promise.all([submitPlanning(reporter, one, TODAY), submitPlanning(reporter, one, TODAY), submitPlanning(reporter, one, TODAY)]);
    expect(new Set(results.map((r) => r.planningId)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await db.jointPlanning.count({ where: { decisionId: decision.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "planning.submitted", entityId: results[0].planningId } })).toBe(1);
    // and again later
    expect(await submitPlanning(reporter, one, TODAY)).toEqual({ planningId: results[0].planningId, replayed: true });
  });

  it("different submissions at once get consecutive versions", async () => {
    const { decision, periods } = await placement();
    await Promise.all([submit(reporter, decision.id, periods[0].id), submit(reporter, decision.id, periods[0].id)]);
    const rows = await db.jointPlanning.findMany({ where: { decisionId: decision.id }, orderBy: { version: "asc" } });
    expect(rows.map((r) => r.version)).toEqual([1, 2]);
  });
});

describe("deciding a planning", () => {
  it("approval creates one base order: one line per calendar month, days and the price in force", async () => {
    const { decision, periods } = await placement({ startDate: "2026-06-10" }); // period 1: 2026-06-10 – 2026-12-09
    const { planningId } = await submit(reporter, decision.id, periods[0].id);
    const res = await decide(officer, planningId, "APPROVE");
    expect(res).toMatchObject({ status: "APPROVED", orderCreated: true });
    const planning = await db.jointPlanning.findUniqueOrThrow({ where: { id: planningId } });
    expect(planning).toMatchObject({ status: "APPROVED", decidedById: officer.userId, statusReason: null });
    expect(planning.decidedAt).toBeInstanceOf(Date);

    const orders = await db.order.findMany({ where: { decisionId: decision.id }, include: { lines: { orderBy: { lineNumber: "asc" } } } });
    expect(orders).toHaveLength(1);
    const [order] = orders;
    expect(order).toMatchObject({ kind: "BASE", periodId: periods[0].id, orderNumber: res.orderNumber });
    expect(order.lines.map((l) => [l.month?.toISOString().slice(0, 10), l.quantityDays])).toEqual([
      ["2026-06-01", 21], ["2026-07-01", 31], ["2026-08-01", 31], ["2026-09-01", 30], ["2026-10-01", 31], ["2026-11-01", 30], ["2026-12-01", 9],
    ]);
    expect(order.lines.every((l) => l.article === "BASE_PER_DAY" && l.unitPriceOre === PRICE && l.amountOre === l.quantityDays * PRICE && l.state === "OPEN")).toBe(true);

    const approved = await db.auditEvent.findFirstOrThrow({ where: { action: "planning.approved", entityId: planningId } });
    expect(approved).toMatchObject({ actorId: officer.userId, supplierId: org.supplier.id, before: { status: "RECEIVED" } });
    expect(approved.after).toMatchObject({ status: "APPROVED", orderId: order.id, orderCreated: true });
    expect(await db.auditEvent.count({ where: { action: "order.created", entityId: order.id } })).toBe(1);

    const list = await listPlanningsForDecision(reporter, decision.id, TODAY);
    expect(list.periods[0].plannings[0]).toMatchObject({ statusLabel: "Godkänd", inForce: true, decidedBy: "Arbetsförmedlingen" });
    const forOfficer = await listPlanningsForDecision(officer, decision.id, TODAY);
    expect(forOfficer.periods[0].plannings[0].decidedBy).toBe(officer.name);
  });

  it("an update: the approved version stays in force until the new one is approved, which reuses the order", async () => {
    const { decision, periods } = await placement();
    const v1 = await submit(reporter, decision.id, periods[0].id, { activityCodes: ROM2_OK });
    await decide(officer, v1.planningId, "APPROVE");
    const order = await db.order.findFirstOrThrow({ where: { decisionId: decision.id } });

    const updated = [...ROM2_OK, "EMPLOYER_CONTACTS"];
    const v2 = await submit(reporter, decision.id, periods[0].id, { activityCodes: updated, remote: true });
    expect((await db.jointPlanning.findUniqueOrThrow({ where: { id: v2.planningId } })).version).toBe(2);
    expect((await approvedPlanningFor(decision.id, 1))?.activityCodes).toEqual(ROM2_OK);
    expect((await approvedPlanningFor(decision.id, "2026-08-01"))?.version).toBe(1);

    const res = await decide(officer2, v2.planningId, "APPROVE");
    expect(res).toMatchObject({ status: "APPROVED", orderCreated: false, orderNumber: order.orderNumber });
    expect(await db.order.count({ where: { decisionId: decision.id } })).toBe(1);
    expect(await db.orderLine.count({ where: { orderId: order.id } })).toBe(7);
    expect(await db.auditEvent.count({ where: { action: "order.created", entityId: order.id } })).toBe(1);
    const inForce = await approvedPlanningFor(decision.id, 1);
    expect(inForce).toMatchObject({ planningId: v2.planningId, version: 2, remote: true, periodNumber: 1 });
    expect(inForce?.activityCodes).toEqual(["MAPPING", "INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK", "EMPLOYER_CONTACTS", "GUIDANCE"]);
    expect(inForce?.activities.find((a) => a.code === "EMPLOYER_CONTACTS")?.name).toBe("Kontakter med arbetsgivare");
    // months before the period's start day and outside every period
    expect((await approvedPlanningFor(decision.id, "2026-06"))?.version).toBe(2);
    expect(await approvedPlanningFor(decision.id, "2027-03-01")).toBeNull();
    expect(await approvedPlanningFor(decision.id, 2)).toBeNull();

    const views = (await listPlanningsForDecision(reporter, decision.id, TODAY)).periods[0].plannings;
    expect(views.map((v) => [v.version, v.status, v.inForce])).toEqual([[2, "APPROVED", true], [1, "APPROVED", false]]);
  });

  it("rejection with a reason; then a new version can be submitted and approved", async () => {
    const { decision, periods } = await placement();
    const v1 = await submit(reporter, decision.id, periods[0].id);
    await expect(decide(officer, v1.planningId, "REJECT", "Planeringen saknar kontakter med arbetsgivare.")).resolves.toMatchObject({ status: "REJECTED", orderNumber: null });
    expect(await db.jointPlanning.findUniqueOrThrow({ where: { id: v1.planningId } })).toMatchObject({
      status: "REJECTED", statusReason: "Planeringen saknar kontakter med arbetsgivare.", decidedById: officer.userId,
    });
    const rejected = await db.auditEvent.findFirstOrThrow({ where: { action: "planning.rejected", entityId: v1.planningId } });
    expect(rejected.before).toEqual({ status: "RECEIVED" });
    expect(rejected.after).toMatchObject({ status: "REJECTED", reason: "Planeringen saknar kontakter med arbetsgivare." });
    expect(await db.order.count({ where: { decisionId: decision.id } })).toBe(0);
    expect(await approvedPlanningFor(decision.id, 1)).toBeNull();
    const [view] = (await listPlanningsForDecision(reporter, decision.id, TODAY)).periods[0].plannings;
    expect(view).toMatchObject({ statusLabel: "Ej godkänd", statusReason: "Planeringen saknar kontakter med arbetsgivare." });

    const v2 = await submit(reporter, decision.id, periods[0].id, { activityCodes: [...ROM2_OK, "EMPLOYER_CONTACTS"] });
    await decide(officer, v2.planningId, "APPROVE");
    expect(await db.order.count({ where: { decisionId: decision.id } })).toBe(1);
    expect((await approvedPlanningFor(decision.id, 1))?.version).toBe(2);
    // The supplier is told both outcomes in the participant's event log.
    const outcomes = await db.decisionEvent.findMany({ where: { decisionId: decision.id, type: "REPORT_OUTCOME" }, orderBy: { at: "asc" } });
    expect(outcomes.map((e) => e.data)).toEqual([
      expect.objectContaining({ status: "REJECTED", reason: "Planeringen saknar kontakter med arbetsgivare." }),
      expect.objectContaining({ status: "APPROVED" }),
    ]);
  });

  it("a rejection without a reason is refused by the schema and by the service", async () => {
    const { decision, periods } = await placement();
    const { planningId } = await submit(reporter, decision.id, periods[0].id);
    expect(decidePlanningInput.safeParse({ planningId, decision: "REJECT", reason: "" }).success).toBe(false);
    await expect(decidePlanning(officer, { planningId, decision: "REJECT", reason: undefined }, TODAY)).rejects.toMatchObject({ field: "reason" });
    expect((await db.jointPlanning.findUniqueOrThrow({ where: { id: planningId } })).status).toBe("RECEIVED");
  });

  it("staff cannot decide", async () => {
    const { decision, periods } = await placement();
    const { planningId } = await submit(reporter, decision.id, periods[0].id);
    await expect(decide(reporter, planningId, "APPROVE")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(planningQueue(reporter)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getPlanningForOfficer(reporter, planningId)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.jointPlanning.findUniqueOrThrow({ where: { id: planningId } })).status).toBe("RECEIVED");
    await expect(decide(officer, randomUUID(), "APPROVE")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("only the latest RECEIVED version can be decided; a decided one not again", async () => {
    const { decision, periods } = await placement();
    const v1 = await submit(reporter, decision.id, periods[0].id);
    const v2 = await submit(reporter, decision.id, periods[0].id);
    await expect(decide(officer, v1.planningId, "APPROVE")).rejects.toThrow(/senare version/);
    await expect(decide(officer, v1.planningId, "REJECT", "Nej")).rejects.toThrow(/senare version/);
    expect(await db.order.count({ where: { decisionId: decision.id } })).toBe(0);
    const detail = await getPlanningForOfficer(officer, v1.planningId, TODAY);
    expect(detail.decidable).toMatch(/senare version/);
    expect(detail.planning.superseded).toBe(true);
    expect((await getPlanningForOfficer(officer, v2.planningId, TODAY)).decidable).toBeNull();

    await decide(officer, v2.planningId, "APPROVE");
    await expect(decide(officer, v2.planningId, "REJECT", "Ändrat mig")).rejects.toThrow("Planeringen är redan beslutad.");
    await expect(decide(officer, v2.planningId, "APPROVE")).rejects.toBeInstanceOf(RuleError);
    expect(await db.auditEvent.count({ where: { action: { in: ["planning.approved", "planning.rejected"] }, entityId: { in: [v1.planningId, v2.planningId] } } })).toBe(1);
  });

  it("two officers approving at once: one wins, one order", async () => {
    const { decision, periods } = await placement();
    const { planningId } = await submit(reporter, decision.id, periods[0].id);
    const results = await Promise.allSettled([decide(officer, planningId, "APPROVE"), decide(officer2, planningId, "APPROVE")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(RuleError);
    expect(await db.order.count({ where: { decisionId: decision.id } })).toBe(1);
  });

  it("without a price the approval is refused and nothing changes", async () => {
    const { decision, periods } = await placement({ level: "C" });
    const { planningId } = await submit(reporter, decision.id, periods[0].id);
    await expect(decide(officer, planningId, "APPROVE")).rejects.toThrow(/inget pris/);
    expect((await db.jointPlanning.findUniqueOrThrow({ where: { id: planningId } })).status).toBe("RECEIVED");
    expect(await db.order.count({ where: { decisionId: decision.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "planning.approved", entityId: planningId } })).toBe(0);
  });

  it("period 2 has plannings and an order of its own", async () => {
    const { decision, periods } = await placement({ startDate: "2025-12-20", secondPeriod: true }); // period 1 ends 2026-06-19
    const p1 = await submit(reporter, decision.id, periods[0].id);
    await decide(officer, p1.planningId, "APPROVE");
    const p2 = await submitPlanning(reporter, input(decision.id, periods[1].id), "2026-06-25");
    expect((await db.jointPlanning.findUniqueOrThrow({ where: { id: p2.planningId } })).version).toBe(1);
    // period 1 has ended by then
    await expect(submitPlanning(reporter, input(decision.id, periods[0].id), "2026-06-25")).rejects.toThrow(/Period 1 har redan avslutats/);
    await decidePlanning(officer, decidePlanningInput.parse({ planningId: p2.planningId, decision: "APPROVE" }), "2026-06-25");
    const orders = await db.order.findMany({ where: { decisionId: decision.id }, orderBy: { createdAt: "asc" } });
    expect(orders.map((o) => o.periodId)).toEqual([periods[0].id, periods[1].id]);
    expect((await approvedPlanningFor(decision.id, "2026-06-19"))?.periodNumber).toBe(1);
    expect((await approvedPlanningFor(decision.id, "2026-06-20"))?.periodNumber).toBe(2);
  });
});

describe("the officers' queue", () => {
  it("lists the latest RECEIVED version of each period, oldest first, paginated", async () => {
    const a = await placement();
    const b = await placement();
    const a1 = await submit(reporter, a.decision.id, a.periods[0].id);
    const b1 = await submit(reporter, b.decision.id, b.periods[0].id);
    const a2 = await submit(reporter, a.decision.id, a.periods[0].id); // supersedes a1
    const all = [];
    for (let page = 1; ; page++) {
      const q = await planningQueue(officer, { page });
      all.push(...q.rows);
      if (page * q.pageSize >= q.total) {
        expect(all).toHaveLength(q.total);
        break;
      }
    }
    const ids = all.map((r) => r.id);
    expect(ids).toContain(a2.planningId);
    expect(ids).toContain(b1.planningId);
    expect(ids).not.toContain(a1.planningId);
    expect(ids.indexOf(b1.planningId)).toBeLessThan(ids.indexOf(a2.planningId));
    const times = all.map((r) => r.submittedAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(all.every((r) => r.name && r.supplierName && r.implementationReference)).toBe(true);
    const row = all.find((r) => r.id === a2.planningId)!;
    expect(row).toMatchObject({ version: 2, periodNumber: 1, isUpdate: false, activityCount: 4 });
    // no decided planning waits in the queue
    const decided = await db.jointPlanning.findMany({ where: { status: { not: "RECEIVED" } }, select: { id: true } });
    expect(decided.length).toBeGreaterThan(0);
    expect(ids.filter((id) => decided.some((d) => d.id === id))).toEqual([]);

    await decide(officer, b1.planningId, "APPROVE");
    const b2 = await submit(reporter, b.decision.id, b.periods[0].id);
    const after = (await planningQueue(officer, { page: 1 })).rows.concat((await planningQueue(officer, { page: 2 })).rows);
    expect(after.find((r) => r.id === b2.planningId)).toMatchObject({ isUpdate: true });
    expect(after.map((r) => r.id)).not.toContain(b1.planningId);
    // The overview's count is the queue's, and stops at its cap.
    const queued = await planningQueue(officer, {});
    expect(await countPlanningQueue(officer)).toBe(queued.total);
    expect(queued.total).toBeGreaterThanOrEqual(2);
    expect(await countPlanningQueue(officer, 1)).toBe(1);
    // Counted only up to a cap ("fler än"): any page is then answered as asked.
    expect(await planningQueue(officer, { countCap: 1, page: 50 })).toMatchObject({ total: 1, totalIsCapped: true, page: 50, rows: [] });
  });
});
