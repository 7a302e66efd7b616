import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { setClock } from "@/lib/clock";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import type { Actor, StaffActor } from "@/lib/authz/permissions";
import { ensureBaseOrder } from "@/features/orders/base-order";
import { fromIsoDate } from "@/features/decisions/periods";
import { z } from "@/lib/validation/zod";
import { submitReportInput, type SubmitReportInput } from "@/features/periodic-reports/schemas";
import { countReceivedReports, decidePeriodicReport, getPeriodicReportForOfficer, listReceivedReports } from "@/features/periodic-reports/officer-review";
import { getReportOverview, getReportWorkspace, reportsDue } from "@/features/periodic-reports/queries";
import { saveDraft, correctPeriodicReport, submitPeriodicReport } from "@/features/periodic-reports/service";
import { actorFor, makeOfficer, makePlacement, makeStaff, makeSupplier, staffActor } from "../support/factories";

const TODAY = "2026-06-05";
const START = "2026-03-15";
const ACTIVITIES = ["MAPPING", "INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK"];

let org: Awaited<ReturnType<typeof makeSupplier>>;
let otherOrg: Awaited<ReturnType<typeof makeSupplier>>;
let officerId: string;
let officer: Actor;
let reporter: StaffActor; // reporting at unit 0
let colleague: StaffActor; // reporting at unit 0 too
let reporterUnit1: StaffActor; // reporting at unit 1 only
let receiverOnly: StaffActor; // receives at unit 0, no reporting
let foreign: StaffActor; // reporting at the other supplier, all units

beforeAll(async () => {
  setClock(`${TODAY}T10:00:00Z`);
  org = await makeSupplier({ units: 2, serviceVersion: "ROM2" });
  otherOrg = await makeSupplier({ units: 1 });
  const o = await makeOfficer();
  officerId = o.id;
  officer = await actorFor(o.id);
  const staff = async (supplierId: string, permissions: ("REPORTING" | "RECEIVE_PARTICIPANTS")[], unitIds: string[], allUnits = false) =>
    staffActor((await makeStaff({ supplierId, permissions, unitIds, allUnits })).user.id, supplierId);
  reporter = await staff(org.supplier.id, ["REPORTING"], [org.units[0].id]);
  colleague = await staff(org.supplier.id, ["REPORTING"], [org.units[0].id]);
  reporterUnit1 = await staff(org.supplier.id, ["REPORTING"], [org.units[1].id]);
  receiverOnly = await staff(org.supplier.id, ["RECEIVE_PARTICIPANTS"], [org.units[0].id]);
  foreign = await staff(otherOrg.supplier.id, ["REPORTING"], [], true);
  await db.priceListEntry.create({ data: { serviceVersion: "ROM2", level: "B", article: "BASE_PER_DAY", amountOre: 17_500, validFrom: fromIsoDate("2020-01-01") } });
});

/** A placement at unit 0 with an approved joint planning for period 1 and its base order. */
async function placement(opts: { interruptionDate?: string; withPlanning?: boolean; unitIndex?: number } = {}) {
  const { decision } = await makePlacement({
    supplierId: org.supplier.id, unitId: org.units[opts.unitIndex ?? 0].id, officerId, startDate: START, level: "B", serviceVersion: "ROM2",
    handledareId: reporter.userId, interruptionDate: opts.interruptionDate,
  });
  if (opts.withPlanning !== false) {
    const period = await db.period.findFirstOrThrow({ where: { decisionId: decision.id, number: 1 } });
    await db.jointPlanning.create({
      data: {
        decisionId: decision.id, periodId: period.id, version: 1, remote: false, submittedAt: new Date(`${START}T12:00:00Z`), submittedById: reporter.userId,
        status: "APPROVED", decidedAt: new Date(`${START}T14:00:00Z`), decidedById: officerId,
        activities: { create: ACTIVITIES.map((activityCode) => ({ activityCode })) },
      },
    });
    // A later version still waiting for a decision does not count.
    await db.jointPlanning.create({
      data: {
        decisionId: decision.id, periodId: period.id, version: 2, remote: false, submittedAt: new Date(`${START}T15:00:00Z`), submittedById: reporter.userId,
        activities: { create: [...ACTIVITIES, "DIET_HEALTH"].map((activityCode) => ({ activityCode })) },
      },
    });
    await db.$transaction((tx) => ensureBaseOrder(tx, { periodId: period.id, at: new Date(`${START}T14:00:00Z`), actorId: officerId, today: START }));
  }
  return decision;
}

