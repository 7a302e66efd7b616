import { describe, expect, it } from "vitest";
import { containsPattern } from "@/lib/db/like-pattern";

describe("containsPattern", () => {
  it("wraps the word in wildcards and escapes the ones it contains", () => {
    expect(containsPattern("Öberg")).toBe("%Öberg%");
    expect(containsPattern("50%")).toBe("%50\\%%");
    expect(containsPattern("a_b")).toBe("%a\\_b%");
    expect(containsPattern("c:\\x")).toBe("%c:\\\\x%");
  });
});
