import { describe, expect, it } from "vitest";
import type { DecisionFacts } from "@/features/decisions/rules";
import { luhnCheckDigit } from "@/lib/validation/luhn";
import { addWorkingDays, easterSunday, holidayName, isWorkingDay, swedishHolidays } from "@/features/participant-reports/working-days";
import { absentMinutes, checkEmployerOrgNumber, textLength } from "@/features/participant-reports/rules";
import { availability, finalReportDeadline, hasLeftService, isFinalReportLate, serviceSpan, validateCorrection, validateDecidable, validateReport, workSignalWindow, type ReportContext, type ReportFacts, type ReportValues } from "@/features/participant-reports/placement-rules";
import { absenceInput, decideReportInput, deviationInput, informativeInput, reportData, reportInput, resultInput, workSignalInput } from "@/features/participant-reports/schemas";
import { kindFromSlug, reportOutcomeEffect } from "@/features/participant-reports/labels";
import { effect, reason } from "@/features/decisions/describe-event";
import { describeReport } from "@/features/participant-reports/describe";

const ids = { decisionId: "0b8e2a4e-7f0c-4b8e-9a37-3f1f3c1d2e4a", idempotencyKey: "5f0d4c2b-1a3e-4f5a-8b6c-7d8e9f0a1b2c" };
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

const facts = (over: Partial<DecisionFacts> = {}): DecisionFacts => ({
  periods: [{ number: 1, startDate: "2026-01-12", endDate: "2026-07-11" }],
  interruptions: [],
  hasHandledare: true,
  ...over,
});

const ctx = (over: Partial<ReportContext> = {}): ReportContext => ({ facts: facts(), today: "2026-03-10", nowTime: "12:00", reports: [], correcting: null, ...over });
const report = (id: number, kind: ReportFacts["kind"], status: ReportFacts["status"] = "RECEIVED", correctsId: string | null = null): ReportFacts => ({ id: uuid(id), kind, status, correctsId });
const fields = (issues: { field: string }[]) => issues.map((i) => i.field);

