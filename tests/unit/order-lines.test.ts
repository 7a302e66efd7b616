import { describe, expect, it } from "vitest";
import { monthlyLines, priceFor } from "@/features/orders/lines";

describe("order lines", () => {
  it("one line per calendar month, quantity in days, partial first and last months", () => {
    expect(monthlyLines({ startDate: "2026-11-09", endDate: "2027-05-08" })).toEqual([
      { month: "2026-11-01", days: 22, from: "2026-11-09", to: "2026-11-30" },
      { month: "2026-12-01", days: 31, from: "2026-12-01", to: "2026-12-31" },
      { month: "2027-01-01", days: 31, from: "2027-01-01", to: "2027-01-31" },
      { month: "2027-02-01", days: 28, from: "2027-02-01", to: "2027-02-28" },
      { month: "2027-03-01", days: 31, from: "2027-03-01", to: "2027-03-31" },
      { month: "2027-04-01", days: 30, from: "2027-04-01", to: "2027-04-30" },
      { month: "2027-05-01", days: 8, from: "2027-05-01", to: "2027-05-08" },
    ]);
  });
  it("counts the leap day", () => {
    expect(monthlyLines({ startDate: "2028-02-01", endDate: "2028-07-31" })[0]).toEqual({ month: "2028-02-01", days: 29, from: "2028-02-01", to: "2028-02-29" });
  });
  it("a period within one month", () => {
    expect(monthlyLines({ startDate: "2026-03-10", endDate: "2026-03-20" })).toEqual([{ month: "2026-03-01", days: 11, from: "2026-03-10", to: "2026-03-20" }]);
  });
});

describe("price list", () => {
  const rows = [
    { serviceVersion: "ROM2" as const, level: "B" as const, article: "BASE_PER_DAY" as const, amountOre: 17500, validFrom: "2023-04-01" },
    { serviceVersion: "ROM2" as const, level: "B" as const, article: "BASE_PER_DAY" as const, amountOre: 18000, validFrom: "2027-01-01" },
    { serviceVersion: "ROM2" as const, level: "C" as const, article: "BASE_PER_DAY" as const, amountOre: 21000, validFrom: "2023-04-01" },
  ];
  const key = { serviceVersion: "ROM2" as const, level: "B" as const, article: "BASE_PER_DAY" as const };
  it("uses the price in force on the day; a future price does not touch earlier orders", () => {
    expect(priceFor(rows, key, "2026-12-31")).toBe(17500);
    expect(priceFor(rows, key, "2027-01-01")).toBe(18000);
    expect(priceFor(rows, key, "2020-01-01")).toBeNull();
  });
});
