import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db, dbHandle } from "@/lib/db";
import { setClock } from "@/lib/clock";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import type { OfficerActor, StaffActor } from "@/lib/authz/permissions";
import { listEvents } from "@/features/events/feed";
import { officerQueueCountsSql } from "@/features/officer-review/queue-counts";
import { countPlanningQueue } from "@/features/planning/service";
import { countReceivedReports } from "@/features/periodic-reports/officer-review";
import { countReportQueue, decideParticipantReport, getParticipantReportForOfficer, listReports, reportFormContext, reportQueue, submitParticipantReport } from "@/features/participant-reports/service";
import type { ReportKind } from "@/features/participant-reports/labels";
import type { ReportInput } from "@/features/participant-reports/schemas";
import { actorFor, makeOfficer, makePlacement, makeStaff, makeSupplier, staffActor } from "../support/factories";


const TODAY = "2026-06-15"; // a Monday
const NOON = "2026-06-15T10:00:00Z"; // 12:00 in Sweden

let org: Awaited<ReturnType<typeof makeSupplier>>;
let otherOrg: Awaited<ReturnType<typeof makeSupplier>>;
let officer: OfficerActor;
let reporter: StaffActor; // reporting at unit 0
let reporterOtherUnit: StaffActor; // reporting at unit 1
let receiverOnly: StaffActor; // receives at unit 0, no reporting
let otherSupplierStaff: StaffActor;

/** The activities of the approved joint planning of period 1 (absence and the slutredovisning name these). */
const PLANNED = ["MAPPING", "INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK", "GUIDANCE"];

async function placement(opts: { startDate?: string; unit?: number; interruptionDate?: string; supplier?: typeof org; planning?: boolean } = {}) {
  const s = opts.supplier ?? org;
  const { decision, participant } = await makePlacement({
    supplierId: s.supplier.id, unitId: s.units[opts.unit ?? 0].id, officerId: officer.userId, startDate: opts.startDate ?? "2026-03-02",
    interruptionDate: opts.interruptionDate,
  });
  if (opts.planning !== false) {
    const period = await db.period.findFirstOrThrow({ where: { decisionId: decision.id, number: 1 } });
    await db.jointPlanning.create({
      data: {
        decisionId: decision.id, periodId: period.id, version: 1, remote: false, submittedAt: decision.decidedAt, submittedById: officer.userId,
        status: "APPROVED", decidedAt: decision.decidedAt, decidedById: officer.userId, activities: { create: PLANNED.map((activityCode) => ({ activityCode })) },
      },
    });
  }
  return { decisionId: decision.id, pnr: participant.personalIdentityNumber };
}

/** A valid report of each kind for an ongoing placement started 2026-03-02 (FINAL: for one that has ended). */
function valid(kind: ReportKind, decisionId: string, over: Record<string, unknown> = {}): ReportInput {
  const env = { decisionId, idempotencyKey: randomUUID() };
  const inputs: Record<ReportKind, Record<string, unknown>> = {
    ABSENCE: {
      date: "2026-06-12", extent: "PART_DAY", expectedFrom: "09:00", expectedTo: "15:00", absentFrom: "09:00", absentTo: "11:30",
      activityCode: "GUIDANCE", reason: "OTHER_KNOWN", otherReason: "JOB_INTERVIEW", otherText: "",
    },
    DEVIATION: {
      date: "2026-06-03", reason: "DECLINED_JOB", offeredJob: "Lagerarbetare", employer: "Lager AB", offeredDate: "2026-06-01", offeredActivity: "",
      description: "Tackade nej vid telefonsamtal med arbetsgivaren.",
    },
    INFORMATIVE: { concerns: ["SIGN_LANGUAGE_INTERPRETER"], text: "Deltagaren behöver teckenspråkstolk vid gruppträffar.", contactName: "Anna Handledare", contactPhone: "08-123 456 78", contactEmail: "" },
    WORK_SIGNAL: { type: "WORK", extent: "PART_TIME", percent: 75, startDate: "2026-07-01" },
    RESULT: {
      employments: [
        { type: "EMPLOYMENT", extent: "FULL_TIME", percent: Number.NaN, employer: "Bygg AB", orgNumber: "5560360793", startDate: "2026-07-01", endDate: "" },
        { type: "SELF_EMPLOYMENT", extent: "PART_TIME", percent: 25, employer: "Eget företag", orgNumber: "000000-0000", startDate: "2026-07-01", endDate: "2026-12-31" },
      ],
    },
    FINAL: {
      mainOccupation: "JOB_SEEKING", otherOccupation: "", jobSeekingReasons: "Få lediga arbeten inom det sökta yrket på orten.",
      activities: [{ activityCode: "MAPPING", progress: "Kartläggningen är klar.", nextStep: "Fortsatt matchning mot lagerarbete." }],
    },
  };
  return { kind, ...env, ...inputs[kind], ...over } as ReportInput;
}