describe("Swedish working days", () => {
  it("Easter Sunday 2020–2035 as published", () => {
    const published = [
      "2020-04-12", "2021-04-04", "2022-04-17", "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28",
      "2028-04-16", "2029-04-01", "2030-04-21", "2031-04-13", "2032-03-28", "2033-04-17", "2034-04-09", "2035-03-25",
    ];
    expect(Array.from({ length: 16 }, (_, i) => easterSunday(2020 + i))).toEqual(published);
  });

  it("the year's holidays and eves (2026)", () => {
    expect(swedishHolidays(2026).map((h) => `${h.date} ${h.name}`)).toEqual([
      "2026-01-01 Nyårsdagen", "2026-01-06 Trettondedag jul", "2026-04-03 Långfredagen", "2026-04-05 Påskdagen", "2026-04-06 Annandag påsk",
      "2026-05-01 Första maj", "2026-05-14 Kristi himmelsfärdsdag", "2026-05-24 Pingstdagen", "2026-06-06 Sveriges nationaldag",
      "2026-06-19 Midsommarafton", "2026-06-20 Midsommardagen", "2026-10-31 Alla helgons dag", "2026-12-24 Julafton", "2026-12-25 Juldagen",
      "2026-12-26 Annandag jul", "2026-12-31 Nyårsafton",
    ]);
    // Midsummer Eve is the Friday 19–25 June; All Saints' Day the Saturday 31 October – 6 November.
    expect([2020, 2021, 2022, 2023, 2024, 2025, 2027, 2030, 2035].map((y) => swedishHolidays(y).find((h) => h.name === "Midsommarafton")!.date)).toEqual([
      "2020-06-19", "2021-06-25", "2022-06-24", "2023-06-23", "2024-06-21", "2025-06-20", "2027-06-25", "2030-06-21", "2035-06-22",
    ]);
    expect(swedishHolidays(2025).find((h) => h.name === "Alla helgons dag")!.date).toBe("2025-11-01");
    expect(swedishHolidays(2029).find((h) => h.name === "Alla helgons dag")!.date).toBe("2029-11-03");
  });

  it("Easter: Good Friday and Easter Monday are not working days", () => {
    expect(isWorkingDay("2026-04-02")).toBe(true); // Maundy Thursday
    expect(isWorkingDay("2026-04-03")).toBe(false);
    expect(isWorkingDay("2026-04-06")).toBe(false);
    expect(isWorkingDay("2026-04-07")).toBe(true);
    expect(addWorkingDays("2026-04-02", 1)).toBe("2026-04-07");
    expect(isWorkingDay("2026-05-14")).toBe(false); // Ascension Day
  });

  it("Midsummer Eve is not a working day", () => {
    expect(holidayName("2026-06-19")).toBe("Midsommarafton");
    expect(isWorkingDay("2026-06-19")).toBe(false);
    expect(addWorkingDays("2026-06-18", 1)).toBe("2026-06-22");
  });

  it("Christmas and New Year: the eves count, a holiday on a weekend gives no day off in lieu", () => {
    expect(addWorkingDays("2025-12-23", 1)).toBe("2025-12-29");
    expect(addWorkingDays("2025-12-23", 5)).toBe("2026-01-07"); // 29, 30, 2 Jan, 5 Jan, (6 Jan Epiphany), 7 Jan
    // 2021: Christmas Eve on a Friday, Christmas Day and Boxing Day on the weekend; Monday 27 is a working day.
    expect(isWorkingDay("2021-12-24")).toBe(false);
    expect(isWorkingDay("2021-12-27")).toBe(true);
    // New Year's Eve 2021 a Friday, New Year's Day 2022 a Saturday: Monday 3 January 2022 works.
    expect(isWorkingDay("2021-12-31")).toBe(false);
    expect(addWorkingDays("2021-12-30", 1)).toBe("2022-01-03");
  });

  it("National Day on a weekend changes nothing; on a weekday it is free", () => {
    expect(holidayName("2026-06-06")).toBe("Sveriges nationaldag"); // a Saturday
    expect(isWorkingDay("2026-06-05")).toBe(true);
    expect(isWorkingDay("2026-06-08")).toBe(true);
    expect(addWorkingDays("2026-06-05", 1)).toBe("2026-06-08");
    expect(isWorkingDay("2025-06-06")).toBe(false); // a Friday
    expect(addWorkingDays("2025-06-05", 1)).toBe("2025-06-09");
  });

  it("counting and stepping", () => {
    expect(addWorkingDays("2026-03-06", 0)).toBe("2026-03-06");
    expect(addWorkingDays("2026-03-07", 0)).toBe("2026-03-09");
    expect(addWorkingDays("2026-03-09", -1)).toBe("2026-03-06");
    expect(addWorkingDays("2026-04-02", 4)).toBe("2026-04-10"); // across Easter: Good Friday and Easter Monday are off
    expect(() => addWorkingDays("2026-03-06", 1.5)).toThrow(RangeError);
  });
});

describe("the final report's deadline: five working days after the participant left", () => {
  it("counts from the last period's end, across Midsummer", () => {
    const f = facts({ periods: [{ number: 1, startDate: "2025-12-19", endDate: "2026-06-18" }] });
    expect(serviceSpan(f)).toEqual({ start: "2025-12-19", lastDay: "2026-06-18" });
    expect(finalReportDeadline(f)).toBe("2026-06-26");
    expect(isFinalReportLate(f, "2026-06-26")).toBe(false);
    expect(isFinalReportLate(f, "2026-06-29")).toBe(true);
  });

  it("an interruption's date is the first day outside the service, counted across Easter", () => {
    const f = facts({ interruptions: [{ date: "2026-04-07", withdrawn: false }] });
    expect(serviceSpan(f).lastDay).toBe("2026-04-06");
    expect(finalReportDeadline(f)).toBe("2026-04-13");
    expect(hasLeftService(f, "2026-04-06")).toBe(false);
    expect(hasLeftService(f, "2026-04-07")).toBe(true);
    // A withdrawn interruption counts for nothing.
    expect(serviceSpan(facts({ interruptions: [{ date: "2026-04-07", withdrawn: true }] })).lastDay).toBe("2026-07-11");
  });

  it("may be sent only after the participant left, once (a correction aside)", () => {
    const on = (today: string, reports: ReportFacts[] = [], correcting: ReportFacts | null = null) => availability("FINAL", ctx({ today, reports, correcting }));
    expect(on("2026-07-11")).toMatch(/när deltagaren har lämnat tjänsten/);
    expect(on("2026-07-12")).toBeNull();
    const first = report(1, "FINAL");
    expect(on("2026-07-12", [first])).toMatch(/redan en slutredovisning/);
    expect(on("2026-07-12", [first], first)).toBeNull();
    expect(on("2026-07-12", [report(2, "FINAL", "REJECTED")])).toBeNull();
    expect(on("2026-07-12", [report(3, "FINAL", "APPROVED")])).toMatch(/redan en slutredovisning/);
  });
});