function report(decisionId: string, month: string, over: Partial<SubmitReportInput> = {}): SubmitReportInput {
  const ym = month.slice(0, 7);
  return {
    decisionId, month, noActivities: false, languageSupportGiven: true, jobSuggestionsGiven: false,
    entries: [
      { date: `${ym}-02`, activityCode: "MAPPING", minutes: 90 },
      { date: `${ym}-02`, activityCode: "OWN_WORK", minutes: 120 },
      { date: `${ym}-07`, activityCode: "INDIVIDUAL_DEVELOPMENT_MEETING", minutes: 45 },
    ],
    remoteByActivity: { OWN_WORK: true },
    idempotencyKey: randomUUID(),
    ...over,
  };
}

const draftOf = (input: SubmitReportInput, revision?: string | null) => {
  const { idempotencyKey: _k, ...rest } = input;
  return { ...rest, draftRevision: revision };
};

const lineFor = (decisionId: string, month: string) =>
  db.orderLine.findFirstOrThrow({ where: { month: fromIsoDate(month), order: { decisionId, kind: "BASE" } } });

async function counts() {
  return {
    reports: await db.periodicReport.count(),
    entries: await db.periodicReportEntry.count(),
    delivered: await db.orderLine.count({ where: { state: "DELIVERED" } }),
    audit: await db.auditEvent.count(),
    keys: await db.idempotencyRecord.count(),
  };
}

describe("submitting a month", () => {
  it("creates version 1, Mottagen, and records the month's delivery in the same transaction", async () => {
    const d = await placement();
    const res = await submitPeriodicReport(reporter, report(d.id, "2026-04-01"), TODAY);
    expect(res.replayed).toBe(false);
    const row = await db.periodicReport.findUniqueOrThrow({ where: { id: res.reportId }, include: { entries: true } });
    expect(row).toMatchObject({ version: 1, status: "RECEIVED", submittedById: reporter.userId, languageSupportGiven: true, jobSuggestionsGiven: false, supersedesId: null });
    expect(row.submittedAt).not.toBeNull();
    expect(row.entries).toHaveLength(3);
    expect(row.entries.find((e) => e.activityCode === "OWN_WORK")!.remote).toBe(true);
    expect(row.entries.find((e) => e.activityCode === "MAPPING")!.remote).toBe(false);
    expect(await lineFor(d.id, "2026-04-01")).toMatchObject({ state: "DELIVERED", deliveryReportId: res.reportId });
    expect(await lineFor(d.id, "2026-05-01")).toMatchObject({ state: "OPEN", deliveryReportId: null });
    expect(await db.auditEvent.count({ where: { action: "periodic-report.submitted", entityId: res.reportId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "order-line.delivered", after: { path: ["deliveryReportId"], equals: res.reportId } } })).toBe(1);

    const overview = await getReportOverview(reporter, d.id, TODAY);
    const states = Object.fromEntries(overview.months.map((m) => [m.month, m.state]));
    expect(states).toMatchObject({ "2026-03-01": "overdue", "2026-04-01": "submitted", "2026-05-01": "due", "2026-06-01": "not-yet", "2026-09-01": "not-yet" });
    expect(overview.months.find((m) => m.month === "2026-04-01")!.latest).toMatchObject({ status: "RECEIVED", version: 1 });
  });

  it("without an order for the month nothing is stored (the delivery and the report commit together)", async () => {
    const d = await placement({ withPlanning: false });
    const before = await counts();
    await expect(submitPeriodicReport(reporter, report(d.id, "2026-04-01", { noActivities: true, entries: [] }), TODAY)).rejects.toThrow(/ingen beställning/);
    expect(await counts()).toEqual(before);
  });

  it("a double submit with the same key (two tabs, retry): one report, one delivery", async () => {
    const d = await placement();
    const input = report(d.id, "2026-05-01");
    const [a, b] = await Promise.all([submitPeriodicReport(reporter, input, TODAY), submitPeriodicReport(reporter, input, TODAY)]);
    expect(a.reportId).toBe(b.reportId);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    const again = await submitPeriodicReport(reporter, input, TODAY);
    expect(again).toEqual({ reportId: a.reportId, replayed: true });
    expect(await db.periodicReport.count({ where: { decisionId: d.id } })).toBe(1);
    const line = await lineFor(d.id, "2026-05-01");
    expect(await db.auditEvent.count({ where: { action: "order-line.delivered", entityId: line.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "periodic-report.submitted", entityId: a.reportId } })).toBe(1);
  });

  it("a second report for a submitted month is refused and points to a correction", async () => {
    const d = await placement();
    await submitPeriodicReport(reporter, report(d.id, "2026-05-01"), TODAY);
    const other = await Promise.allSettled([submitPeriodicReport(colleague, report(d.id, "2026-05-01"), TODAY)]);
    expect(other[0].status).toBe("rejected");
    expect(((other[0] as PromiseRejectedResult).reason as Error).message).toMatch(/redan inskickad.*Skicka rättelse/);
    // Two people with different keys at once: exactly one wins.
    const d2 = await placement();
    const both = await Promise.allSettled([submitPeriodicReport(reporter, report(d2.id, "2026-05-01"), TODAY), submitPeriodicReport(colleague, report(d2.id, "2026-05-01"), TODAY)]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.periodicReport.count({ where: { decisionId: d2.id } })).toBe(1);
    // Nor can a draft be saved over it.
    await expect(saveDraft(reporter, draftOf(report(d.id, "2026-05-01")), TODAY)).rejects.toThrow(/redan inskickad/);
  });
});

