import { describe, expect, it } from "vitest";
import type { DecisionFacts } from "@/features/decisions/rules";
import {
  approvedActivities, currentPlanningPeriod, isSuperseded, nextVersion, planningInForce, validateActivities, validateDecidable, validatePlanningPeriod,
  MANDATORY_MISSING_MESSAGE, NO_OPTIONAL_MESSAGE, UNKNOWN_ACTIVITY_MESSAGE, type CatalogueItem,
} from "@/features/planning/rules";
import { decidePlanningInput, planningFormSchema, submitPlanningInput } from "@/features/planning/schemas";

// The catalogues as the migration seeds them (the parts that matter here).
const ROM1: CatalogueItem[] = [
  { code: "INDIVIDUAL_DEVELOPMENT_MEETING", name: "Individuellt utvecklingsmöte", mandatory: true, sortOrder: 1 },
  { code: "OWN_WORK", name: "Eget arbete enligt individuell planering med anordnare", mandatory: true, sortOrder: 2 },
  { code: "MOTIVATIONAL_TALK", name: "Motiverande samtal", mandatory: false, sortOrder: 3 },
  { code: "SHORT_TRAINING", name: "Kortare utbildning", mandatory: false, sortOrder: 8 },
];
const ROM2: CatalogueItem[] = [
  { code: "MAPPING", name: "Kartläggning", mandatory: true, sortOrder: 1 },
  { code: "INDIVIDUAL_DEVELOPMENT_MEETING", name: "Individuellt utvecklingsmöte", mandatory: true, sortOrder: 2 },
  { code: "OWN_WORK", name: "Eget arbete enligt individuell planering med anordnare", mandatory: true, sortOrder: 3 },
  { code: "MOTIVATION", name: "Motivationshöjande samtal", mandatory: false, sortOrder: 4 },
  { code: "GUIDANCE", name: "Vägledning mot arbete eller utbildning", mandatory: false, sortOrder: 9 },
];

const facts = (over: Partial<DecisionFacts> = {}): DecisionFacts => ({
  periods: [{ number: 1, startDate: "2026-06-01", endDate: "2026-11-30" }],
  interruptions: [],
  hasHandledare: true,
  ...over,
});
const twoPeriods = facts({ periods: [{ number: 1, startDate: "2026-06-01", endDate: "2026-11-30" }, { number: 2, startDate: "2026-12-01", endDate: "2027-05-31" }] });

describe("activities of a planning", () => {
  it("ROM1: both mandatory activities and at least one optional; returned deduplicated in catalogue order", () => {
    expect(validateActivities(ROM1, ["MOTIVATIONAL_TALK", "OWN_WORK", "INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK"])).toEqual({
      ok: true,
      value: ["INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK", "MOTIVATIONAL_TALK"],
    });
  });
  it("ROM2: Kartläggning is mandatory too", () => {
    const res = validateActivities(ROM2, ["INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK", "GUIDANCE"]);
    expect(res).toMatchObject({ ok: false, field: "activityCodes" });
    expect(!res.ok && res.message).toContain(MANDATORY_MISSING_MESSAGE);
    expect(!res.ok && res.message).toContain("Kartläggning");
    expect(validateActivities(ROM2, ["MAPPING", "INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK", "GUIDANCE"]).ok).toBe(true);
  });
  it("refuses a planning of only mandatory activities", () => {
    expect(validateActivities(ROM1, ["INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK"])).toEqual({ ok: false, message: NO_OPTIONAL_MESSAGE, field: "activityCodes" });
  });
  it("refuses codes of another version's catalogue or unknown codes", () => {
    // Kortare utbildning exists in ROM1 only.
    expect(validateActivities(ROM2, ["MAPPING", "INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK", "GUIDANCE", "SHORT_TRAINING"])).toEqual({
      ok: false, message: UNKNOWN_ACTIVITY_MESSAGE, field: "activityCodes",
    });
    expect(validateActivities(ROM1, ["INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK", "NOPE"]).ok).toBe(false);
  });
  it("an empty planning names what is missing", () => {
    const res = validateActivities(ROM1, []);
    expect(!res.ok && res.message).toMatch(/Individuellt utvecklingsmöte, Eget arbete/);
  });
});

describe("when a planning may be submitted", () => {
  it("during a running period, and before it starts", () => {
    expect(validatePlanningPeriod(facts(), facts().periods[0], "2026-07-01").ok).toBe(true);
    expect(validatePlanningPeriod(facts(), facts().periods[0], "2026-05-20").ok).toBe(true);
    expect(validatePlanningPeriod(facts(), facts().periods[0], "2026-11-30").ok).toBe(true);
  });
  it("not after the period has ended", () => {
    expect(validatePlanningPeriod(facts(), facts().periods[0], "2026-12-01")).toMatchObject({ ok: false, message: expect.stringMatching(/Period 1 har redan avslutats/) });
    // period 2 is open while period 1 is closed
    expect(validatePlanningPeriod(twoPeriods, twoPeriods.periods[0], "2026-12-05").ok).toBe(false);
    expect(validatePlanningPeriod(twoPeriods, twoPeriods.periods[1], "2026-12-05").ok).toBe(true);
  });
  it("not when the placement is interrupted; a planned interruption later in the period does not stop it", () => {
    const interrupted = facts({ interruptions: [{ date: "2026-07-01", withdrawn: false }] });
    expect(validatePlanningPeriod(interrupted, interrupted.periods[0], "2026-07-01")).toMatchObject({ ok: false, message: expect.stringMatching(/avbrutits/) });
    expect(validatePlanningPeriod(interrupted, interrupted.periods[0], "2026-06-20").ok).toBe(true);
    const withdrawn = facts({ interruptions: [{ date: "2026-07-01", withdrawn: true }] });
    expect(validatePlanningPeriod(withdrawn, withdrawn.periods[0], "2026-08-01").ok).toBe(true);
  });
  it("not for a period that a registered interruption keeps from starting", () => {
    const f = { ...twoPeriods, interruptions: [{ date: "2026-11-20", withdrawn: false }] };
    expect(validatePlanningPeriod(f, f.periods[1], "2026-11-10")).toMatchObject({ ok: false, message: expect.stringMatching(/innan period 2 börjar/) });
    expect(validatePlanningPeriod(f, f.periods[0], "2026-11-10").ok).toBe(true);
  });
  it("the current period is the first that has not ended", () => {
    expect(currentPlanningPeriod(twoPeriods, "2026-05-01")?.number).toBe(1);
    expect(currentPlanningPeriod(twoPeriods, "2026-11-30")?.number).toBe(1);
    expect(currentPlanningPeriod(twoPeriods, "2026-12-01")?.number).toBe(2);
    expect(currentPlanningPeriod(twoPeriods, "2027-06-01")).toBeNull();
  });
});