describe("the work signal's window", () => {
  it("from the service's start until 24 months after its last day", () => {
    expect(workSignalWindow(facts())).toEqual({ from: "2026-01-12", to: "2028-07-11" });
    const on = (today: string, reports: ReportFacts[] = []) => availability("WORK_SIGNAL", ctx({ today, reports }));
    expect(on("2026-01-11")).toMatch(/från tjänstens start/);
    expect(on("2026-01-12")).toBeNull();
    expect(on("2028-07-11")).toBeNull();
    expect(on("2028-07-12")).toMatch(/24 månader/);
    // An interruption moves the end.
    expect(workSignalWindow(facts({ interruptions: [{ date: "2026-03-01", withdrawn: false }] })).to).toBe("2028-02-28");
  });

  it("not once a result report is pending or approved", () => {
    const on = (reports: ReportFacts[]) => availability("WORK_SIGNAL", ctx({ reports }));
    expect(on([report(1, "RESULT")])).toMatch(/resultatredovisning/);
    expect(on([report(1, "RESULT", "APPROVED")])).toMatch(/resultatredovisning/);
    expect(on([report(1, "RESULT", "REJECTED")])).toBeNull();
    // Corrected, and the correction rejected: nothing pending.
    expect(on([report(1, "RESULT"), report(2, "RESULT", "REJECTED", uuid(1))])).toBeNull();
  });

  it("the start date lies in the window", () => {
    const v = (startDate: string): ReportValues => ({ kind: "WORK_SIGNAL", extent: "FULL_TIME", startDate });
    expect(validateReport(v("2026-05-01"), ctx())).toEqual([]);
    expect(fields(validateReport(v("2026-01-01"), ctx()))).toEqual(["startDate"]);
    expect(fields(validateReport(v("2028-07-12"), ctx()))).toEqual(["startDate"]);
    expect(fields(validateReport({ kind: "WORK_SIGNAL", extent: "PART_TIME", startDate: "2026-05-01" }, ctx()))).toEqual(["percent"]);
  });
});

