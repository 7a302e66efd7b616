import { describe, expect, it } from "vitest";
import { can, canAt, orderUnitScope, unitsFor, type StaffActor } from "@/lib/authz/permissions";
import { deactivationBlockedByParticipants, invitationUsable, wouldRemoveLastAdmin } from "@/features/staff/rules";

const staff = (over: Partial<StaffActor>): StaffActor => ({
  kind: "staff", userId: "u", sessionId: "s", name: "N", email: "e", supplierId: "S1", supplierName: "L", membershipId: "m",
  permissions: [], allUnits: false, unitIds: ["U1"], ...over,
});

describe("permission matrix", () => {
  it("denies everything to a person with no permissions", () => {
    const a = staff({});
    expect(can(a, "manageStaff")).toBe(false);
    expect(can(a, "receiveParticipants")).toBe(false);
    expect(can(a, "reportOnParticipants")).toBe(false);
    expect(unitsFor(a, "reportOnParticipants")).toEqual([]);
  });
  it("unit permissions need at least one unit", () => {
    expect(can(staff({ permissions: ["REPORTING"], unitIds: [] }), "reportOnParticipants")).toBe(false);
    expect(can(staff({ permissions: ["ADMINISTER_PERMISSIONS"], unitIds: [] }), "manageStaff")).toBe(true);
  });
  it("administration is organisation-wide but never crosses organisations", () => {
    const a = staff({ permissions: ["ADMINISTER_PERMISSIONS"], unitIds: [] });
    expect(canAt(a, "manageStaff", { supplierId: "S1" })).toBe(true);
    expect(canAt(a, "manageStaff", { supplierId: "S2" })).toBe(false);
  });
  it("a unit capability without a unit in the target is denied", () => {
    expect(canAt(staff({ permissions: ["REPORTING"] }), "reportOnParticipants", { supplierId: "S1" })).toBe(false);
  });
  it("orders: administrators see every unit, reporters their own, others none", () => {
    const all = ["U1", "U2", "U3"];
    expect(orderUnitScope(staff({ permissions: ["ADMINISTER_PERMISSIONS"] }), all)).toEqual(all);
    expect(orderUnitScope(staff({ permissions: ["REPORTING"] }), all)).toEqual(["U1"]);
    expect(orderUnitScope(staff({ permissions: ["RECEIVE_PARTICIPANTS"] }), all)).toEqual([]);
  });
});

describe("staff rules", () => {
  it("protects the last active administrator", () => {
    expect(wouldRemoveLastAdmin({ activeAdminMembershipIds: ["a"], targetMembershipId: "a", targetRemainsActiveAdmin: false })).toBe(true);
    expect(wouldRemoveLastAdmin({ activeAdminMembershipIds: ["a", "b"], targetMembershipId: "a", targetRemainsActiveAdmin: false })).toBe(false);
    expect(wouldRemoveLastAdmin({ activeAdminMembershipIds: ["a"], targetMembershipId: "a", targetRemainsActiveAdmin: true })).toBe(false);
    expect(wouldRemoveLastAdmin({ activeAdminMembershipIds: ["a"], targetMembershipId: "x", targetRemainsActiveAdmin: false })).toBe(false);
  });
  it("blocks deactivating a handledare with participants", () => {
    expect(deactivationBlockedByParticipants(1)).toBe(true);
    expect(deactivationBlockedByParticipants(0)).toBe(false);
  });
  it("an invitation is usable once and until it expires", () => {
    const at = new Date("2026-11-29T12:00:00Z");
    expect(invitationUsable({ expiresAt: new Date("2026-11-29T12:00:01Z"), usedAt: null }, at)).toBe(true);
    expect(invitationUsable({ expiresAt: at, usedAt: null }, at)).toBe(false);
    expect(invitationUsable({ expiresAt: new Date("2026-12-01T00:00:00Z"), usedAt: at }, at)).toBe(false);
  });
});