describe("versions", () => {
  const v = (version: number, status: "RECEIVED" | "APPROVED" | "REJECTED", activityCodes: string[] = []) => ({ version, status, activityCodes });
  it("the next version follows the latest, whatever its status", () => {
    expect(nextVersion([])).toBe(1);
    expect(nextVersion([v(1, "REJECTED"), v(2, "APPROVED")])).toBe(3);
    expect(nextVersion([v(2, "RECEIVED"), v(1, "APPROVED")])).toBe(3);
  });
  it("a later version supersedes a RECEIVED one for approval; only the latest RECEIVED can be decided", () => {
    const versions = [v(1, "APPROVED"), v(2, "RECEIVED"), v(3, "RECEIVED")];
    expect(isSuperseded(versions[1], versions)).toBe(true);
    expect(isSuperseded(versions[2], versions)).toBe(false);
    expect(isSuperseded(versions[0], versions)).toBe(false);
    expect(validateDecidable(versions[1], versions)).toMatchObject({ ok: false, message: expect.stringMatching(/senare version/) });
    expect(validateDecidable(versions[2], versions).ok).toBe(true);
    expect(validateDecidable(versions[0], versions)).toMatchObject({ ok: false, message: "Planeringen är redan beslutad." });
    expect(validateDecidable(v(4, "REJECTED"), [v(4, "REJECTED")]).ok).toBe(false);
  });
  it("the approved version stays in force until a newer one is approved", () => {
    const a = ["INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK", "MOTIVATIONAL_TALK"];
    const b = ["INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK", "SHORT_TRAINING"];
    expect(approvedActivities([])).toEqual([]);
    expect(approvedActivities([v(1, "RECEIVED", a)])).toEqual([]);
    expect(approvedActivities([v(1, "APPROVED", a), v(2, "RECEIVED", b)])).toEqual(a);
    expect(approvedActivities([v(1, "APPROVED", a), v(2, "REJECTED", b)])).toEqual(a);
    expect(approvedActivities([v(2, "APPROVED", b), v(1, "APPROVED", a), v(3, "RECEIVED", a)])).toEqual(b);
    expect(planningInForce([v(1, "APPROVED", a), v(2, "APPROVED", b)])?.version).toBe(2);
  });
});

describe("planning schemas", () => {
  const base = {
    decisionId: "0f8fad5b-d9cb-469f-a165-70867728950e",
    periodId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    idempotencyKey: "16fd2706-8baf-433b-82eb-8c7fada847da",
  };
  const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

  it("submit: distance participation must be answered", () => {
    expect(messages(submitPlanningInput.safeParse({ ...base, activityCodes: [] }))).toEqual({ remote: "Ange om deltagaren deltar på distans." });
    expect(submitPlanningInput.safeParse({ ...base, remote: false, activityCodes: ["X"] }).success).toBe(true);
  });
  it("the form's schema checks the catalogue it shows", () => {
    const schema = planningFormSchema(ROM2);
    expect(messages(schema.safeParse({ ...base, remote: true, activityCodes: ["MAPPING", "INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK"] }))).toEqual({ activityCodes: NO_OPTIONAL_MESSAGE });
    expect(schema.safeParse({ ...base, remote: true, activityCodes: ["MAPPING", "INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK", "MOTIVATION"] }).success).toBe(true);
  });
  it("decide: a rejection needs a reason of at most 1000 characters; an approval drops it", () => {
    const planningId = base.decisionId;
    expect(messages(decidePlanningInput.safeParse({ planningId, decision: "REJECT", reason: "  " }))).toEqual({ reason: "Ange varför planeringen inte godkänns." });
    expect(messages(decidePlanningInput.safeParse({ planningId, decision: "REJECT", reason: "x".repeat(1001) }))).toEqual({ reason: "Högst 1000 tecken." });
    expect(decidePlanningInput.parse({ planningId, decision: "REJECT", reason: " Saknar kontakter med arbetsgivare. " }).reason).toBe("Saknar kontakter med arbetsgivare.");
    expect(decidePlanningInput.parse({ planningId, decision: "APPROVE", reason: "bra" }).reason).toBeUndefined();
    expect(messages(decidePlanningInput.safeParse({ planningId, decision: "MAYBE" }))).toEqual({ decision: "Välj om planeringen godkänns eller inte." });
    expect(messages(decidePlanningInput.safeParse({ planningId }))).toEqual({ decision: "Välj om planeringen godkänns eller inte." });
  });
});
