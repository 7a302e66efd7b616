import { describe, expect, it } from "vitest";
import { activeDays, daysOfMonth, lastDayOfMonth, maySubmit, monthLabel, reportMonth, reportMonths, type ServiceFacts } from "@/features/periodic-reports/rules";
import { checkReport, hoursForInput, hoursToMinutes, minutesByActivity, minutesByDay, totalMinutes, type ReportContent, type ReportContext } from "@/features/periodic-reports/hours-rules";
import { correctionInput, decideReportInput, saveDraftInput, submitReportInput } from "@/features/periodic-reports/schemas";

const facts = (over: Partial<ServiceFacts> = {}): ServiceFacts => ({
  periods: [{ number: 1, startDate: "2026-06-15", endDate: "2026-12-14" }],
  interruptions: [],
  ...over,
});

describe("which months are reported", () => {
  it("every calendar month of the service; the first and last partial", () => {
    const months = reportMonths(facts(), "2026-06-20");
    expect(months.map((m) => m.month)).toEqual(["2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01", "2026-12-01"]);
    expect(months[0]).toMatchObject({ firstDay: "2026-06-15", lastDay: "2026-06-30", activeDays: 16, dueFrom: "2026-07-01", dueBy: "2026-07-10" });
    expect(months[1]).toMatchObject({ firstDay: "2026-07-01", lastDay: "2026-07-31", activeDays: 31 });
    expect(months[6]).toMatchObject({ firstDay: "2026-12-01", lastDay: "2026-12-14", activeDays: 14, dueFrom: "2026-12-15", dueBy: "2027-01-10" });
  });

  it("states: not yet while the month runs, due from the 1st of the next month, overdue after the 10th, submitted", () => {
    const on = (today: string, submitted: string[] = []) => Object.fromEntries(reportMonths(facts(), today, submitted).map((m) => [m.month, m.state]));
    expect(on("2026-06-30")["2026-06-01"]).toBe("not-yet");
    expect(on("2026-07-01")["2026-06-01"]).toBe("due");
    expect(on("2026-07-10")["2026-06-01"]).toBe("due");
    expect(on("2026-07-11")["2026-06-01"]).toBe("overdue");
    expect(on("2026-07-11", ["2026-06-01"])["2026-06-01"]).toBe("submitted");
    expect(on("2026-07-11")["2026-07-01"]).toBe("not-yet");
    // The service's last, partial month may be sent the day after the service ended.
    expect(on("2026-12-14")["2026-12-01"]).toBe("not-yet");
    expect(on("2026-12-15")["2026-12-01"]).toBe("due");
    expect(on("2027-01-11")["2026-12-01"]).toBe("overdue");
  });

  it("an interruption ends the active days the day before its date", () => {
    const f = facts({ interruptions: [{ date: "2026-09-10", withdrawn: false }] });
    const months = reportMonths(f, "2026-09-10");
    expect(months.map((m) => m.month)).toEqual(["2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01"]);
    expect(months[3]).toMatchObject({ firstDay: "2026-09-01", lastDay: "2026-09-09", activeDays: 9, dueFrom: "2026-09-10", dueBy: "2026-10-10", state: "due" });
    expect(activeDays("2026-09-01", f)).toHaveLength(9);
    expect(activeDays("2026-09-01", f).at(-1)).toBe("2026-09-09");
    expect(activeDays("2026-10-01", f)).toEqual([]);
    expect(reportMonth(f, "2026-10-01", "2026-11-01")).toBeNull();
    // An interruption on the 1st leaves nothing in that month; a withdrawn one changes nothing.
    expect(reportMonths(facts({ interruptions: [{ date: "2026-09-01", withdrawn: false }] }), "2026-09-01").at(-1)!.month).toBe("2026-08-01");
    expect(reportMonths(facts({ interruptions: [{ date: "2026-09-10", withdrawn: true }] }), "2026-09-10")).toHaveLength(7);
    // Interrupted on the first day: no month at all.
    expect(reportMonths(facts({ interruptions: [{ date: "2026-06-15", withdrawn: false }] }), "2026-06-15")).toEqual([]);
  });

  it("a planned interruption already shortens its month", () => {
    const f = facts({ interruptions: [{ date: "2026-11-20", withdrawn: false }] });
    const nov = reportMonth(f, "2026-11-01", "2026-11-05")!;
    expect(nov).toMatchObject({ lastDay: "2026-11-19", dueFrom: "2026-11-20", state: "not-yet" });
  });

  it("leap February and Swedish month ends", () => {
    expect(lastDayOfMonth("2028-02-01")).toBe("2028-02-29");
    expect(lastDayOfMonth("2027-02-01")).toBe("2027-02-28");
    expect(lastDayOfMonth("2026-04-01")).toBe("2026-04-30");
    expect(lastDayOfMonth("2026-12-01")).toBe("2026-12-31");
    expect(daysOfMonth("2028-02-01")).toHaveLength(29);
    const leap = facts({ periods: [{ number: 1, startDate: "2027-12-01", endDate: "2028-05-31" }] });
    const feb = reportMonth(leap, "2028-02-01", "2028-03-01")!;
    expect(feb).toMatchObject({ firstDay: "2028-02-01", lastDay: "2028-02-29", activeDays: 29, dueFrom: "2028-03-01", dueBy: "2028-03-10", state: "due" });
    expect(reportMonth(leap, "2028-02-01", "2028-02-29")!.state).toBe("not-yet");
    expect(monthLabel("2028-02-01")).toBe("februari 2028");
  });

  it("two periods back to back: one month across both; the year end", () => {
    const f = facts({
      periods: [
        { number: 1, startDate: "2026-06-15", endDate: "2026-12-14" },
        { number: 2, startDate: "2026-12-15", endDate: "2027-06-14" },
      ],
    });
    const months = reportMonths(f, "2027-01-01");
    expect(months).toHaveLength(13);
    expect(months.find((m) => m.month === "2026-12-01")).toMatchObject({ firstDay: "2026-12-01", lastDay: "2026-12-31", activeDays: 31, dueBy: "2027-01-10", state: "due" });
  });

  it("not before the month has ended", () => {
    const m = reportMonth(facts(), "2026-07-01", "2026-07-31")!;
    const r = maySubmit(m, "2026-07-31");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/från och med 1 aug. 2026/);
    expect(maySubmit(m, "2026-08-01").ok).toBe(true);
  });
});