describe("refusals change nothing", () => {
  it("the current month and a future month", async () => {
    const d = await placement();
    const before = await counts();
    await expect(submitPeriodicReport(reporter, report(d.id, "2026-06-01", { entries: [{ date: "2026-06-02", activityCode: "MAPPING", minutes: 60 }] }), TODAY)).rejects.toMatchObject({
      field: "month", message: expect.stringMatching(/inte slut än.*1 juli 2026/),
    });
    await expect(submitPeriodicReport(reporter, report(d.id, "2026-07-01"), TODAY)).rejects.toBeInstanceOf(RuleError);
    await expect(submitPeriodicReport(reporter, report(d.id, "2026-10-01"), TODAY)).rejects.toThrow(/ingår inte i deltagarens tjänst/);
    await expect(saveDraft(reporter, draftOf(report(d.id, "2026-07-01")), TODAY)).rejects.toThrow(/kan påbörjas från och med 1 juli 2026/);
    expect(await counts()).toEqual(before);
  });

  it("dates after an interruption, activities outside the planning, more than 24 hours", async () => {
    const d = await placement({ interruptionDate: "2026-05-20" });
    const before = await counts();
    const afterInterruption = submitPeriodicReport(reporter, report(d.id, "2026-05-01", { entries: [{ date: "2026-05-20", activityCode: "MAPPING", minutes: 60 }] }), TODAY);
    await expect(afterInterruption).rejects.toBeInstanceOf(z.ZodError);
    await expect(afterInterruption).rejects.toMatchObject({ issues: [{ path: ["entries", 0, "date"], message: "20 maj 2026 ingår inte i deltagarens tjänst." }] });
    // The day before the interruption is still in the service.
    const notPlanned = submitPeriodicReport(reporter, report(d.id, "2026-05-01", { entries: [{ date: "2026-05-19", activityCode: "DIET_HEALTH", minutes: 60 }] }), TODAY);
    await expect(notPlanned).rejects.toMatchObject({ issues: [{ path: ["entries", 0, "activityCode"] }] });
    const tooMuch = submitPeriodicReport(reporter, report(d.id, "2026-05-01", {
      entries: [{ date: "2026-05-04", activityCode: "MAPPING", minutes: 12 * 60 }, { date: "2026-05-04", activityCode: "OWN_WORK", minutes: 12 * 60 + 15 }],
    }), TODAY);
    await expect(tooMuch).rejects.toMatchObject({ issues: [{ path: ["days", "2026-05-04"], message: expect.stringMatching(/högst 24 timmar/) }] });
    // A month interrupted mid-way may be sent from the interruption date.
    const m = (await getReportOverview(reporter, d.id, TODAY)).months;
    expect(m.map((x) => x.month)).toEqual(["2026-03-01", "2026-04-01", "2026-05-01"]);
    expect(m[2]).toMatchObject({ lastDay: "2026-05-19", dueFrom: "2026-05-20" });
    expect(await counts()).toEqual(before);
    await submitPeriodicReport(reporter, report(d.id, "2026-05-01", { entries: [{ date: "2026-05-19", activityCode: "MAPPING", minutes: 60 }] }), TODAY);
  });

  it("other unit, other supplier, missing permission, officers: not found", async () => {
    const d = await placement();
    const before = await counts();
    for (const actor of [reporterUnit1, foreign, receiverOnly]) {
      await expect(submitPeriodicReport(actor, report(d.id, "2026-04-01"), TODAY)).rejects.toBeInstanceOf(NotFoundError);
      await expect(saveDraft(actor, draftOf(report(d.id, "2026-04-01")), TODAY)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getReportWorkspace(actor, d.id, "2026-04-01", TODAY)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getReportOverview(actor, d.id, TODAY)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(submitPeriodicReport(officer, report(d.id, "2026-04-01"), TODAY)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await counts()).toEqual(before);
  });

  it("malformed input is refused by the schema, and the service re-checks whatever reaches it", async () => {
    const d = await placement();
    const before = await counts();
    const junk = [
      { ...report(d.id, "2026-04-01"), entries: [{ date: "2026-04-02", activityCode: "MAPPING", minutes: 70 }] },
      { ...report(d.id, "2026-04-01"), entries: [{ date: "2026-04-02", activityCode: "MAPPING", minutes: -15 }] },
      { ...report(d.id, "2026-04-01"), entries: [{ date: "2026-04-31", activityCode: "MAPPING", minutes: 60 }] },
      { ...report(d.id, "2026-04-01"), month: "2026-04-15" },
      { ...report(d.id, "2026-04-01"), languageSupportGiven: "ja" },
      { ...report(d.id, "2026-04-01"), idempotencyKey: "x" },
      { ...report(d.id, "2026-04-01"), noActivities: true },
      "nonsense",
    ];
    for (const raw of junk) expect(submitReportInput.safeParse(raw).success).toBe(false);
    // The same content straight to the service (as if the schema were bypassed).
    for (const raw of junk.slice(0, 3).concat(junk[6])) await expect(submitPeriodicReport(reporter, raw as SubmitReportInput, TODAY)).rejects.toBeInstanceOf(z.ZodError);
    expect(await counts()).toEqual(before);
  });
});

describe("drafts", () => {
  it("one colleague saves, another resumes; a stale copy does not overwrite; submitting turns the draft into the report", async () => {
    const d = await placement();
    const first = await saveDraft(reporter, draftOf(report(d.id, "2026-04-01", { languageSupportGiven: null as never }), null), TODAY);
    const row = await db.periodicReport.findUniqueOrThrow({ where: { id: first.reportId } });
    expect(row).toMatchObject({ submittedAt: null, status: null, version: 1 });
    expect((await lineFor(d.id, "2026-04-01")).state).toBe("OPEN");

    const ws = await getReportWorkspace(colleague, d.id, "2026-04-01", TODAY);
    expect(ws.draft).toMatchObject({ id: first.reportId, revision: first.revision, savedBy: reporter.name });
    expect(ws.draft!.entries).toHaveLength(3);
    expect(ws.draft!.remoteByActivity).toEqual({ MAPPING: false, OWN_WORK: true, INDIVIDUAL_DEVELOPMENT_MEETING: false });
    expect(ws.activities.map((a) => a.code)).toEqual(["MAPPING", "INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK"]);
    expect(ws.activities[0].name).toBe("Kartläggning");
    expect(ws.days[0]).toBe("2026-04-01");
    expect(ws.days).toHaveLength(30);
    expect(ws.versions).toEqual([]);

    const moreHours = report(d.id, "2026-04-01", { entries: [{ date: "2026-04-09", activityCode: "OWN_WORK", minutes: 30 }] });
    const second = await saveDraft(colleague, draftOf(moreHours, ws.draft!.revision), TODAY);
    expect(second.reportId).toBe(first.reportId);
    expect(second.revision).not.toBe(first.revision);
    // The first person still has the old copy open.
    await expect(saveDraft(reporter, draftOf(report(d.id, "2026-04-01"), first.revision), TODAY)).rejects.toThrow(/ändrats av någon annan/);
    // Starting "new" when a draft exists is refused as well.
    await expect(saveDraft(reporter, draftOf(report(d.id, "2026-04-01"), null), TODAY)).rejects.toThrow(/ändrats av någon annan/);
    expect(await db.periodicReportEntry.count({ where: { reportId: first.reportId } })).toBe(1);

    // A draft can be saved during the month, not for days that have not been.
    await saveDraft(reporter, draftOf(report(d.id, "2026-06-01", { entries: [{ date: "2026-06-02", activityCode: "MAPPING", minutes: 60 }] })), TODAY);
    await expect(saveDraft(reporter, draftOf(report(d.id, "2026-06-01", { entries: [{ date: "2026-06-09", activityCode: "MAPPING", minutes: 60 }] })), TODAY)).rejects.toBeInstanceOf(z.ZodError);

    const sent = await submitPeriodicReport(reporter, moreHours, TODAY);
    expect(sent.reportId).toBe(first.reportId);
    expect(await db.periodicReport.count({ where: { decisionId: d.id, month: fromIsoDate("2026-04-01") } })).toBe(1);
    const after = await getReportWorkspace(reporter, d.id, "2026-04-01", TODAY);
    expect(after.draft).toBeNull();
    expect(after.versions.map((v) => [v.version, v.status, v.submittedBy])).toEqual([[1, "RECEIVED", reporter.name]]);
    expect(after.month.state).toBe("submitted");
  });
});

describe("corrections", () => {
  it("supersede the latest version; both stay; the delivery points to the correction; rejected reports can be corrected", async () => {
    const d = await placement();
    const v1 = await submitPeriodicReport(reporter, report(d.id, "2026-05-01"), TODAY);
    const fix = report(d.id, "2026-05-01", { entries: [{ date: "2026-05-05", activityCode: "OWN_WORK", minutes: 180 }], jobSuggestionsGiven: true });
    const v2 = await correctPeriodicReport(colleague, { ...fix, correctsReportId: v1.reportId }, TODAY);
    const rows = await db.periodicReport.findMany({ where: { decisionId: d.id }, orderBy: { version: "asc" }, include: { entries: true } });
    expect(rows.map((r) => [r.version, r.supersedesId, r.status])).toEqual([[1, null, "RECEIVED"], [2, v1.reportId, "RECEIVED"]]);
    expect(rows[0].entries).toHaveLength(3); // the first version is untouched
    expect(rows[1].entries.map((e) => e.minutes)).toEqual([180]);
    expect(await lineFor(d.id, "2026-05-01")).toMatchObject({ state: "DELIVERED", deliveryReportId: v2.reportId });
    expect(await db.auditEvent.count({ where: { action: "periodic-report.corrected", entityId: v2.reportId } })).toBe(1);
    const ws = await getReportWorkspace(reporter, d.id, "2026-05-01", TODAY);
    expect(ws.versions.map((v) => [v.version, v.superseded])).toEqual([[1, true], [2, false]]);
    expect(ws.latest!.id).toBe(v2.reportId);
    expect(ws.mayCorrect).toBe(true);

    // Correcting an older version is refused.
    await expect(correctPeriodicReport(reporter, { ...fix, idempotencyKey: randomUUID(), correctsReportId: v1.reportId }, TODAY)).rejects.toThrow(/nyare version/);
    // Same key again: the first correction, nothing new.
    expect(await correctPeriodicReport(colleague, { ...fix, correctsReportId: v1.reportId }, TODAY)).toEqual({ reportId: v2.reportId, replayed: true });

    await decidePeriodicReport(officer, { reportId: v2.reportId, decision: "REJECT", reason: "Timmarna stämmer inte med planeringen." });
    const v3 = await correctPeriodicReport(reporter, { ...fix, idempotencyKey: randomUUID(), correctsReportId: v2.reportId }, TODAY);
    expect((await db.periodicReport.findUniqueOrThrow({ where: { id: v3.reportId } })).version).toBe(3);
    expect((await db.periodicReport.findUniqueOrThrow({ where: { id: v2.reportId } })).status).toBe("REJECTED");
    expect((await lineFor(d.id, "2026-05-01")).deliveryReportId).toBe(v3.reportId);
  });

  it("are refused once the month is invoiced", async () => {
    const d = await placement();
    const v1 = await submitPeriodicReport(reporter, report(d.id, "2026-04-01"), TODAY);
    const line = await lineFor(d.id, "2026-04-01");
    await db.orderLine.update({ where: { id: line.id }, data: { state: "INVOICED", invoicedAt: new Date() } });
    const before = await counts();
    await expect(correctPeriodicReport(reporter, { ...report(d.id, "2026-04-01"), correctsReportId: v1.reportId }, TODAY)).rejects.toThrow(/redan fakturerad/);
    expect(await counts()).toEqual(before);
    expect((await getReportWorkspace(reporter, d.id, "2026-04-01", TODAY)).mayCorrect).toBe(false);
    expect(await lineFor(d.id, "2026-04-01")).toMatchObject({ state: "INVOICED", deliveryReportId: v1.reportId });
  });
});

describe("the officer's decision", () => {
  it("approves, or rejects with a reason, only the latest received version; staff cannot decide", async () => {
    const d = await placement();
    setClock(`${TODAY}T11:00:00Z`);
    const a = await submitPeriodicReport(reporter, report(d.id, "2026-03-01", { entries: [{ date: "2026-03-16", activityCode: "MAPPING", minutes: 60 }] }), TODAY);
    setClock(`${TODAY}T11:05:00Z`);
    const b = await submitPeriodicReport(reporter, report(d.id, "2026-04-01"), TODAY);

    const queue = await listReceivedReports(officer);
    const ids = queue.rows.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([a.reportId, b.reportId]));
    expect(ids.indexOf(a.reportId)).toBeLessThan(ids.indexOf(b.reportId));
    await expect(listReceivedReports(reporter)).rejects.toBeInstanceOf(ForbiddenError);

    await expect(decidePeriodicReport(reporter, { reportId: a.reportId, decision: "APPROVE" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getPeriodicReportForOfficer(reporter, a.reportId)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.periodicReport.findUniqueOrThrow({ where: { id: a.reportId } })).status).toBe("RECEIVED");

    await decidePeriodicReport(officer, { reportId: a.reportId, decision: "APPROVE" });
    expect(await db.periodicReport.findUniqueOrThrow({ where: { id: a.reportId } })).toMatchObject({ status: "APPROVED", statusReason: null });
    await expect(decidePeriodicReport(officer, { reportId: a.reportId, decision: "REJECT", reason: "x" })).rejects.toThrow(/redan beslutad/);
    expect((await listReceivedReports(officer)).rows.map((r) => r.id)).not.toContain(a.reportId);

    await expect(decidePeriodicReport(officer, { reportId: b.reportId, decision: "REJECT" })).rejects.toMatchObject({ field: "reason" });
    await decidePeriodicReport(officer, { reportId: b.reportId, decision: "REJECT", reason: "Aktiviteterna saknar distansuppgift." });
    expect(await db.periodicReport.findUniqueOrThrow({ where: { id: b.reportId } })).toMatchObject({ status: "REJECTED", statusReason: "Aktiviteterna saknar distansuppgift." });
    const rejected = await db.auditEvent.findFirstOrThrow({ where: { action: "periodic-report.rejected", entityId: b.reportId } });
    expect(rejected.actorId).toBe(officer.userId);
    // The supplier is told in the participant's event log, with the reason.
    const bReport = await db.periodicReport.findUniqueOrThrow({ where: { id: b.reportId } });
    const outcomes = await db.decisionEvent.findMany({ where: { decisionId: bReport.decisionId, type: "REPORT_OUTCOME" } });
    expect(outcomes.map((e) => e.data)).toContainEqual(expect.objectContaining({ status: "REJECTED", reason: "Aktiviteterna saknar distansuppgift." }));

    const view = await getPeriodicReportForOfficer(officer, b.reportId);
    expect(view.report).toMatchObject({ status: "REJECTED", decidedBy: officer.name });
    expect(view.activityNames.MAPPING).toBe("Kartläggning");
    const ws = await getReportWorkspace(reporter, d.id, "2026-04-01", TODAY);
    expect(ws.latest).toMatchObject({ status: "REJECTED", statusReason: "Aktiviteterna saknar distansuppgift." });

    // A superseded version cannot be decided.
    const c = await submitPeriodicReport(reporter, report(d.id, "2026-05-01"), TODAY);
    await correctPeriodicReport(reporter, { ...report(d.id, "2026-05-01"), correctsReportId: c.reportId }, TODAY);
    await expect(decidePeriodicReport(officer, { reportId: c.reportId, decision: "APPROVE" })).rejects.toThrow(/ersatts av en rättelse/);
    const queued = (await listReceivedReports(officer, 1)).rows.map((r) => r.id);
    expect(queued).not.toContain(c.reportId);
    const received = await listReceivedReports(officer);
    expect(await countReceivedReports(officer)).toBe(received.total);
    // Counted only up to a cap: the menu's "99+", the list's "fler än".
    expect(received.total).toBeGreaterThanOrEqual(2);
    expect(await countReceivedReports(officer, 2)).toBe(2);
    expect(await listReceivedReports(officer, 1, 1)).toMatchObject({ total: 1, totalIsCapped: true });
    expect(received.totalIsCapped).toBe(false);
    await expect(decidePeriodicReport(officer, { reportId: randomUUID(), decision: "APPROVE" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("reports due on the start page", () => {
  it("lists due and overdue months of the actor's reporting units, overdue first", async () => {
    const d = await placement();
    await submitPeriodicReport(reporter, report(d.id, "2026-04-01"), TODAY);
    await saveDraft(reporter, draftOf(report(d.id, "2026-05-01")), TODAY);
    const elsewhere = await placement({ unitIndex: 1 });
    const due = await reportsDue(reporter, TODAY, 500);
    const mine = due.rows.filter((r) => r.decisionId === d.id);
    expect(mine.map((r) => [r.month, r.state, r.hasDraft])).toEqual([["2026-03-01", "overdue", false], ["2026-05-01", "due", true]]);
    expect(due.rows.some((r) => r.decisionId === elsewhere.id)).toBe(false);
    const firstDue = due.rows.findIndex((r) => r.state === "due");
    expect(due.rows.slice(0, firstDue === -1 ? undefined : firstDue).every((r) => r.state === "overdue")).toBe(true);
    expect(due.rows.slice(firstDue).every((r) => r.state === "due")).toBe(true);
    expect((await reportsDue(reporter, TODAY, 2)).rows).toHaveLength(2);
    expect(await reportsDue(receiverOnly, TODAY)).toEqual({ total: 0, totalIsCapped: false, rows: [] });
    expect((await reportsDue(reporterUnit1, TODAY)).rows.some((r) => r.decisionId === elsewhere.id)).toBe(true);
  });

  it("shows a handledare their own participants first: 'mine' leaves out a colleague's, the count is the whole list's", async () => {
    const own = await placement();
    const colleagues = await placement();
    // The colleague takes over the second participant.
    await db.handledareAssignment.updateMany({ where: { decisionId: colleagues.id, endedAt: null }, data: { endedAt: new Date(), endedById: colleague.userId } });
    await db.handledareAssignment.create({ data: { decisionId: colleagues.id, handledareId: colleague.userId, assignedAt: new Date(), assignedById: colleague.userId } });
    const mine = await reportsDue(reporter, TODAY, 500, { mine: true });
    const all = await reportsDue(reporter, TODAY, 500);
    expect(mine.rows.some((r) => r.decisionId === own.id)).toBe(true);
    expect(mine.rows.some((r) => r.decisionId === colleagues.id)).toBe(false);
    expect(all.rows.some((r) => r.decisionId === colleagues.id)).toBe(true);
    expect((await reportsDue(colleague, TODAY, 500, { mine: true })).rows.map((r) => r.decisionId)).toEqual(expect.arrayContaining([colleagues.id]));
    // The count is of the whole list, not of the page.
    const onePage = await reportsDue(reporter, TODAY, 1);
    expect(onePage.rows).toHaveLength(1);
    expect(onePage.total).toBe(all.total);
    expect(all.total).toBe(all.rows.length);
  });

  it("any shorter list is the head of the full one, ties on the due date included; the count stops at its cap", async () => {
    for (let i = 0; i < 4; i++) await placement();
    const all = await reportsDue(reporter, TODAY, 500);
    expect(all.rows.length).toBeGreaterThan(6);
    // Many months share a due date: the page is cut at the limit-th due date, then sorted by name.
    expect(new Set(all.rows.map((r) => r.dueBy)).size).toBeLessThan(all.rows.length);
    for (let limit = 1; limit <= all.rows.length; limit++) {
      expect((await reportsDue(reporter, TODAY, limit)).rows, `limit ${limit}`).toEqual(all.rows.slice(0, limit));
    }
    const mineAll = await reportsDue(reporter, TODAY, 500, { mine: true });
    expect((await reportsDue(reporter, TODAY, 3, { mine: true })).rows).toEqual(mineAll.rows.slice(0, 3));
    expect(await reportsDue(reporter, TODAY, 2, { countCap: 5 })).toMatchObject({ total: 5, totalIsCapped: true });
    expect(await reportsDue(reporter, TODAY, 2, { countCap: all.total })).toMatchObject({ total: all.total, totalIsCapped: false });
  });
});
