import { describe, expect, it } from "vitest";
import { parsePersonnummer, maskPersonnummer, formatPersonnummer } from "@/lib/validation/personnummer";
import { parseOrgNumber } from "@/lib/validation/org-number";
import { luhnCheckDigit } from "@/lib/validation/luhn";

const today = "2026-11-29";

describe("personnummer", () => {
  it("accepts the written forms and stores twelve digits", () => {
    expect(parsePersonnummer("19811218-9876", today)).toEqual({ ok: true, value: "198112189876" });
    expect(parsePersonnummer("198112189876", today)).toEqual({ ok: true, value: "198112189876" });
    expect(parsePersonnummer("811218-9876", today)).toEqual({ ok: true, value: "198112189876" });
    expect(parsePersonnummer("121212-1212", today)).toEqual({ ok: true, value: "201212121212" });
    expect(parsePersonnummer("121212+1212", today)).toEqual({ ok: true, value: "191212121212" });
  });
  it("accepts a coordination number (day + 60)", () => {
    expect(parsePersonnummer("19701063-2391", today)).toEqual({ ok: true, value: "197010632391" });
  });
  it("refuses bad format, impossible dates, future dates and wrong check digits with Swedish messages", () => {
    expect(parsePersonnummer("1981-12-18", today)).toEqual({ ok: false, message: "Ange personnumret som ÅÅÅÅMMDD-NNNN." });
    expect(parsePersonnummer("19810230-1234", today).ok).toBe(false);
    expect(parsePersonnummer("20270101-1234", today)).toMatchObject({ ok: false, message: expect.stringMatching(/framtiden/) });
    expect(parsePersonnummer("19811218-9875", today)).toMatchObject({ ok: false, message: expect.stringMatching(/Kontrollsiffran/) });
  });
  it("handles leap days", () => {
    const leap = `000229123${luhnCheckDigit("000229123")}`;
    expect(parsePersonnummer(`20${leap}`, today)).toEqual({ ok: true, value: `20${leap}` });
    expect(parsePersonnummer("19000229-0000", today)).toMatchObject({ ok: false, message: expect.stringMatching(/datum/) });
  });
  it("masks and formats", () => {
    expect(maskPersonnummer("198112189876")).toBe("19811218-****");
    expect(formatPersonnummer("198112189876")).toBe("19811218-9876");
  });
});

describe("organisationsnummer", () => {
  it("validates the check digit", () => {
    expect(parseOrgNumber("202100-2114")).toEqual({ ok: true, value: "2021002114" });
    expect(parseOrgNumber("556036-0793")).toEqual({ ok: true, value: "5560360793" });
    expect(parseOrgNumber("556036-0794").ok).toBe(false);
    expect(parseOrgNumber("12345").ok).toBe(false);
  });
  it("accepts ten zeros only where allowed", () => {
    expect(parseOrgNumber("000000-0000").ok).toBe(false);
    expect(parseOrgNumber("0000000000", { allowZeros: true })).toEqual({ ok: true, value: "0000000000" });
  });
});
