import { describe, expect, it } from "vitest";
import { deliveryPeriod } from "@/features/orders/order-facts";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("deliveryPeriod", () => {
  it("runs from the first ordered day of the earliest month to the last ordered day of the latest, in any line order", () => {
    const lines = [
      { month: d("2026-12-01"), quantityDays: 10, state: "OPEN" },
      { month: d("2026-10-01"), quantityDays: 31, state: "DELIVERED" },
      { month: d("2026-11-01"), quantityDays: 30, state: "OPEN" },
    ];
    // The period starts on 15 October: October's line is ordered from then.
    expect(deliveryPeriod(lines, "2026-10-15", null)).toEqual({ start: "2026-10-15", end: "2026-12-10" });
  });

  it("leaves out cancelled lines and lines without a month, and falls back when none is left", () => {
    const fallback = { start: "2026-01-01", end: "2026-06-30" };
    const lines = [
      { month: d("2027-01-01"), quantityDays: 31, state: "CANCELLED" },
      { month: null, quantityDays: 1, state: "OPEN" },
      { month: d("2026-11-01"), quantityDays: 5, state: "OPEN" },
    ];
    expect(deliveryPeriod(lines, "2026-11-01", fallback)).toEqual({ start: "2026-11-01", end: "2026-11-05" });
    expect(deliveryPeriod(lines.slice(0, 2), "2026-11-01", fallback)).toEqual(fallback);
    expect(deliveryPeriod([], "2026-11-01", null)).toBeNull();
  });
});