describe("absence", () => {
  const absence = (over: Partial<Extract<ReportValues, { kind: "ABSENCE" }>> = {}): Extract<ReportValues, { kind: "ABSENCE" }> => ({
    kind: "ABSENCE", date: "2026-03-09", extent: "PART_DAY", expectedFrom: "09:00", expectedTo: "15:00", absentFrom: "09:00", absentTo: "09:16", reason: "SICK", ...over,
  });

  it("is reported when longer than 15 minutes", () => {
    expect(absentMinutes(absence())).toBe(16);
    expect(validateReport(absence(), ctx())).toEqual([]);
    const fifteen = validateReport(absence({ absentTo: "09:15" }), ctx());
    expect(fifteen).toEqual([{ field: "absentTo", message: "Frånvaro rapporteras när den är längre än 15 minuter." }]);
    expect(validateReport(absence({ extent: "WHOLE_DAY", expectedFrom: "09:00", expectedTo: "09:15" }), ctx())[0].field).toBe("expectedTo");
    expect(validateReport(absence({ extent: "WHOLE_DAY", absentFrom: undefined, absentTo: undefined }), ctx())).toEqual([]);
  });

  it("times in order and inside the expected attendance", () => {
    expect(fields(validateReport(absence({ expectedTo: "08:00" }), ctx()))).toContain("expectedTo");
    expect(fields(validateReport(absence({ absentFrom: "08:30", absentTo: "10:00" }), ctx()))).toEqual(["absentFrom"]);
    expect(fields(validateReport(absence({ absentFrom: "10:00", absentTo: "09:30" }), ctx()))).toEqual(["absentTo"]);
    expect(fields(validateReport(absence({ absentFrom: undefined }), ctx()))).toEqual(["absentFrom"]);
  });

  it("not in the future: the activity must have ended", () => {
    expect(fields(validateReport(absence({ date: "2026-03-11" }), ctx()))).toEqual(["date"]);
    // Today: only once the expected attendance has ended.
    expect(validateReport(absence({ date: "2026-03-10" }), ctx({ nowTime: "14:59" }))[0]).toMatchObject({ field: "expectedTo", message: expect.stringMatching(/när aktiviteten är slut/) });
    expect(validateReport(absence({ date: "2026-03-10" }), ctx({ nowTime: "15:00" }))).toEqual([]);
  });

  it("within the participant's time in the service; annan känd orsak needs its kind and text", () => {
    expect(fields(validateReport(absence({ date: "2026-01-11" }), ctx()))).toEqual(["date"]);
    expect(fields(validateReport(absence({ reason: "OTHER_KNOWN" }), ctx()))).toEqual(["otherReason"]);
    expect(fields(validateReport(absence({ reason: "OTHER_KNOWN", otherReason: "OTHER" }), ctx()))).toEqual(["otherText"]);
    expect(validateReport(absence({ reason: "OTHER_KNOWN", otherReason: "OTHER", otherText: "Flytt" }), ctx())).toEqual([]);
  });
});

describe("deviation", () => {
  const deviation = (over: Partial<Extract<ReportValues, { kind: "DEVIATION" }>> = {}): Extract<ReportValues, { kind: "DEVIATION" }> => ({
    kind: "DEVIATION", date: "2026-03-10", reason: "MISCONDUCT", description: "Kom inte till avtalat möte.", ...over,
  });

  it("the date may be today or past, never future", () => {
    expect(validateReport(deviation(), ctx())).toEqual([]);
    expect(validateReport(deviation({ date: "2026-02-01" }), ctx())).toEqual([]);
    expect(validateReport(deviation({ date: "2026-03-11" }), ctx())).toEqual([{ field: "date", message: "Datumet kan inte vara i framtiden." }]);
  });

  it("each reason asks for its own fields; the offer comes before the refusal", () => {
    expect(fields(validateReport(deviation({ reason: "DECLINED_JOB" }), ctx()))).toEqual(["offeredJob", "employer", "offeredDate"]);
    expect(fields(validateReport(deviation({ reason: "DECLINED_ACTIVITY" }), ctx()))).toEqual(["offeredActivity", "offeredDate"]);
    const job = { reason: "PREVENTS_JOB" as const, offeredJob: "Lagerarbetare", employer: "Lager AB", offeredDate: "2026-03-01" };
    expect(validateReport(deviation(job), ctx())).toEqual([]);
    expect(fields(validateReport(deviation({ ...job, offeredDate: "2026-03-11" }), ctx()))).toEqual(["offeredDate"]);
  });
});

