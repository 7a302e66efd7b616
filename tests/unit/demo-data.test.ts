// Issue #13: the seed goes through the same validation as the forms.
import { describe, expect, it } from "vitest";
import { demoDataProblems } from "@/features/demo/validate";
import { planDecisions } from "@/features/demo/scenarios";

describe("demo data", () => {
  it("passes the forms' checks: organisation numbers, addresses, people, personnummer", () => {
    expect(demoDataProblems(planDecisions("2026-12-02"))).toEqual([]);
  });

  it("the check finds a bad value (it can fail)", () => {
    const plan = planDecisions("2026-12-02").slice(0, 1);
    plan[0] = { ...plan[0], participant: { ...plan[0].participant, personalIdentityNumber: "198001011234" } };
    expect(demoDataProblems(plan).some((p) => p.includes("personalIdentityNumber"))).toBe(true);
  });
});