const submit = (actor: StaffActor | OfficerActor, input: ReportInput, nowTime = "12:00") => submitParticipantReport(actor, input, TODAY, nowTime);
const decide = (actor: StaffActor | OfficerActor, reportId: string, decision: "APPROVE" | "REJECT", reason?: string) => decideParticipantReport(actor, { reportId, decision, reason });

beforeAll(async () => {
  setClock(NOON);
  org = await makeSupplier({ units: 2, serviceVersion: "ROM2" });
  otherOrg = await makeSupplier({ units: 1, serviceVersion: "ROM2" });
  officer = (await actorFor((await makeOfficer()).id)) as OfficerActor;
  const staff = async (supplierId: string, permissions: ("REPORTING" | "RECEIVE_PARTICIPANTS")[], unitIds: string[]) =>
    staffActor((await makeStaff({ supplierId, permissions, unitIds })).user.id, supplierId);
  reporter = await staff(org.supplier.id, ["REPORTING"], [org.units[0].id]);
  reporterOtherUnit = await staff(org.supplier.id, ["REPORTING"], [org.units[1].id]);
  receiverOnly = await staff(org.supplier.id, ["RECEIVE_PARTICIPANTS"], [org.units[0].id]);
  otherSupplierStaff = await staff(otherOrg.supplier.id, ["REPORTING", "RECEIVE_PARTICIPANTS"], [otherOrg.units[0].id]);
});

beforeEach(() => {
  setClock(NOON);
});