describe("free text", () => {
  const informative = (text: string) => ({ kind: "INFORMATIVE", ...ids, concerns: ["DIALOGUE"], text, contactName: "Anna Handledare", contactEmail: "anna@example.se" });

  it("at most 2,000 characters, counted as people count them", () => {
    expect(informativeInput.safeParse(informative("a".repeat(2000))).success).toBe(true);
    const over = informativeInput.safeParse(informative("a".repeat(2001)));
    expect(over.success).toBe(false);
    expect(over.error!.issues[0]).toMatchObject({ path: ["text"], message: "Texten får vara högst 2\u00a0000 tecken." });
    expect(textLength("😀".repeat(2000))).toBe(2000);
    expect(informativeInput.safeParse(informative("😀".repeat(2000))).success).toBe(true);
    // Whitespace around is not counted; blank is missing.
    expect(informativeInput.safeParse(informative(`  ${"a".repeat(2000)}  `)).success).toBe(true);
    expect(informativeInput.safeParse(informative("   ")).error!.issues[0]).toMatchObject({ path: ["text"], message: "Skriv vad Arbetsförmedlingen behöver veta." });
  });

  it("the deviation's description and the informative report's contact", () => {
    const dev = { kind: "DEVIATION", ...ids, date: "2026-03-01", reason: "MISCONDUCT", description: "x".repeat(2001) };
    expect(deviationInput.safeParse(dev).error!.issues.map((i) => i.path.join("."))).toEqual(["description"]);
    const noContact = informativeInput.safeParse({ ...informative("Behöver tolk."), contactEmail: "" });
    expect(noContact.error!.issues.map((i) => i.path.join("."))).toEqual(["contactPhone"]);
  });
});

describe("organisation numbers in result reports", () => {
  const withCheck = (nine: string) => `${nine}${luhnCheckDigit(nine)}`;

  it("ten zeros for a sole trader or foreign employer; a real one with its check digit", () => {
    expect(checkEmployerOrgNumber("000000-0000")).toEqual({ ok: true, value: "000000-0000" });
    expect(checkEmployerOrgNumber("0000000000")).toEqual({ ok: true, value: "000000-0000" });
    expect(checkEmployerOrgNumber("556036-0793")).toEqual({ ok: true, value: "556036-0793" });
    expect(checkEmployerOrgNumber("5560360794")).toMatchObject({ ok: false, message: expect.stringMatching(/Kontrollsiffran/) });
    expect(checkEmployerOrgNumber("55603607")).toMatchObject({ ok: false });
  });

  it("refuses a personal identity number", () => {
    expect(checkEmployerOrgNumber(withCheck("800101123"))).toMatchObject({ ok: false, message: expect.stringMatching(/personnummer/) });
  });

  it("in the schema: several employments, each checked; stored as NNNNNN-NNNN", () => {
    const employment = { type: "EMPLOYMENT", extent: "FULL_TIME", employer: "Bygg AB", orgNumber: "5560360793", startDate: "2026-04-01" };
    const input = {
      kind: "RESULT", ...ids,
      employments: [employment, { ...employment, type: "SELF_EMPLOYMENT", employer: "Eget", orgNumber: "000000-0000", extent: "PART_TIME", percent: 50, endDate: "2026-03-01" }],
    };
    const parsed = resultInput.safeParse(input);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toEqual(["employments.1.endDate"]);
    const ok = reportInput.parse({ ...input, employments: [employment, { ...input.employments[1], endDate: "2026-12-31" }] });
    expect(reportData(ok)).toEqual({
      employments: [
        { type: "EMPLOYMENT", extent: "FULL_TIME", employer: "Bygg AB", orgNumber: "556036-0793", startDate: "2026-04-01" },
        { type: "SELF_EMPLOYMENT", extent: "PART_TIME", percent: 50, employer: "Eget", orgNumber: "000000-0000", startDate: "2026-04-01", endDate: "2026-12-31" },
      ],
    });
    expect(resultInput.safeParse({ ...input, employments: [] }).success).toBe(false);
    expect(resultInput.safeParse({ ...input, employments: [{ ...employment, extent: "PART_TIME" }] }).error!.issues[0].path).toEqual(["employments", 0, "percent"]);
  });
});

