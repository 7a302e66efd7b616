// Swedish work phone numbers as people type them (issue #14), one schema for the form and the server.
import { describe, expect, it } from "vitest";
import { swedishPhoneDigits } from "@/lib/validation/phone";
import { ownPhoneInput, storedPhone } from "@/features/staff/schemas";

describe("swedishPhoneDigits", () => {
  it("accepts the ways a Swedish number is written", () => {
    expect(swedishPhoneDigits("08-46 50 04 10")).toBe("0846500410");
    expect(swedishPhoneDigits("070-123 45 67")).toBe("0701234567");
    expect(swedishPhoneDigits("031-390 06 10")).toBe("0313900610");
    expect(swedishPhoneDigits("0980-123 45")).toBe("098012345");
    expect(swedishPhoneDigits("+46 70 123 45 67")).toBe("0701234567");
    expect(swedishPhoneDigits("0046 8 46 50 04 10")).toBe("0846500410");
    expect(swedishPhoneDigits("(08) 123 456 78")).toBe("0812345678");
  });

  it("refuses what is not one", () => {
    for (const bad of ["", "12345", "0701234", "070-123 45 67 89", "+47 22 12 34 56", "00 47 22 12 34 56", "ring mig", "070/123 45 67", "++46701234567", "0046"]) {
      expect(swedishPhoneDigits(bad), bad).toBeNull();
    }
  });
});

describe("ownPhoneInput", () => {
  it("empty is allowed (removes the number); a bad number has the Swedish message", () => {
    expect(ownPhoneInput.safeParse({ phone: "" }).success).toBe(true);
    const bad = ownPhoneInput.safeParse({ phone: "12345" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0].message).toBe("Ange ett svenskt telefonnummer med riktnummer, till exempel 08-123 456 78 eller 070-123 45 67.");
    expect(ownPhoneInput.safeParse({ phone: "0".repeat(31) }).error!.issues[0].message).toBe("Telefonnumret får ha högst 30 tecken.");
  });

  it("what is saved: null for empty, the number with its white space tidied", () => {
    expect(storedPhone("   ")).toBeNull();
    expect(storedPhone(" 070-123   45 67 ")).toBe("070-123 45 67");
  });
});