describe("sending each kind of report", () => {
  it("every kind is received with its answers, listed for the supplier and audited without the personal identity number", async () => {
    const ongoing = await placement();
    const ended = await placement({ startDate: "2025-12-01" }); // last day 2026-05-31, final report due 2026-06-05
    for (const kind of ["ABSENCE", "DEVIATION", "INFORMATIVE", "WORK_SIGNAL", "RESULT", "FINAL"] as const) {
      const p = kind === "FINAL" ? ended : ongoing;
      const { reportId, replayed } = await submit(reporter, valid(kind, p.decisionId));
      expect(replayed).toBe(false);
      const row = await db.participantReport.findUniqueOrThrow({ where: { id: reportId } });
      expect(row).toMatchObject({ kind, status: "RECEIVED", correctsId: null, submittedById: reporter.userId, decidedAt: null });
      const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "report.submitted", entityId: reportId } });
      expect(audit.after).toMatchObject({ decisionId: p.decisionId, kind, status: "RECEIVED" });
      expect(JSON.stringify([audit.before, audit.after])).not.toContain(p.pnr);
      expect(JSON.stringify(row.data)).not.toContain(p.pnr);
    }
    const stored = await db.participantReport.findMany({ where: { decisionId: ongoing.decisionId } });
    const data = Object.fromEntries(stored.map((r) => [r.kind, r.data]));
    expect(data.ABSENCE).toEqual({
      date: "2026-06-12", extent: "PART_DAY", expectedFrom: "09:00", expectedTo: "15:00", absentFrom: "09:00", absentTo: "11:30",
      activityCode: "GUIDANCE", reason: "OTHER_KNOWN", otherReason: "JOB_INTERVIEW",
    });
    expect(data.DEVIATION).not.toHaveProperty("offeredActivity");
    expect(data.RESULT).toEqual({
      employments: [
        { type: "EMPLOYMENT", extent: "FULL_TIME", employer: "Bygg AB", orgNumber: "556036-0793", startDate: "2026-07-01" },
        { type: "SELF_EMPLOYMENT", extent: "PART_TIME", percent: 25, employer: "Eget företag", orgNumber: "000000-0000", startDate: "2026-07-01", endDate: "2026-12-31" },
      ],
    });

    const list = await listReports(reporter, ongoing.decisionId, TODAY);
    expect(list.reports.map((r) => [r.kind, r.statusLabel])).toEqual(expect.arrayContaining([["ABSENCE", "Mottagen"], ["RESULT", "Mottagen"]]));
    expect(list.reports.find((r) => r.kind === "ABSENCE")!.details[0].rows).toContainEqual({ label: "Aktivitet", value: "Vägledning mot arbete eller utbildning" });
    // A pending result stops further work signals and a second result.
    expect(list.availability.WORK_SIGNAL).toMatch(/resultatredovisning/);
    expect(list.availability.RESULT).toMatch(/väntar redan på beslut/);
    expect(list.availability.FINAL).toMatch(/lämnat tjänsten/);
    const endedList = await listReports(reporter, ended.decisionId, TODAY);
    expect(endedList.decision).toMatchObject({ lastDay: "2026-05-31", finalDeadline: "2026-06-05", left: true });
    expect(endedList.reports[0]).toMatchObject({ kind: "FINAL", late: true });
    expect(endedList.availability.FINAL).toMatch(/redan en slutredovisning/);
  });

  it("an absence is refused in the future, before the activity ended, at 15 minutes or less", async () => {
    const p = await placement();
    await expect(submit(reporter, valid("ABSENCE", p.decisionId, { date: "2026-06-16" }))).rejects.toMatchObject({ field: "date" });
    await expect(submit(reporter, valid("ABSENCE", p.decisionId, { date: TODAY }), "14:30")).rejects.toMatchObject({ field: "expectedTo" });
    expect((await submit(reporter, valid("ABSENCE", p.decisionId, { date: TODAY }), "15:00")).replayed).toBe(false);
    await expect(submit(reporter, valid("ABSENCE", p.decisionId, { absentTo: "09:15" }))).rejects.toThrow(/längre än 15 minuter/);
    await expect(submit(reporter, valid("ABSENCE", p.decisionId, { date: "2026-02-27" }))).rejects.toThrow(/inom deltagarens tid i tjänsten/);
    await expect(submit(reporter, valid("ABSENCE", p.decisionId, { activityCode: "SHORT_TRAINING" }))).rejects.toMatchObject({ field: "activityCode" });
  });

  it("an absence names an activity of the approved planning, in the portal and the API alike (issue #13, finding 6)", async () => {
    const p = await placement();
    // Kost och hälsa is in the service's catalogue but not in this participant's planning.
    await expect(submit(reporter, valid("ABSENCE", p.decisionId, { activityCode: "DIET_HEALTH" }))).rejects.toMatchObject({
      field: "activityCode", message: expect.stringMatching(/godkända gemensamma planering/),
    });
    const ctx = await reportFormContext(reporter, p.decisionId, "ABSENCE", null, TODAY);
    expect(ctx.activities.map((a) => a.code).sort()).toEqual([...PLANNED].sort());
    // No approved planning: nothing to be absent from, and the form offers no activity.
    const unplanned = await placement({ planning: false });
    await expect(submit(reporter, valid("ABSENCE", unplanned.decisionId))).rejects.toMatchObject({ field: "activityCode", message: expect.stringMatching(/ingen godkänd gemensam planering/) });
    expect((await reportFormContext(reporter, unplanned.decisionId, "ABSENCE", null, TODAY)).activities).toEqual([]);
    expect(await db.participantReport.count({ where: { decisionId: { in: [p.decisionId, unplanned.decisionId] } } })).toBe(0);
  });

  it("a slutredovisning lists the planned activities; without a planning it may have none (issue #13, finding 14)", async () => {
    const planned = await placement({ startDate: "2025-12-01", interruptionDate: "2026-06-01" });
    await expect(submit(reporter, valid("FINAL", planned.decisionId, { activities: [] }))).rejects.toMatchObject({ field: "activities" });
    const unplanned = await placement({ startDate: "2025-12-01", interruptionDate: "2026-06-01", planning: false });
    expect((await reportFormContext(reporter, unplanned.decisionId, "FINAL", null, TODAY)).activities).toEqual([]);
    await expect(submit(reporter, valid("FINAL", unplanned.decisionId, { activities: [] }))).resolves.toMatchObject({ replayed: false });
  });

  it("other kinds' refusals: future deviation, signal outside its window, bad organisation number, final too early, informative after the service", async () => {
    const p = await placement();
    await expect(submit(reporter, valid("DEVIATION", p.decisionId, { date: "2026-06-16" }))).rejects.toMatchObject({ field: "date", message: "Datumet kan inte vara i framtiden." });
    await expect(submit(reporter, valid("DEVIATION", p.decisionId, { reason: "DECLINED_ACTIVITY" }))).rejects.toThrow();
    await expect(submit(reporter, valid("WORK_SIGNAL", p.decisionId, { startDate: "2026-02-01" }))).rejects.toMatchObject({ field: "startDate" });
    await expect(submit(reporter, valid("WORK_SIGNAL", p.decisionId, { extent: "PART_TIME", percent: "" }))).rejects.toThrow(/procent/);
    const badOrg = valid("RESULT", p.decisionId, { employments: [{ type: "EMPLOYMENT", extent: "FULL_TIME", employer: "X AB", orgNumber: "5560360794", startDate: "2026-07-01" }] });
    await expect(submit(reporter, badOrg)).rejects.toThrow(/Kontrollsiffran/);
    await expect(submit(reporter, valid("FINAL", p.decisionId))).rejects.toThrow(/när deltagaren har lämnat tjänsten/);
    const longText = valid("INFORMATIVE", p.decisionId, { text: "a".repeat(2001) });
    await expect(submit(reporter, longText)).rejects.toThrow(/högst 2\u00a0000 tecken/);

    const interrupted = await placement({ interruptionDate: "2026-06-01" });
    await expect(submit(reporter, valid("INFORMATIVE", interrupted.decisionId))).rejects.toThrow(/lämnat tjänsten/);
    expect((await submit(reporter, valid("FINAL", interrupted.decisionId))).replayed).toBe(false);
    await expect(submit(reporter, valid("FINAL", interrupted.decisionId))).rejects.toThrow(/redan en slutredovisning/);
    expect(await db.participantReport.count({ where: { decisionId: p.decisionId } })).toBe(0);
  });

  it("a double submit with the same key saves one report", async () => {
    const p = await placement();
    const input = valid("INFORMATIVE", p.decisionId);
    const [a, b] = await Promise.all([submit(reporter, input), submit(reporter, input)]);
    expect(a.reportId).toBe(b.reportId);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(await db.participantReport.count({ where: { decisionId: p.decisionId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "report.submitted", entityId: a.reportId } })).toBe(1);
  });
});