describe("schemas", () => {
  it("empty inputs from the form are absent; parsing twice changes nothing", () => {
    const raw = {
      kind: "ABSENCE", ...ids, correctsId: "", date: "2026-03-09", extent: "WHOLE_DAY", expectedFrom: "09:00", expectedTo: "12:00",
      absentFrom: "", absentTo: "", activityCode: "KARTLAGGNING", reason: "SICK", otherReason: null, otherText: "",
    };
    const once = absenceInput.parse(raw);
    expect(once.correctsId).toBeUndefined();
    expect(absenceInput.parse(once)).toEqual(once);
    expect(reportData(once)).toEqual({ date: "2026-03-09", extent: "WHOLE_DAY", expectedFrom: "09:00", expectedTo: "12:00", activityCode: "KARTLAGGNING", reason: "SICK" });
    const signal = workSignalInput.parse({ kind: "WORK_SIGNAL", ...ids, type: "WORK", extent: "FULL_TIME", percent: Number.NaN, startDate: "2026-05-01" });
    expect(signal.percent).toBeUndefined();
    expect(workSignalInput.safeParse({ ...signal, extent: "PART_TIME", percent: 100 }).success).toBe(false);
  });

  it("Swedish messages on the right fields", () => {
    const res = reportInput.safeParse({ kind: "ABSENCE", ...ids, date: "2026-02-30", extent: "", expectedFrom: "9", expectedTo: "", activityCode: "", reason: null });
    const byField: Record<string, string> = {};
    for (const i of res.error!.issues) byField[i.path.join(".")] ??= i.message; // the form shows the first per field
    expect(byField).toMatchObject({
      date: "Datumet finns inte.",
      extent: "Välj om frånvaron gällde hela dagen eller del av dagen.",
      expectedFrom: "Ange tiden som TT:MM, till exempel 09:30.",
      expectedTo: "Ange när den förväntade närvaron slutade.",
      activityCode: "Välj en aktivitet.",
      reason: "Välj orsak till frånvaron.",
    });
  });

  it("a rejection needs a reason", () => {
    expect(decideReportInput.safeParse({ reportId: ids.decisionId, decision: "REJECT", reason: " " }).error!.issues[0].path).toEqual(["reason"]);
    expect(decideReportInput.parse({ reportId: ids.decisionId, decision: "APPROVE", reason: "x" }).reason).toBeUndefined();
  });
});

describe("corrections and decisions", () => {
  it("a correction has the same kind and corrects the latest of its chain", () => {
    const first = report(1, "ABSENCE", "REJECTED");
    const second = report(2, "ABSENCE", "RECEIVED", first.id);
    expect(validateCorrection(second, "ABSENCE", [first, second])).toBeNull();
    expect(validateCorrection(first, "ABSENCE", [first, second])!.message).toMatch(/redan rättats/);
    expect(validateCorrection(second, "DEVIATION", [first, second])!.message).toMatch(/samma slag/);
  });

  it("only a received report not replaced by a correction is decided", () => {
    const first = report(1, "DEVIATION");
    const second = report(2, "DEVIATION", "RECEIVED", first.id);
    expect(validateDecidable(second, [first, second])).toBeNull();
    expect(validateDecidable(first, [first, second])!.message).toMatch(/rättats/);
    expect(validateDecidable(report(3, "DEVIATION", "APPROVED"), [])!.message).toMatch(/redan fått ett beslut/);
  });

  it("labels: slugs, the outcome text, stored answers in Swedish", () => {
    expect(kindFromSlug("slutredovisning")).toBe("FINAL");
    expect(kindFromSlug("okänd")).toBeNull();
    expect(reportOutcomeEffect({ what: "Resultatredovisning", status: "REJECTED", reason: "Intyg saknas." })).toBe("Resultatredovisning: Ej godkänd");
    expect(effect("REPORT_OUTCOME", { what: "Resultatredovisning", status: "REJECTED", reason: "Intyg saknas." })).toBe("Resultatredovisning: Ej godkänd");
    expect(reason({ what: "Resultatredovisning", status: "REJECTED", reason: "Intyg saknas." }, "REPORT_OUTCOME")).toBe("Intyg saknas.");
    expect(reportOutcomeEffect({ status: "APPROVED" })).toBe("Rapport: Godkänd");
    const rows = describeReport("WORK_SIGNAL", { type: "EDUCATION", extent: "PART_TIME", percent: 50, startDate: "2026-05-04" })[0].rows;
    expect(rows).toEqual([{ label: "Gäller", value: "Studier" }, { label: "Omfattning", value: "Deltid, 50 %" }, { label: "Startdatum", value: "4 maj 2026" }]);
  });
});