describe("hour rules", () => {
  const ctx: ReportContext = {
    month: "2026-09-01",
    activeDays: daysOfMonth("2026-09-01").filter((d) => d < "2026-09-20"),
    approvedOn: Object.fromEntries(daysOfMonth("2026-09-01").map((d) => [d, ["MAPPING", "OWN_WORK"]])),
    today: "2026-10-02",
  };
  const content = (entries: ReportContent["entries"], over: Partial<ReportContent> = {}): ReportContent => ({
    noActivities: false, languageSupportGiven: true, jobSuggestionsGiven: false, entries, ...over,
  });
  const errorsOf = (c: ReportContent, complete = true) => checkReport(c, ctx, { complete }).errors;

  it("accepts quarter hours on active days for approved activities", () => {
    const c = content([{ date: "2026-09-01", activityCode: "MAPPING", minutes: 75 }, { date: "2026-09-01", activityCode: "OWN_WORK", minutes: 120 }]);
    expect(checkReport(c, ctx, { complete: true })).toEqual({ errors: [], warnings: [] });
  });

  it("quarter hours only, never negative; the path points at the cell", () => {
    expect(errorsOf(content([{ date: "2026-09-01", activityCode: "MAPPING", minutes: 70 }]))).toEqual([
      { path: ["entries", 0, "minutes"], message: expect.stringMatching(/kvartstimmar/) },
    ]);
    expect(errorsOf(content([{ date: "2026-09-01", activityCode: "MAPPING", minutes: 60 }, { date: "2026-09-02", activityCode: "MAPPING", minutes: -15 }]))).toEqual([
      { path: ["entries", 1, "minutes"], message: "Tiden kan inte vara negativ." },
    ]);
    expect(errorsOf(content([{ date: "2026-09-01", activityCode: "MAPPING", minutes: 12.5 }]))[0].path).toEqual(["entries", 0, "minutes"]);
  });

  it("more than 24 hours a day is an error; more than 8 a warning only", () => {
    const over24 = checkReport(content([{ date: "2026-09-03", activityCode: "MAPPING", minutes: 13 * 60 }, { date: "2026-09-03", activityCode: "OWN_WORK", minutes: 11 * 60 + 15 }]), ctx, { complete: true });
    expect(over24.errors).toEqual([{ path: ["days", "2026-09-03"], message: expect.stringMatching(/högst 24 timmar per dag/) }]);
    const over8 = checkReport(content([{ date: "2026-09-03", activityCode: "MAPPING", minutes: 6 * 60 }, { date: "2026-09-03", activityCode: "OWN_WORK", minutes: 2 * 60 + 15 }]), ctx, { complete: true });
    expect(over8.errors).toEqual([]);
    expect(over8.warnings).toEqual([{ path: ["days", "2026-09-03"], message: expect.stringMatching(/mer än 8 timmar/) }]);
    const exactly8 = checkReport(content([{ date: "2026-09-03", activityCode: "MAPPING", minutes: 8 * 60 }]), ctx, { complete: true });
    expect(exactly8).toEqual({ errors: [], warnings: [] });
    expect(checkReport(content([{ date: "2026-09-03", activityCode: "MAPPING", minutes: 24 * 60 }]), ctx, { complete: true }).errors).toEqual([]);
  });

  it("only active days of that month", () => {
    expect(errorsOf(content([{ date: "2026-09-25", activityCode: "MAPPING", minutes: 60 }]))).toEqual([
      { path: ["entries", 0, "date"], message: "25 sep. 2026 ingår inte i deltagarens tjänst." },
    ]);
    expect(errorsOf(content([{ date: "2026-08-31", activityCode: "MAPPING", minutes: 60 }]))[0]).toMatchObject({ path: ["entries", 0, "date"], message: expect.stringMatching(/ligger inte i september 2026/) });
    // Not for days still to come (a draft during the month).
    expect(checkReport(content([{ date: "2026-09-10", activityCode: "MAPPING", minutes: 60 }]), { ...ctx, today: "2026-09-09" }, { complete: false }).errors[0].path).toEqual(["entries", 0, "date"]);
  });

  it("only activities of the approved planning", () => {
    expect(errorsOf(content([{ date: "2026-09-01", activityCode: "DIET_HEALTH", minutes: 60 }]))).toEqual([
      { path: ["entries", 0, "activityCode"], message: "Aktiviteten ingår inte i den godkända gemensamma planeringen." },
    ]);
    const noPlanning = { ...ctx, approvedOn: {} };
    expect(checkReport(content([{ date: "2026-09-01", activityCode: "MAPPING", minutes: 60 }]), noPlanning, { complete: true }).errors[0].path).toEqual(["entries", 0, "activityCode"]);
  });

  it("one value per day and activity", () => {
    expect(errorsOf(content([{ date: "2026-09-01", activityCode: "MAPPING", minutes: 60 }, { date: "2026-09-01", activityCode: "MAPPING", minutes: 30 }]))[0].path).toEqual(["entries", 1, "activityCode"]);
  });

  it('"no activities this period" excludes any hours; zero cells do not count', () => {
    expect(errorsOf(content([{ date: "2026-09-01", activityCode: "MAPPING", minutes: 60 }], { noActivities: true }))).toEqual([
      { path: ["noActivities"], message: expect.stringMatching(/inte har deltagit/) },
    ]);
    expect(errorsOf(content([], { noActivities: true }))).toEqual([]);
    expect(errorsOf(content([{ date: "2026-09-01", activityCode: "MAPPING", minutes: 0 }], { noActivities: true }))).toEqual([]);
  });

  it("a report to be sent answers both questions and reports something; a draft need not", () => {
    const empty = content([], { languageSupportGiven: null, jobSuggestionsGiven: null });
    expect(errorsOf(empty).map((e) => e.path)).toEqual([["languageSupportGiven"], ["jobSuggestionsGiven"], ["entries"]]);
    expect(errorsOf(empty, false)).toEqual([]);
  });

  it("sums per day, per activity and for the month", () => {
    const entries = [
      { date: "2026-09-01", activityCode: "MAPPING", minutes: 60 },
      { date: "2026-09-01", activityCode: "OWN_WORK", minutes: 30 },
      { date: "2026-09-02", activityCode: "MAPPING", minutes: 45 },
    ];
    expect(minutesByDay(entries)).toEqual({ "2026-09-01": 90, "2026-09-02": 45 });
    expect(minutesByActivity(entries)).toEqual({ MAPPING: 105, OWN_WORK: 30 });
    expect(totalMinutes(entries)).toBe(135);
  });

  it("hours as typed become minutes", () => {
    expect(hoursToMinutes("1,5")).toBe(90);
    expect(hoursToMinutes("0.25")).toBe(15);
    expect(hoursToMinutes(" 2 ")).toBe(120);
    expect(hoursToMinutes("")).toBeNull();
    expect(hoursToMinutes("1,1")).toBe(66);
    expect(hoursToMinutes("abc")).toBeNaN();
    expect(hoursToMinutes("-1")).toBe(-60);
  });

  it("a saved cell comes back with a decimal comma, and reads back to the same minutes (issue #14)", () => {
    expect(hoursForInput(90)).toBe("1,5");
    expect(hoursForInput(15)).toBe("0,25");
    expect(hoursForInput(120)).toBe("2");
    expect(hoursForInput(60 * 1000)).toBe("1000");
    for (const minutes of [15, 90, 135, 600, 1440]) expect(hoursToMinutes(hoursForInput(minutes))).toBe(minutes);
  });
});

