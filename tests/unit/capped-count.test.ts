import { describe, expect, it } from "vitest";
import { cappedTotal, COUNT_CAP, formatTotal } from "@/lib/capped-count";
import { badgeText } from "@/lib/badge-text";

describe("cappedTotal", () => {
  it("is exact up to the cap and says 'more' only past it", () => {
    expect(cappedTotal(0)).toEqual({ total: 0, totalIsCapped: false });
    expect(cappedTotal(COUNT_CAP)).toEqual({ total: COUNT_CAP, totalIsCapped: false });
    expect(cappedTotal(COUNT_CAP + 1)).toEqual({ total: COUNT_CAP, totalIsCapped: true });
    expect(cappedTotal(3, 2)).toEqual({ total: 2, totalIsCapped: true });
  });

  it("says a total as the pages do: the number, or 'fler än' the cap", () => {
    expect(formatTotal(cappedTotal(27))).toBe("27");
    expect(formatTotal(cappedTotal(COUNT_CAP + 1)).replace(/\s/g, " ")).toBe("fler än 1 000");
  });
});

describe("badgeText", () => {
  it("is the number up to the cap and 'cap+' past it", () => {
    expect(badgeText(0, 99)).toBe("0");
    expect(badgeText(99, 99)).toBe("99");
    expect(badgeText(100, 99)).toBe("99+");
    expect(badgeText(3660, 99)).toBe("99+");
  });
});
