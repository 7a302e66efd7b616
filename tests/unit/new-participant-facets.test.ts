// Nya deltagare's filter counts: each facet follows the other chosen filters, never its own.
import { describe, expect, it } from "vitest";
import { newParticipantFacets, type NewParticipantGroup } from "@/features/participants/new-participant-facets";

const groups: NewParticipantGroup[] = [
  { serviceVersion: "ROM1", unitId: "u-solna", unitName: "Solna", municipality: "Solna", n: 2 },
  { serviceVersion: "ROM2", unitId: "u-solna", unitName: "Solna", municipality: "Solna", n: 3 },
  { serviceVersion: "ROM2", unitId: "u-city", unitName: "Stockholm City", municipality: "Stockholm", n: 5 },
  { serviceVersion: "ROM2", unitId: "u-aby", unitName: "Älvsjö", municipality: "Stockholm", n: 1 },
];

describe("newParticipantFacets", () => {
  it("without filters: every count, units in Swedish alphabetical order", () => {
    const f = newParticipantFacets(groups, {});
    expect(f.total).toBe(11);
    expect(f.services).toEqual([{ value: "ROM1", n: 2 }, { value: "ROM2", n: 9 }]);
    expect(f.units.map((u) => [u.label, u.n])).toEqual([["Solna", 5], ["Stockholm City", 5], ["Älvsjö", 1]]);
    expect(f.municipalities).toEqual([{ value: "Solna", n: 5 }, { value: "Stockholm", n: 6 }]);
  });

  it("a chosen service narrows the unit and municipality counts but not its own", () => {
    const f = newParticipantFacets(groups, { serviceVersion: "ROM1" });
    expect(f.total).toBe(2);
    expect(f.services).toEqual([{ value: "ROM1", n: 2 }, { value: "ROM2", n: 9 }]);
    expect(f.units).toEqual([{ value: "u-solna", label: "Solna", n: 2 }]);
    expect(f.municipalities).toEqual([{ value: "Solna", n: 2 }]);
  });

  it("a chosen unit narrows the service counts; a chosen municipality keeps the unit list to it", () => {
    const byUnit = newParticipantFacets(groups, { unitId: "u-city" });
    expect(byUnit.total).toBe(5);
    expect(byUnit.services).toEqual([{ value: "ROM2", n: 5 }]);
    expect(byUnit.units.map((u) => u.n)).toEqual([5, 5, 1]);
    const byMunicipality = newParticipantFacets(groups, { municipality: "Stockholm" });
    expect(byMunicipality.total).toBe(6);
    expect(byMunicipality.units.map((u) => u.value)).toEqual(["u-city", "u-aby"]);
    expect(byMunicipality.municipalities.map((m) => m.value)).toEqual(["Solna", "Stockholm"]);
  });

  it("nothing to receive: zero and empty lists, but for the chosen service", () => {
    expect(newParticipantFacets([], {})).toEqual({ total: 0, services: [], units: [], municipalities: [] });
    expect(newParticipantFacets([], { serviceVersion: "ROM2" })).toEqual({ total: 0, services: [{ value: "ROM2", n: 0 }], units: [], municipalities: [] });
  });

  it("a chosen unit that the other filters leave empty stays a choice, named, with 0 (not shown as 'Alla' while still filtering)", () => {
    const f = newParticipantFacets(groups, { unitId: "u-solna", municipality: "Stockholm" });
    expect(f.total).toBe(0);
    expect(f.units).toContainEqual({ value: "u-solna", label: "Solna", n: 0 });
    expect(f.municipalities.map((m) => m.value)).toContain("Stockholm");
    const rom1InCity = newParticipantFacets(groups, { unitId: "u-city", serviceVersion: "ROM1" });
    expect(rom1InCity.services).toContainEqual({ value: "ROM1", n: 0 });
  });
});
