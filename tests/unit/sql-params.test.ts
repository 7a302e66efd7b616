import { describe, expect, it } from "vitest";
import { shiftPlaceholders, sqlParams } from "@/lib/db/sql-params";

describe("sqlParams", () => {
  it("numbers each added value after the first ones, in order", () => {
    const { params, param } = sqlParams(["a", ["b"]]);
    expect([param(3), param(null)]).toEqual(["$3", "$4"]);
    expect(params).toEqual(["a", ["b"], 3, null]);
  });

  it("starts at $1 and does not change the array it was given", () => {
    const first = ["x"];
    const { param } = sqlParams(first);
    param("y");
    expect(first).toEqual(["x"]);
    expect(sqlParams().param("z")).toBe("$1");
  });
});

describe("shiftPlaceholders", () => {
  it("moves every placeholder up by the offset, two-digit ones and repeats included", () => {
    expect(shiftPlaceholders("a = $1::uuid AND b = ANY($2) AND c > $1 LIMIT $10", 4)).toBe("a = $5::uuid AND b = ANY($6) AND c > $5 LIMIT $14");
    expect(shiftPlaceholders("SELECT 1", 3)).toBe("SELECT 1");
    expect(shiftPlaceholders("x = $3", 0)).toBe("x = $3");
  });
});
