import { describe, expect, it } from "vitest";
import { sqlParams } from "@/lib/db/sql-params";

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
