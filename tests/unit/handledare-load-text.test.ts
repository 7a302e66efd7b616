// The choice of handledare says what its numbers are: current participants of a capacity
// (issue #14), visibly in the option's text, which screen readers read too.
import { describe, expect, it } from "vitest";
import { HANDLEDARE_LOAD_HINT, handledareLoadText, handledareOptionLabel } from "@/features/assignments/load-text";

describe("handledare load text", () => {
  it("names the current participants and the cap in words", () => {
    expect(handledareOptionLabel({ name: "Kim Konsult", load: 2, cap: 50 })).toBe("Kim Konsult (2 av högst 50 deltagare)");
    expect(handledareLoadText(0, 50)).toBe("0 av högst 50 deltagare");
  });

  it("without a cap (Rusta och matcha), the current participants alone", () => {
    expect(handledareOptionLabel({ name: "Kim Konsult", load: 7, cap: null })).toBe("Kim Konsult (7 deltagare nu)");
  });

  it("the hint explains both numbers", () => {
    expect(HANDLEDARE_LOAD_HINT).toMatch(/har nu/);
    expect(HANDLEDARE_LOAD_HINT).toMatch(/samtidigt/);
  });
});
