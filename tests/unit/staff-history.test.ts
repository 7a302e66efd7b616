// Issue #14: the user history says what changed, before and after.
import { describe, expect, it } from "vitest";
import { describeAccessChange } from "@/features/staff/history";

describe("an access change in the history", () => {
  const name = (id: string) => ({ u1: "Solna", u2: "Södertälje" })[id] ?? "?";
  it("names the permissions and units before and after", () => {
    expect(describeAccessChange(
      { permissions: ["REPORTING"], allUnits: false, unitIds: ["u1"] },
      { permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], allUnits: false, unitIds: ["u1", "u2"] },
      name,
    )).toEqual([
      "Behörigheter: Rapportering, planering och information om deltagare → Ta emot nya deltagare, Rapportering, planering och information om deltagare",
      "Verksamheter: Solna → Solna, Södertälje",
    ]);
    expect(describeAccessChange({ permissions: ["REPORTING"], allUnits: false, unitIds: ["u1"] }, { permissions: ["REPORTING"], allUnits: true, unitIds: [] }, name)).toEqual([
      "Verksamheter: Solna → alla verksamheter",
    ]);
    expect(describeAccessChange(null, {}, name)).toEqual([]);
  });
});
