import { describe, expect, it } from "vitest";
import type { OfficerActor, Permission, StaffActor } from "@/lib/authz/permissions";
import { canFollowEvents, eventUnitIds, isUnread, nextLastSeenAt, unreadSince, UNREAD_WINDOW_DAYS } from "@/features/events/rules";
import { effect, eventLabel, reason } from "@/features/decisions/describe-event";

function staff(permissions: Permission[], unitIds: string[]): StaffActor {
  return {
    kind: "staff", userId: "u", sessionId: "s", name: "N", email: "e@x.se", supplierId: "sup", supplierName: "S",
    membershipId: "m", permissions, allUnits: false, unitIds,
  };
}
const officer: OfficerActor = { kind: "officer", userId: "o", sessionId: "s", name: "O", email: "o@af.se" };

const ME = "00000000-0000-4000-8000-000000000001";

describe("whose events", () => {
  it("follows the units of either participant capability, each unit once", () => {
    expect(eventUnitIds(staff(["RECEIVE_PARTICIPANTS"], ["a", "b"]))).toEqual(["a", "b"]);
    expect(eventUnitIds(staff(["REPORTING"], ["b"]))).toEqual(["b"]);
    expect(eventUnitIds(staff(["RECEIVE_PARTICIPANTS", "REPORTING"], ["a", "b"]))).toEqual(["a", "b"]);
    expect(canFollowEvents(staff(["REPORTING"], ["a"]))).toBe(true);
    expect(canFollowEvents(staff(["RECEIVE_PARTICIPANTS"], ["a"]))).toBe(true);
  });
  it("gives nothing to administrators only, staff without units or permissions, and officers", () => {
    expect(eventUnitIds(staff(["ADMINISTER_PERMISSIONS"], ["a"]))).toEqual([]);
    expect(eventUnitIds(staff([], ["a"]))).toEqual([]);
    expect(eventUnitIds(staff(["RECEIVE_PARTICIPANTS", "REPORTING"], []))).toEqual([]);
    expect(eventUnitIds(officer)).toEqual([]);
    expect(canFollowEvents(staff(["ADMINISTER_PERMISSIONS"], ["a"]))).toBe(false);
    expect(canFollowEvents(officer)).toBe(false);
  });
});

describe("unread", () => {
  const now = new Date("2026-06-15T10:00:00.000Z");
  it("counts from the marker when there is one", () => {
    const marker = new Date("2026-01-01T00:00:00.000Z");
    expect(unreadSince(marker, now)).toEqual(marker);
  });
  it("without a marker, counts the last fourteen days (14 × 24 hours)", () => {
    expect(UNREAD_WINDOW_DAYS).toBe(14);
    expect(unreadSince(null, now).toISOString()).toBe("2026-06-01T10:00:00.000Z");
    expect(unreadSince(undefined, now).toISOString()).toBe("2026-06-01T10:00:00.000Z");
  });
  it("is strictly after the marker", () => {
    const since = new Date("2026-06-10T12:00:00.000Z");
    const at = (iso: string) => ({ at: new Date(iso), actorId: null });
    expect(isUnread(at("2026-06-10T12:00:00.001Z"), since, ME)).toBe(true);
    expect(isUnread(at("2026-06-10T12:00:00.000Z"), since, ME)).toBe(false);
    expect(isUnread(at("2026-06-10T11:59:59.999Z"), since, ME)).toBe(false);
  });
  it("is never what the viewer did themselves", () => {
    const since = new Date("2026-06-10T12:00:00.000Z");
    const later = new Date("2026-06-11T08:00:00.000Z");
    expect(isUnread({ at: later, actorId: ME }, since, ME)).toBe(false);
    expect(isUnread({ at: later, actorId: "a colleague" }, since, ME)).toBe(true);
  });
});

describe("moving the marker", () => {
  const now = new Date("2026-06-15T10:00:00.000Z");
  const earlier = new Date("2026-06-14T10:00:00.000Z");
  const later = new Date("2026-06-15T09:00:00.000Z");
  it("sets it where there is none", () => {
    expect(nextLastSeenAt(null, earlier, now)).toEqual(earlier);
  });
  it("never moves it backwards", () => {
    expect(nextLastSeenAt(later, earlier, now)).toEqual(later);
    expect(nextLastSeenAt(earlier, later, now)).toEqual(later);
    expect(nextLastSeenAt(later, later, now)).toEqual(later);
  });
  it("never moves it past now", () => {
    expect(nextLastSeenAt(null, new Date("2027-01-01T00:00:00Z"), now)).toEqual(now);
    expect(nextLastSeenAt(earlier, new Date("2027-01-01T00:00:00Z"), now)).toEqual(now);
  });
});

describe("describing an event", () => {
  it("labels known types in Swedish and unknown ones generically", () => {
    expect(eventLabel("DECISION_CREATED")).toBe("Nytt avrop (beslut)");
    expect(eventLabel("PERIOD_END_CHANGED")).toBe("Avropsperiod ändrad");
    expect(eventLabel("HANDLEDARE_ASSIGNED")).toBe("Handledare tilldelad");
    expect(eventLabel("PERIODIC_REPORT_APPROVED")).toBe("Övrig händelse");
  });
  it("describes the effect and the reason, and tolerates unknown types and data", () => {
    expect(effect("INTERRUPTION_REGISTERED", { date: "2026-06-20", reason: "ILLNESS", planned: true })).toBe("Planerat avbrott från 20 juni 2026");
    expect(effect("INTERRUPTION_REGISTERED", { date: "2026-06-20", planned: false })).toBe("Avbrott från 20 juni 2026");
    expect(effect("PERIOD_END_CHANGED", { endDate: "2026-12-01", previousEndDate: "2026-11-30" })).toBe("Nytt slutdatum 1 dec. 2026 (tidigare 30 nov. 2026)");
    expect(reason({ reason: "ILLNESS" })).not.toBe("");
    expect(effect("SOMETHING_NEW", { outcome: "APPROVED" })).toBe("");
    expect(reason({ reason: "NOT_A_REASON" })).toBe("");
    expect(reason({})).toBe("");
  });
});

describe("the officer's reason for a rejection", () => {
  it("is shown as written for report outcomes, and never for unknown codes elsewhere", async () => {
    const { reason } = await import("@/features/decisions/describe-event");
    expect(reason({ reason: "Timmarna saknas." }, "REPORT_OUTCOME")).toBe("Timmarna saknas.");
    expect(reason({ reason: "Timmarna saknas." }, "INTERRUPTION_REGISTERED")).toBe("");
  });
});
