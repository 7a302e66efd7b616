// The capability table (lib/authz/capabilities.ts): every combination of the three supplier
// permissions, with and without units, and the officer, against every capability.
import { describe, expect, it } from "vitest";
import { CAPABILITY_NAMES, can, canAt, permissionsOf, unitScope, unitsFor, type Capability } from "@/lib/authz/capabilities";
import type { OfficerActor, Permission, StaffActor } from "@/lib/authz/permissions";

const A = "ADMINISTER_PERMISSIONS";
const R = "RECEIVE_PARTICIPANTS";
const P = "REPORTING";

const staff = (permissions: Permission[], unitIds = ["U1"]): StaffActor => ({
  kind: "staff", userId: "u", sessionId: "s", name: "N", email: "e", supplierId: "S1", supplierName: "L", membershipId: "m",
  permissions, allUnits: false, unitIds,
});
const officer: OfficerActor = { kind: "officer", userId: "o", sessionId: "s", name: "O", email: "o@af" };

/** What each capability needs, written out by hand (not derived from the table under test). */
const EXPECTED: Record<Capability, (p: Set<Permission>) => { unit: boolean; organisation: boolean }> = {
  manageStaff: (p) => ({ unit: false, organisation: p.has(A) }),
  receiveParticipants: (p) => ({ unit: p.has(R), organisation: false }),
  reportOnParticipants: (p) => ({ unit: p.has(P), organisation: false }),
  revealPersonnummer: (p) => ({ unit: p.has(P), organisation: false }),
  workWithParticipant: (p) => ({ unit: p.has(R) || p.has(P), organisation: false }),
  assignHandledare: (p) => ({ unit: p.has(R), organisation: p.has(A) }),
  seeOrders: (p) => ({ unit: p.has(P), organisation: p.has(A) }),
  followEvents: (p) => ({ unit: p.has(R) || p.has(P), organisation: false }),
  readReports: (p) => ({ unit: p.has(P), organisation: false }),
  officerWork: () => ({ unit: false, organisation: false }),
};
const OFFICER_HAS: Capability[] = ["readReports", "officerWork"];

const combinations: Permission[][] = [[], [A], [R], [P], [A, R], [A, P], [R, P], [A, R, P]];

describe("capability table", () => {
  it("names every capability it is tested for, and no other", () => {
    expect([...CAPABILITY_NAMES].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const perms of combinations) {
    const set = new Set(perms);
    describe(`staff with [${perms.join(", ") || "none"}]`, () => {
      for (const cap of CAPABILITY_NAMES) {
        const { unit, organisation } = EXPECTED[cap](set);
        it(`${cap}: ${organisation ? "organisation-wide" : unit ? "at their units" : "denied"}`, () => {
          const a = staff(perms);
          expect(can(a, cap)).toBe(unit || organisation);
          // At their own unit, at another unit of their organisation, in another organisation.
          expect(canAt(a, cap, { supplierId: "S1", unitId: "U1" })).toBe(unit || organisation);
          expect(canAt(a, cap, { supplierId: "S1", unitId: "U2" })).toBe(organisation);
          expect(canAt(a, cap, { supplierId: "S2", unitId: "U1" })).toBe(false);
          expect(canAt(a, cap, { supplierId: "S1" })).toBe(organisation);
          expect(unitScope(a, cap)).toEqual(organisation ? { supplierId: "S1", userId: "u", unitIds: null } : unit ? { supplierId: "S1", userId: "u", unitIds: ["U1"] } : null);
          expect(unitsFor(a, cap)).toEqual(unit ? ["U1"] : []);
          // Without units a unit grant gives nothing; an organisation-wide one still holds.
          const none = staff(perms, []);
          expect(can(none, cap)).toBe(organisation);
          expect(unitsFor(none, cap)).toEqual([]);
          // Officers hold none of the staff capabilities.
          expect(can(officer, cap)).toBe(OFFICER_HAS.includes(cap));
          expect(canAt(officer, cap, { supplierId: "S1", unitId: "U1" })).toBe(OFFICER_HAS.includes(cap));
          expect(unitScope(officer, cap)).toBeNull();
        });
      }
    });
  }

  it("staff never hold an officer-only capability", () => {
    for (const perms of combinations) expect(can(staff(perms), "officerWork")).toBe(false);
  });

  it("names the permissions that give each capability (the API's x-permissions)", () => {
    expect(permissionsOf("manageStaff")).toEqual([A]);
    expect(permissionsOf("followEvents")).toEqual([R, P]);
    expect(permissionsOf("seeOrders")).toEqual([A, P]);
    expect(permissionsOf("officerWork")).toEqual([]);
  });
});
