import { describe, expect, it } from "vitest";
import { periodEnd, serviceLimit, spanEnd } from "@/features/decisions/periods";
import {
  decisionState, firstPeriod, grantPeriod2, isOngoing, nextFollowUpDue, validateInterruption,
  validatePeriodEndChange, validateStartDate, validateUnit, validateWithdrawal, type DecisionFacts,
} from "@/features/decisions/rules";

const facts = (over: Partial<DecisionFacts> = {}): DecisionFacts => ({
  periods: [{ number: 1, startDate: "2026-06-01", endDate: "2026-11-30" }],
  interruptions: [],
  hasHandledare: true,
  ...over,
});

describe("period ends", () => {
  it("is the day before the same date six months later", () => {
    expect(periodEnd("2026-06-01")).toBe("2026-11-30");
    expect(periodEnd("2026-01-15")).toBe("2026-07-14");
    expect(periodEnd("2026-09-01")).toBe("2027-02-28");
  });
  it("ends on the month's last day when the same date does not exist", () => {
    expect(periodEnd("2026-08-31")).toBe("2027-02-28");
    expect(periodEnd("2027-08-31")).toBe("2028-02-29"); // leap year
    expect(periodEnd("2027-08-30")).toBe("2028-02-29");
    expect(periodEnd("2026-08-29")).toBe("2027-02-28");
    expect(periodEnd("2026-12-31")).toBe("2027-06-30");
  });
  it("starting on a leap day", () => {
    expect(periodEnd("2028-02-29")).toBe("2028-08-28");
    expect(serviceLimit("2028-02-29")).toBe("2029-02-28");
  });
  it("one year at most", () => {
    expect(serviceLimit("2026-06-01")).toBe("2027-05-31");
    expect(spanEnd("2026-01-01", 12)).toBe("2026-12-31");
  });
});

describe("decision state", () => {
  const today = "2026-11-29";
  it("new until a handledare is assigned, then active", () => {
    expect(decisionState(facts({ hasHandledare: false }), today)).toBe("new");
    expect(decisionState(facts(), today)).toBe("active");
  });
  it("a future interruption is planned; from its date the placement is interrupted", () => {
    const f = facts({ interruptions: [{ date: "2026-11-30", withdrawn: false }] });
    expect(decisionState(f, "2026-11-29")).toBe("planned-interruption");
    expect(decisionState(f, "2026-11-30")).toBe("interrupted");
    expect(decisionState(facts({ interruptions: [{ date: "2026-11-30", withdrawn: true }] }), "2026-11-30")).toBe("active");
  });
  it("after period 1 the period has ended; after period 2 the service is completed", () => {
    expect(decisionState(facts(), "2026-11-30")).toBe("active"); // last day
    expect(decisionState(facts(), "2026-12-01")).toBe("period-ended");
    expect(decisionState(facts(), "2026-12-30")).toBe("period-ended"); // period 2 may still be granted
    expect(decisionState(facts(), "2026-12-31")).toBe("completed");
    const two = facts({ periods: [{ number: 1, startDate: "2026-06-01", endDate: "2026-11-30" }, { number: 2, startDate: "2026-12-01", endDate: "2027-05-31" }] });
    expect(decisionState(two, "2026-12-01")).toBe("active");
    expect(decisionState(two, "2027-06-01")).toBe("completed");
  });
  it("ongoing placements", () => {
    expect(["new", "active", "planned-interruption"].every((s) => isOngoing(s as never))).toBe(true);
    expect(["interrupted", "period-ended", "completed"].some((s) => isOngoing(s as never))).toBe(false);
  });
});

describe("start date", () => {
  it("is today or later, within 90 days", () => {
    expect(validateStartDate("2026-11-29", "2026-11-29").ok).toBe(true);
    expect(validateStartDate("2026-11-28", "2026-11-29")).toMatchObject({ ok: false, message: expect.stringMatching(/bakåt/) });
    expect(validateStartDate("2027-02-27", "2026-11-29").ok).toBe(true);
    expect(validateStartDate("2027-02-28", "2026-11-29").ok).toBe(false);
    expect(firstPeriod("2026-11-29")).toEqual({ number: 1, startDate: "2026-11-29", endDate: "2027-05-28" });
  });
});

describe("the performing unit", () => {
  it("is the supplier's own, in a delivery area the supplier is approved in", () => {
    const supplier = { id: "s1", deliveryAreaIds: ["north", "south"] };
    expect(validateUnit(supplier, { supplierId: "s1", deliveryAreaId: "south" }).ok).toBe(true);
    expect(validateUnit(supplier, { supplierId: "s2", deliveryAreaId: "south" })).toMatchObject({ ok: false, message: expect.stringMatching(/hör inte till/) });
    expect(validateUnit(supplier, { supplierId: "s1", deliveryAreaId: "west" })).toMatchObject({ ok: false, message: expect.stringMatching(/leveransområde/) });
  });
});

