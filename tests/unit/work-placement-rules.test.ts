// Issue #13, finding 10: praktik, at most three months per period, several within the limit.
import { describe, expect, it } from "vitest";
import { validateWorkPlacement, WORK_PLACEMENT_MAX_DAYS } from "@/features/work-placements/rules";

import type { DecisionFacts } from "@/features/decisions/rules";

const facts: DecisionFacts = { periods: [{ number: 1, startDate: "2026-10-12", endDate: "2027-04-11" }], interruptions: [], hasHandledare: true };
const TODAY = "2026-12-02";

describe("praktik", () => {
  it("is allowed within a period, several up to three months in all", () => {
    expect(validateWorkPlacement(facts, [], { startDate: "2026-12-07", endDate: "2027-01-31" }, TODAY)).toMatchObject({ ok: true, value: { periodNumber: 1, daysLeft: WORK_PLACEMENT_MAX_DAYS - 56 } });
    const existing = [{ startDate: "2026-12-07", endDate: "2027-01-31" }];
    expect(validateWorkPlacement(facts, existing, { startDate: "2027-02-01", endDate: "2027-03-08" }, TODAY).ok).toBe(true);
    expect(validateWorkPlacement(facts, existing, { startDate: "2027-02-01", endDate: "2027-03-15" }, TODAY)).toMatchObject({ ok: false, field: "endDate", message: expect.stringMatching(/högst tre månader.*avbrott/) });
  });

  it("is refused backdated, outside the period, overlapping, reversed or after an interruption", () => {
    const refused = (input: { startDate: string; endDate: string }, existing: { startDate: string; endDate: string }[] = [], f = facts) => validateWorkPlacement(f, existing, input, TODAY);
    expect(refused({ startDate: "2026-12-01", endDate: "2026-12-20" })).toMatchObject({ ok: false, field: "startDate" });
    expect(refused({ startDate: "2027-04-01", endDate: "2027-04-30" })).toMatchObject({ ok: false, field: "endDate" });
    expect(refused({ startDate: "2026-12-10", endDate: "2026-12-05" })).toMatchObject({ ok: false, field: "endDate" });
    expect(refused({ startDate: "2026-12-10", endDate: "2026-12-20" }, [{ startDate: "2026-12-15", endDate: "2026-12-31" }])).toMatchObject({ ok: false, message: expect.stringMatching(/överlappar/) });
    const interrupted = { ...facts, interruptions: [{ id: "i", date: "2026-12-15", withdrawn: false }] };
    expect(refused({ startDate: "2026-12-10", endDate: "2026-12-20" }, [], interrupted)).toMatchObject({ ok: false, message: expect.stringMatching(/avbrott/) });
  });
});
