import { describe, expect, it } from "vitest";
import { limitClause, limitLiteral, PREPARED_PAGES, preparedPage } from "@/lib/db/limit-literal";

describe("LIMIT and OFFSET in a statement's text", () => {
  it("writes whole numbers of at least 0 and refuses anything else, so no text from outside reaches SQL", () => {
    expect(limitLiteral(0)).toBe("0");
    expect(limitLiteral(1001)).toBe("1001");
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, "25; DROP TABLE x" as unknown as number]) {
      expect(() => limitLiteral(bad)).toThrow(RangeError);
    }
  });

  it("has no limit for null", () => {
    expect(limitClause(null)).toBe("");
    expect(limitClause(101)).toBe("LIMIT 101");
  });

  it("prepares the first pages only", () => {
    expect(preparedPage(0, 25)).toBe(true);
    expect(preparedPage((PREPARED_PAGES - 1) * 25, 25)).toBe(true);
    expect(preparedPage(PREPARED_PAGES * 25, 25)).toBe(false);
  });
});
