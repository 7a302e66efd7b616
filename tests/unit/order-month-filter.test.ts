import { describe, expect, it } from "vitest";
import { orderListQuery, orderMonthError } from "@/features/orders/order-list";

describe("Beställningar's month filter", () => {
  it("filters by a month written YYYY-MM, with spaces around it too", () => {
    for (const [raw, month] of [["2026-11", "2026-11"], [" 2026-01 ", "2026-01"], ["2026-12", "2026-12"]] as const) {
      expect(orderListQuery.parse({ month: raw }).month, raw).toBe(month);
      expect(orderMonthError(raw), raw).toBeUndefined();
    }
  });

  it("says at the field that what was typed is not a month, and does not filter by it", () => {
    for (const raw of ["2026-13", "2026-00", "2026-1", "nov 2026", "abc", "2026-11-01"]) {
      expect(orderListQuery.parse({ month: raw }).month, raw).toBeUndefined();
      expect(orderMonthError(raw), raw).toBe("Ange månaden som ÅÅÅÅ-MM, till exempel 2026-11. Listan visar nu alla månader.");
    }
  });

  it("an empty field is no filter and no error", () => {
    for (const raw of [undefined, "", "  "]) {
      expect(orderListQuery.parse({ month: raw }).month).toBeUndefined();
      expect(orderMonthError(raw)).toBeUndefined();
    }
  });
});