describe("form schemas", () => {
  const base = {
    decisionId: "4b0e3c0a-6a4e-4c35-9d4c-0d1b2f7f0a11",
    month: "2026-09-01",
    noActivities: false,
    languageSupportGiven: true,
    jobSuggestionsGiven: false,
    entries: [{ date: "2026-09-01", activityCode: "MAPPING", minutes: 60 }],
    remoteByActivity: { MAPPING: true },
    idempotencyKey: "0b6a3f1e-1d1c-4a5e-9a55-2f7c1c6b3e21",
  };
  it("accepts a complete report and points errors at the cell", () => {
    expect(submitReportInput.safeParse(base).success).toBe(true);
    const bad = submitReportInput.safeParse({ ...base, entries: [{ date: "2026-09-01", activityCode: "MAPPING", minutes: 61 }] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0].path).toEqual(["entries", 0, "minutes"]);
    const frac = submitReportInput.safeParse({ ...base, entries: [{ date: "2026-09-01", activityCode: "MAPPING", minutes: 1.5 }] });
    expect(frac.error!.issues[0]).toMatchObject({ path: ["entries", 0, "minutes"], message: "Ange tid i kvartstimmar (0,25 h)." });
  });
  it("the month is a first day; questions must be answered when sending, not in a draft", () => {
    expect(submitReportInput.safeParse({ ...base, month: "2026-09-02" }).error!.issues[0].path).toEqual(["month"]);
    expect(submitReportInput.safeParse({ ...base, month: "2026-02-30" }).success).toBe(false);
    expect(submitReportInput.safeParse({ ...base, languageSupportGiven: null }).error!.issues[0]).toMatchObject({ path: ["languageSupportGiven"], message: expect.stringMatching(/språkstöd/) });
    const { idempotencyKey: _k, ...draft } = base;
    expect(saveDraftInput.safeParse({ ...draft, languageSupportGiven: null, jobSuggestionsGiven: null, entries: [] }).success).toBe(true);
    expect(saveDraftInput.safeParse({ ...draft, noActivities: true }).error!.issues[0].path).toEqual(["noActivities"]);
  });
  it("a correction names the version it corrects", () => {
    expect(correctionInput.safeParse(base).success).toBe(false);
    expect(correctionInput.safeParse({ ...base, correctsReportId: "8e3b9e6c-7c5c-4f0e-8a2a-1b7b0f4e8c33" }).success).toBe(true);
  });
  it("rejecting needs a reason", () => {
    const id = "8e3b9e6c-7c5c-4f0e-8a2a-1b7b0f4e8c33";
    expect(decideReportInput.safeParse({ reportId: id, decision: "APPROVE" }).success).toBe(true);
    expect(decideReportInput.safeParse({ reportId: id, decision: "REJECT", reason: "  " }).error!.issues[0]).toMatchObject({ path: ["reason"], message: "Ange varför redovisningen inte godkänns." });
    expect(decideReportInput.safeParse({ reportId: id, decision: "MAYBE" }).success).toBe(false);
  });
});
