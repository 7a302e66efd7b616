// Issue #14: "Framtidsvägen AB:s", not "Framtidsvägen ABs".
import { describe, expect, it } from "vitest";
import { genitive } from "@/lib/format";

describe("the Swedish genitive", () => {
  it("adds s, nothing after s, x or z, and :s after an abbreviation", () => {
    expect(genitive("Anna Berg")).toBe("Anna Bergs");
    expect(genitive("Lars")).toBe("Lars");
    expect(genitive("Framtidsvägen AB")).toBe("Framtidsvägen AB:s");
    expect(genitive("Nordstjärnan Kompetens AB")).toBe("Nordstjärnan Kompetens AB:s");
    expect(genitive("Bygg & Co KB")).toBe("Bygg & Co KB:s");
  });
});
