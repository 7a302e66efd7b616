// Issue #14: "Framtidsvägen AB:s", not "Framtidsvägen ABs".
import { describe, expect, it } from "vitest";
import { format } from "date-fns";
import { sv } from "date-fns/locale";
import { TZDate } from "@date-fns/tz";
import { formatDate, formatDateTime, genitive } from "@/lib/format";
import { swedishDateOf } from "@/lib/clock";

describe("the Swedish genitive", () => {
  it("adds s, nothing after s, x or z, and :s after an abbreviation", () => {
    expect(genitive("Anna Berg")).toBe("Anna Bergs");
    expect(genitive("Lars")).toBe("Lars");
    expect(genitive("Framtidsvägen AB")).toBe("Framtidsvägen AB:s");
    expect(genitive("Nordstjärnan Kompetens AB")).toBe("Nordstjärnan Kompetens AB:s");
    expect(genitive("Bygg & Co KB")).toBe("Bygg & Co KB:s");
  });
});

describe("Swedish dates, as lists show hundreds of them", () => {
  it("formatDate writes every month as date-fns's Swedish locale does", () => {
    for (let m = 0; m < 12; m++) {
      for (const day of [1, 9, 28]) {
        const iso = `2026-${String(m + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        expect(formatDate(iso)).toBe(format(new Date(2026, m, day), "d MMM yyyy", { locale: sv }));
        expect(formatDate(new Date(`${iso}T00:00:00Z`))).toBe(formatDate(iso));
      }
    }
    expect(formatDate("2026-05-03")).toBe("3 maj 2026");
    expect(formatDate("2026-11-30")).toBe("30 nov. 2026");
  });

  it("swedishDateOf gives the calendar date in Stockholm, across both clock changes and midnight", () => {
    const start = Date.UTC(2026, 0, 1);
    for (let h = 0; h < 366 * 24; h += 7) {
      const instant = new Date(start + h * 3600_000 + 59 * 60_000);
      expect(swedishDateOf(instant)).toBe(format(new TZDate(instant.getTime(), "Europe/Stockholm"), "yyyy-MM-dd"));
    }
    expect(swedishDateOf(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(swedishDateOf(new Date("2026-12-31T22:59:00Z"))).toBe("2026-12-31");
  });

  it("formatDateTime writes Swedish time as date-fns does, across both clock changes and midnight", () => {
    const start = Date.UTC(2026, 0, 1);
    for (let m = 0; m < 366 * 24 * 60; m += 7 * 60 + 13) {
      const instant = new Date(start + m * 60_000);
      expect(formatDateTime(instant)).toBe(format(new TZDate(instant.getTime(), "Europe/Stockholm"), "d MMM yyyy 'kl.' HH:mm", { locale: sv }));
    }
    expect(formatDateTime(new Date("2026-06-30T22:05:00Z"))).toBe("1 juli 2026 kl. 00:05");
  });
});