describe("interruptions", () => {
  it("are never backdated", () => {
    expect(validateInterruption(facts(), "2026-11-28", "2026-11-29")).toMatchObject({ ok: false, message: expect.stringMatching(/bakåt/) });
    expect(validateInterruption(facts(), "2026-11-29", "2026-11-29").ok).toBe(true);
    expect(validateInterruption(facts(), "2026-11-30", "2026-11-29").ok).toBe(true);
  });
  it("fall within the period, once", () => {
    expect(validateInterruption(facts(), "2026-12-01", "2026-11-29").ok).toBe(false);
    expect(validateInterruption(facts({ interruptions: [{ date: "2026-11-30", withdrawn: false }] }), "2026-11-30", "2026-11-29").ok).toBe(false);
    expect(validateInterruption(facts({ interruptions: [{ date: "2026-11-30", withdrawn: true }] }), "2026-11-30", "2026-11-29").ok).toBe(true);
  });
  it("can be withdrawn only while their date is in the future", () => {
    expect(validateWithdrawal({ date: "2026-11-30", withdrawn: false }, "2026-11-29").ok).toBe(true);
    expect(validateWithdrawal({ date: "2026-11-29", withdrawn: false }, "2026-11-29").ok).toBe(false);
    expect(validateWithdrawal({ date: "2026-11-30", withdrawn: true }, "2026-11-29").ok).toBe(false);
  });
});

describe("period 2", () => {
  it("follows period 1 for six months", () => {
    expect(grantPeriod2(facts(), "2026-11-29")).toEqual({ ok: true, value: { number: 2, startDate: "2026-12-01", endDate: "2027-05-31" } });
  });
  it("never goes beyond one year in total", () => {
    // Period 1 lengthened to end in January: period 2 is cut at the year's end.
    const f = facts({ periods: [{ number: 1, startDate: "2026-06-01", endDate: "2027-01-15" }] });
    expect(grantPeriod2(f, "2027-01-10")).toEqual({ ok: true, value: { number: 2, startDate: "2027-01-16", endDate: "2027-05-31" } });
  });
  it("at most one, and not when interrupted, too early or too late", () => {
    const two = facts({ periods: [{ number: 1, startDate: "2026-06-01", endDate: "2026-11-30" }, { number: 2, startDate: "2026-12-01", endDate: "2027-05-31" }] });
    expect(grantPeriod2(two, "2026-11-29")).toMatchObject({ ok: false, message: expect.stringMatching(/redan beviljats/) });
    expect(grantPeriod2(facts({ interruptions: [{ date: "2026-11-30", withdrawn: false }] }), "2026-11-29").ok).toBe(false);
    expect(grantPeriod2(facts(), "2026-10-30").ok).toBe(false);
    expect(grantPeriod2(facts(), "2026-10-31").ok).toBe(true);
    expect(grantPeriod2(facts(), "2026-12-30").ok).toBe(true);
    expect(grantPeriod2(facts(), "2026-12-31").ok).toBe(false);
  });
});

describe("period end change", () => {
  it("not backdated, not beyond one year, only the last period", () => {
    expect(validatePeriodEndChange(facts(), 1, "2026-12-15", "2026-11-29").ok).toBe(true);
    expect(validatePeriodEndChange(facts(), 1, "2026-11-28", "2026-11-29").ok).toBe(false);
    expect(validatePeriodEndChange(facts(), 1, "2027-06-01", "2026-11-29")).toMatchObject({ ok: false, message: expect.stringMatching(/ett år/) });
    expect(validatePeriodEndChange(facts(), 1, "2027-05-31", "2026-11-29").ok).toBe(true);
    const two = facts({ periods: [{ number: 1, startDate: "2026-06-01", endDate: "2026-11-30" }, { number: 2, startDate: "2026-12-01", endDate: "2027-05-31" }] });
    expect(validatePeriodEndChange(two, 1, "2026-12-10", "2026-11-29").ok).toBe(false);
    expect(validatePeriodEndChange(two, 2, "2027-04-30", "2026-11-29").ok).toBe(true);
  });
});

describe("follow-up every fourteen days", () => {
  it("is due fourteen days after the last follow-up or the start", () => {
    expect(nextFollowUpDue(null, "2026-11-01")).toBe("2026-11-15");
    expect(nextFollowUpDue("2026-11-20", "2026-11-01")).toBe("2026-12-04");
  });
});