describe("corrections", () => {
  it("a correction is a new report referring to the original; both stay, only the latest is decided or corrected", async () => {
    const p = await placement();
    const original = await submit(reporter, valid("DEVIATION", p.decisionId));
    const fixed = await submitParticipantReport(reporter, valid("DEVIATION", p.decisionId, { correctsId: original.reportId, date: "2026-06-04" }), TODAY);
    const rows = await db.participantReport.findMany({ where: { decisionId: p.decisionId }, orderBy: { submittedAt: "asc" } });
    expect(rows.map((r) => [r.id, r.correctsId, r.status])).toEqual([[original.reportId, null, "RECEIVED"], [fixed.reportId, original.reportId, "RECEIVED"]]);
    expect((rows[0].data as { date: string }).date).toBe("2026-06-03");
    expect((rows[1].data as { date: string }).date).toBe("2026-06-04");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "report.submitted", entityId: fixed.reportId } });
    expect(audit.after).toMatchObject({ correctsId: original.reportId });

    const list = await listReports(reporter, p.decisionId, TODAY);
    expect(list.reports.find((r) => r.id === original.reportId)).toMatchObject({ correctedById: fixed.reportId, pending: false });
    // The replaced original is not decided and not corrected again.
    await expect(decide(officer, original.reportId, "APPROVE")).rejects.toThrow(/Besluta om rättelsen/);
    await expect(submitParticipantReport(reporter, valid("DEVIATION", p.decisionId, { correctsId: original.reportId }), TODAY)).rejects.toThrow(/redan rättats/);
    await expect(submitParticipantReport(reporter, valid("ABSENCE", p.decisionId, { correctsId: fixed.reportId }), TODAY)).rejects.toThrow(/samma slag/);
    // A rejected report is corrected too; the rules of its kind still apply.
    await decide(officer, fixed.reportId, "REJECT", "Datumet stämmer inte med vår uppgift.");
    await expect(submitParticipantReport(reporter, valid("DEVIATION", p.decisionId, { correctsId: fixed.reportId, date: "2026-06-20" }), TODAY)).rejects.toMatchObject({ field: "date" });
    const third = await submitParticipantReport(reporter, valid("DEVIATION", p.decisionId, { correctsId: fixed.reportId, date: "2026-06-05" }), TODAY);
    expect((await db.participantReport.findUniqueOrThrow({ where: { id: third.reportId } })).correctsId).toBe(fixed.reportId);
    expect(await db.participantReport.count({ where: { decisionId: p.decisionId } })).toBe(3);
    // A correction of a final report is allowed although one already exists.
    const ended = await placement({ interruptionDate: "2026-06-10" });
    const final = await submit(reporter, valid("FINAL", ended.decisionId));
    expect((await submitParticipantReport(reporter, valid("FINAL", ended.decisionId, { correctsId: final.reportId, mainOccupation: "WORK" }), TODAY)).replayed).toBe(false);
    // Someone else's report cannot be corrected from another participant.
    const other = await placement();
    await expect(submitParticipantReport(reporter, valid("DEVIATION", other.decisionId, { correctsId: third.reportId }), TODAY)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("who may send and see reports", () => {
  it("other units, other suppliers and staff without the reporting permission are told 'not found'; officers cannot send", async () => {
    const p = await placement();
    for (const actor of [reporterOtherUnit, otherSupplierStaff, receiverOnly]) {
      await expect(submit(actor, valid("INFORMATIVE", p.decisionId))).rejects.toBeInstanceOf(NotFoundError);
      await expect(listReports(actor, p.decisionId, TODAY)).rejects.toBeInstanceOf(NotFoundError);
      await expect(reportFormContext(actor, p.decisionId, "INFORMATIVE", null, TODAY)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(submit(officer, valid("INFORMATIVE", p.decisionId))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.participantReport.count({ where: { decisionId: p.decisionId } })).toBe(0);
    const ctx = await reportFormContext(reporter, p.decisionId, "ABSENCE", null, TODAY);
    expect(ctx.refusal).toBeNull();
    expect(ctx.contact).toEqual({ name: reporter.name, email: reporter.email });
    expect(ctx.activities.map((a) => a.code)).toContain("MAPPING");
  });
});

describe("the officer's decision", () => {
  it("approves or rejects with a reason; the supplier sees it at once; the event log and the feed get REPORT_OUTCOME", async () => {
    const p = await placement();
    const a = await submit(reporter, valid("ABSENCE", p.decisionId));
    const d = await submit(reporter, valid("DEVIATION", p.decisionId));
    setClock("2026-06-16T08:00:00Z");
    expect(await decide(officer, a.reportId, "APPROVE")).toEqual({ status: "APPROVED" });
    await expect(decide(officer, d.reportId, "REJECT", "  ")).rejects.toThrow();
    expect(await decide(officer, d.reportId, "REJECT", "Beskriv erbjudandet närmare.")).toEqual({ status: "REJECTED" });

    const events = await db.decisionEvent.findMany({ where: { decisionId: p.decisionId, type: "REPORT_OUTCOME" }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.data)).toEqual([
      { what: "Avvikelserapport, frånvaro", status: "APPROVED", reason: null, reportId: a.reportId, kind: "ABSENCE" },
      { what: "Avvikelserapport, avvikelse", status: "REJECTED", reason: "Beskriv erbjudandet närmare.", reportId: d.reportId, kind: "DEVIATION" },
    ]);
    expect(events[0].at.toISOString()).toBe("2026-06-16T08:00:00.000Z");
    const audits = await db.auditEvent.findMany({ where: { entityId: { in: [a.reportId, d.reportId] }, action: { in: ["report.approved", "report.rejected"] } } });
    expect(audits.map((x) => [x.action, x.actorId]).sort()).toEqual([["report.approved", officer.userId], ["report.rejected", officer.userId]]);

    const list = await listReports(reporter, p.decisionId, TODAY);
    expect(list.reports.find((r) => r.id === d.reportId)).toMatchObject({ status: "REJECTED", statusLabel: "Ej godkänd", statusReason: "Beskriv erbjudandet närmare.", decidedBy: "Arbetsförmedlingen" });
    expect(list.reports.find((r) => r.id === a.reportId)).toMatchObject({ status: "APPROVED", statusLabel: "Godkänd", statusReason: null });
    const feed = await listEvents(reporter, {}, new Date("2026-06-16T09:00:00Z"));
    expect(feed.rows.filter((r) => r.decisionId === p.decisionId && r.type === "REPORT_OUTCOME")).toHaveLength(2);

    // Only once; and the details say why.
    await expect(decide(officer, a.reportId, "REJECT", "Fel")).rejects.toThrow(/redan fått ett beslut/);
    const details = await getParticipantReportForOfficer(officer, a.reportId, TODAY);
    expect(details.decidable).toMatch(/redan fått ett beslut/);
    expect(details.others.map((r) => r.id)).toEqual([d.reportId]);
    expect(await db.order.count({ where: { kind: "RESULT" } })).toBe(0);
  });

  it("staff cannot decide; unknown reports are not found", async () => {
    const p = await placement();
    const r = await submit(reporter, valid("INFORMATIVE", p.decisionId));
    await expect(decide(reporter, r.reportId, "APPROVE")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getParticipantReportForOfficer(reporter, r.reportId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reportQueue(reporter)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decide(officer, randomUUID(), "APPROVE")).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.participantReport.findUniqueOrThrow({ where: { id: r.reportId } })).status).toBe("RECEIVED");
    expect(await db.decisionEvent.count({ where: { decisionId: p.decisionId, type: "REPORT_OUTCOME" } })).toBe(0);
  });

  it("approving a result report creates a separate result order in the same transaction; a rejection does not", async () => {
    for (const article of ["RESULT_1", "RESULT_2"] as const) {
      await db.priceListEntry.create({ data: { serviceVersion: "ROM2", level: "B", article, amountOre: 1_800_000, validFrom: new Date("2023-04-01T00:00:00Z") } });
    }
    const p = await placement();
    const result = await submit(reporter, valid("RESULT", p.decisionId));
    await decide(officer, result.reportId, "APPROVE");
    const order = await db.order.findFirstOrThrow({ where: { decisionId: p.decisionId, kind: "RESULT" }, include: { lines: { orderBy: { lineNumber: "asc" } } } });
    expect(order.periodId).toBeNull();
    // Rusta och matcha 2, level B, a job starting four months in: two parts, no speed bonus, no supplement.
    expect(order.lines.map((l) => [l.article, l.amountOre])).toEqual([["RESULT_1", 1_800_000], ["RESULT_2", 1_800_000]]);
    expect(await db.auditEvent.count({ where: { action: "order.created", entityId: order.id } })).toBe(1);
    // An approved result stops work signals.
    await expect(submit(reporter, valid("WORK_SIGNAL", p.decisionId))).rejects.toThrow(/resultatredovisning/);

    const rejected = await submit(reporter, valid("RESULT", (await placement()).decisionId));
    await decide(officer, rejected.reportId, "REJECT", "Anställningsavtal saknas.");
    const rejectedReport = await db.participantReport.findUniqueOrThrow({ where: { id: rejected.reportId } });
    expect(await db.order.count({ where: { decisionId: rejectedReport.decisionId, kind: "RESULT" } })).toBe(0);
  });
});

describe("the officer's queue", () => {
  it("received reports, oldest first, by kind and age; corrected and decided ones left out", async () => {
    const p = await placement({ unit: 1 });
    const staff1 = await staffActor((await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[1].id] })).user.id, org.supplier.id);
    setClock("2026-06-01T08:00:00Z");
    const old = await submitParticipantReport(staff1, valid("INFORMATIVE", p.decisionId), TODAY);
    setClock("2026-06-12T08:00:00Z");
    const recent = await submitParticipantReport(staff1, valid("DEVIATION", p.decisionId), TODAY);
    setClock("2026-06-12T09:00:00Z");
    const corrected = await submitParticipantReport(staff1, valid("ABSENCE", p.decisionId), TODAY);
    const correction = await submitParticipantReport(staff1, valid("ABSENCE", p.decisionId, { correctsId: corrected.reportId, absentTo: "12:00" }), TODAY);
    const decided = await submitParticipantReport(staff1, valid("WORK_SIGNAL", p.decisionId), TODAY);
    await decide(officer, decided.reportId, "APPROVE");
    const at = new Date(NOON);

    const mine = (q: Awaited<ReturnType<typeof reportQueue>>) => q.rows.filter((r) => r.decisionId === p.decisionId);
    const all = await reportQueue(officer, {}, at);
    expect(mine(all).map((r) => r.id)).toEqual([old.reportId, recent.reportId, correction.reportId]);
    expect(mine(all)[0]).toMatchObject({ kind: "INFORMATIVE", kindLabel: "Informativ rapport", ageDays: 14, isCorrection: false });
    expect(mine(all)[2]).toMatchObject({ isCorrection: true, ageDays: 3 });
    expect(mine(await reportQueue(officer, { kind: "DEVIATION" }, at)).map((r) => r.id)).toEqual([recent.reportId]);
    expect(mine(await reportQueue(officer, { olderThanDays: 10 }, at)).map((r) => r.id)).toEqual([old.reportId]);
    expect(mine(await reportQueue(officer, { olderThanDays: 10, kind: "ABSENCE" }, at))).toEqual([]);
    const beyond = await reportQueue(officer, { page: 99 }, at);
    expect(beyond.page).toBe(Math.max(1, Math.ceil(beyond.total / beyond.pageSize)));
    expect(beyond.totalIsCapped).toBe(false);
    // The queue and the menu count only up to a cap ("fler än 1 000", "99+").
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(await reportQueue(officer, { countCap: 2 }, at)).toMatchObject({ total: 2, totalIsCapped: true, page: 1 });
    expect(await reportQueue(officer, { countCap: 2, page: 99 }, at)).toMatchObject({ totalIsCapped: true, page: 99, rows: [] });
    expect(await countReportQueue(officer, 2)).toBe(2);
    expect(await countReportQueue(officer)).toBe(all.total);
    // The officer's menu asks the three queues in one statement: the same counts as each alone.
    const [menu] = await dbHandle().sql.query<{ plannings: number; received: number; reports: number }>(officerQueueCountsSql(2), []);
    expect(menu).toEqual({ plannings: await countPlanningQueue(officer, 2), received: await countReceivedReports(officer, 2), reports: 2 });
  });
});
