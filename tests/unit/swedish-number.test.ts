// Issue #14: "1,5" is one and a half, in any browser language.
import { describe, expect, it } from "vitest";
import { parseSwedishNumber } from "@/lib/validation/number";
import { hoursToMinutes } from "@/features/periodic-reports/hours-rules";
import { workSignalInput } from "@/features/participant-reports/schemas";

describe("typed numbers", () => {
  it("accept a decimal comma or point and a space between thousands", () => {
    expect(parseSwedishNumber("1,5")).toBe(1.5);
    expect(parseSwedishNumber("0,25")).toBe(0.25);
    expect(parseSwedishNumber("1.5")).toBe(1.5);
    expect(parseSwedishNumber("1 234,50")).toBe(1234.5);
    expect(parseSwedishNumber("1\u00a0234")).toBe(1234);
    expect(parseSwedishNumber("1,5,5")).toBeNaN();
    expect(parseSwedishNumber("en")).toBeNaN();
  });
  it("hours: 1,5 h is 90 minutes, 0,25 h is 15", () => {
    expect(hoursToMinutes("1,5")).toBe(90);
    expect(hoursToMinutes("0,25")).toBe(15);
    expect(hoursToMinutes("")).toBeNull();
  });
  it("a percentage typed as text is a number; impossible ones are refused", () => {
    const base = { kind: "WORK_SIGNAL", decisionId: "00000000-0000-4000-8000-000000000000", idempotencyKey: "00000000-0000-4000-8000-000000000001", type: "WORK", extent: "PART_TIME", startDate: "2026-12-01" };
    expect(workSignalInput.safeParse({ ...base, percent: "75" })).toMatchObject({ success: true, data: { percent: 75 } });
    expect(workSignalInput.safeParse({ ...base, percent: "sjuttiofem" }).success).toBe(false);
    expect(workSignalInput.safeParse({ ...base, percent: "150" }).success).toBe(false);
  });
});
