import { describe, expect, it } from "vitest";
import { canBeHandledareAt, checkCap, needsAssignment, periodAwaitsHandledare } from "@/features/assignments/rules";

const candidate = { userActive: true, membershipActive: true, permissions: ["REPORTING" as const], allUnits: false, unitIds: ["U1"] };

describe("handledare eligibility", () => {
  it("requires an active account with the reporting permission at the unit", () => {
    expect(canBeHandledareAt(candidate, "U1")).toBe(true);
    expect(canBeHandledareAt(candidate, "U2")).toBe(false);
    expect(canBeHandledareAt({ ...candidate, allUnits: true }, "U2")).toBe(true);
    expect(canBeHandledareAt({ ...candidate, permissions: ["RECEIVE_PARTICIPANTS"] }, "U1")).toBe(false);
    expect(canBeHandledareAt({ ...candidate, userActive: false }, "U1")).toBe(false);
    expect(canBeHandledareAt({ ...candidate, membershipActive: false }, "U1")).toBe(false);
  });
});

describe("the cap of 50 (Rusta och matcha 2)", () => {
  it("allows up to and including 50", () => {
    expect(checkCap({ name: "Hugo", currentLoad: 49, adding: 1, serviceVersion: "ROM2" })).toEqual({ ok: true });
    expect(checkCap({ name: "Hugo", currentLoad: 0, adding: 50, serviceVersion: "ROM2" })).toEqual({ ok: true });
  });
  it("refuses the 51st with a clear message", () => {
    const r = checkCap({ name: "Hugo", currentLoad: 48, adding: 3, serviceVersion: "ROM2" });
    expect(r).toEqual({ ok: false, message: expect.stringContaining("plats för 2 till") });
    expect(checkCap({ name: "Hugo", currentLoad: 50, adding: 1, serviceVersion: "ROM2" })).toEqual({ ok: false, message: expect.stringContaining("Välj en annan handledare") });
  });
  it("has no cap in version 1", () => {
    expect(checkCap({ name: "Hugo", currentLoad: 500, adding: 10, serviceVersion: "ROM1" })).toEqual({ ok: true });
  });
});

describe("needs a handledare", () => {
  it("without a current handledare, or in an unconfirmed period 2", () => {
    expect(needsAssignment({ hasCurrentHandledare: false, latestPeriod: { number: 1, handledareConfirmed: false } })).toBe(true);
    expect(needsAssignment({ hasCurrentHandledare: true, latestPeriod: { number: 1, handledareConfirmed: false } })).toBe(false);
    expect(needsAssignment({ hasCurrentHandledare: true, latestPeriod: { number: 2, handledareConfirmed: false } })).toBe(true);
    expect(needsAssignment({ hasCurrentHandledare: true, latestPeriod: { number: 2, handledareConfirmed: true } })).toBe(false);
  });
  it("period 2 waits for the supplier to confirm the handledare; period 1 never does", () => {
    expect(periodAwaitsHandledare({ number: 2, handledareConfirmed: false })).toBe(true);
    expect(periodAwaitsHandledare({ number: 2, handledareConfirmed: true })).toBe(false);
    expect(periodAwaitsHandledare({ number: 1, handledareConfirmed: false })).toBe(false);
  });
});
