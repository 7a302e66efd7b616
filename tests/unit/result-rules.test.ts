import { describe, expect, it } from "vitest";
import { qualifyingResult, resultOrderLines } from "@/features/orders/result-rules";

const prices = (["A", "B", "C"] as const).flatMap((level) => [
  { serviceVersion: "ROM2" as const, level, article: "RESULT_1" as const, amountOre: 1_800_000, validFrom: "2023-04-01" },
  { serviceVersion: "ROM2" as const, level, article: "RESULT_2" as const, amountOre: 1_800_000, validFrom: "2023-04-01" },
  { serviceVersion: "ROM2" as const, level, article: "SPEED_BONUS" as const, amountOre: 375_000, validFrom: "2023-04-01" },
  { serviceVersion: "ROM2" as const, level, article: "SUPPLEMENT" as const, amountOre: 450_000, validFrom: "2023-04-01" },
  { serviceVersion: "ROM1" as const, level, article: "RESULT_1" as const, amountOre: 3_000_000, validFrom: "2020-01-01" },
]);

describe("what counts as a result", () => {
  it("RoM1: work of at least four months (1 March to 30 June is four), or full-time studies", () => {
    expect(qualifyingResult([{ type: "EMPLOYMENT", extent: "PART_TIME", startDate: "2026-03-01", endDate: "2026-06-30" }], "ROM1")).not.toBeNull();
    expect(qualifyingResult([{ type: "EMPLOYMENT", extent: "FULL_TIME", startDate: "2026-03-01", endDate: "2026-06-29" }], "ROM1")).toBeNull();
    expect(qualifyingResult([{ type: "EDUCATION", extent: "FULL_TIME", startDate: "2026-03-01" }], "ROM1")).not.toBeNull();
    expect(qualifyingResult([{ type: "EDUCATION", extent: "PART_TIME", startDate: "2026-03-01" }], "ROM1")).toBeNull();
  });
  it("RoM2: part 1 needs three months, part 2 six; an employment without end date is ongoing", () => {
    expect(qualifyingResult([{ type: "EMPLOYMENT", extent: "FULL_TIME", startDate: "2026-03-01", endDate: "2026-05-30" }], "ROM2")).toBeNull();
    expect(qualifyingResult([{ type: "EMPLOYMENT", extent: "FULL_TIME", startDate: "2026-03-01", endDate: "2026-05-31" }], "ROM2")).not.toBeNull();
    const lines = (endDate: string) =>
      resultOrderLines({ serviceVersion: "ROM2", level: "B", serviceStart: "2025-06-01", results: [{ type: "EMPLOYMENT", extent: "FULL_TIME", startDate: "2026-03-01", endDate }], prices, on: "2026-06-01" }).lines.map((l) => [l.article, l.invoiceableFrom]);
    expect(lines("2026-07-01")).toEqual([["RESULT_1", "2026-06-01"]]);
    expect(lines("2026-08-31")).toEqual([["RESULT_1", "2026-06-01"], ["RESULT_2", "2026-09-01"]]);
    expect(qualifyingResult([{ type: "SELF_EMPLOYMENT", extent: "FULL_TIME", startDate: "2026-03-01" }], "ROM2")).not.toBeNull();
  });
  it("labour-market training never gives a result order", () => {
    expect(qualifyingResult([{ type: "LABOUR_MARKET_TRAINING", extent: "FULL_TIME", startDate: "2026-03-01" }], "ROM2")).toBeNull();
    const r = resultOrderLines({ serviceVersion: "ROM2", level: "B", serviceStart: "2026-01-01", results: [{ type: "LABOUR_MARKET_TRAINING", extent: "FULL_TIME", startDate: "2026-02-01" }], prices, on: "2026-06-01" });
    expect(r.lines).toEqual([]);
    expect(r.reason).toMatch(/arbetsmarknadsutbildning/);
  });
});

describe("result order lines", () => {
  const job = { type: "EMPLOYMENT" as const, extent: "FULL_TIME" as const, startDate: "2026-02-15" };
  it("RoM2 pays in two parts, with the speed bonus for a quick result and the supplement at level C", () => {
    const r = resultOrderLines({ serviceVersion: "ROM2", level: "C", serviceStart: "2026-01-01", results: [job], prices, on: "2026-06-01" });
    expect(r.lines.map((l) => l.article)).toEqual(["RESULT_1", "RESULT_2", "SPEED_BONUS", "SUPPLEMENT"]);
  });
  it("no speed bonus after 90 days, no supplement at level B; RoM1 pays once", () => {
    const late = { ...job, startDate: "2026-05-01" };
    expect(resultOrderLines({ serviceVersion: "ROM2", level: "B", serviceStart: "2026-01-01", results: [late], prices, on: "2026-06-01" }).lines.map((l) => l.article)).toEqual(["RESULT_1", "RESULT_2"]);
    expect(resultOrderLines({ serviceVersion: "ROM1", level: "B", serviceStart: "2026-01-01", results: [late], prices, on: "2026-06-01" }).lines).toEqual([
      { article: "RESULT_1", label: "Resultatersättning (efter fyra månader)", amountOre: 3_000_000, invoiceableFrom: "2026-09-01" },
    ]);
  });
});
