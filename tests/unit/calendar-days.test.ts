// The day arithmetic lists run hundreds of times per page is plain UTC arithmetic; it must give
// what date-fns gives, over leap years, month ends and both clock changes.
import { describe, expect, it } from "vitest";
import { addDays, differenceInCalendarDays, endOfMonth, format, parseISO } from "date-fns";
import { addCalendarDays, daysBetween, lastDayOfMonth, nextDay, toIsoDate } from "@/features/decisions/periods";

const iso = (d: Date) => format(d, "yyyy-MM-dd");
const days: string[] = [];
for (let d = parseISO("2023-12-25"); d <= parseISO("2028-03-05"); d = addDays(d, 1)) days.push(iso(d));

describe("calendar day arithmetic", () => {
  it("adds days as date-fns does", () => {
    for (const day of days) {
      for (const n of [-400, -31, -1, 0, 1, 9, 29, 30, 183, 366]) expect(addCalendarDays(day, n), `${day} ${n}`).toBe(iso(addDays(parseISO(day), n)));
      expect(nextDay(day)).toBe(iso(addDays(parseISO(day), 1)));
    }
  });

  it("counts days between and finds the month's last day as date-fns does", () => {
    for (let i = 0; i < days.length; i += 7) {
      for (const j of [0, 1, 60, 200, 500]) {
        const to = days[Math.min(i + j, days.length - 1)];
        expect(daysBetween(days[i], to)).toBe(differenceInCalendarDays(parseISO(to), parseISO(days[i])));
      }
      expect(lastDayOfMonth(days[i])).toBe(iso(endOfMonth(parseISO(days[i]))));
    }
    expect(lastDayOfMonth("2028-02-10")).toBe("2028-02-29");
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
  });

  it("keeps the Gregorian century rules and far dates (the arithmetic uses no Date)", () => {
    expect(lastDayOfMonth("2100-02-01")).toBe("2100-02-28");
    expect(lastDayOfMonth("2000-02-15")).toBe("2000-02-29");
    expect(lastDayOfMonth("1900-02-15")).toBe("1900-02-28");
    expect(lastDayOfMonth("2026-12-03")).toBe("2026-12-31");
    for (const [day, n] of [["2099-12-31", 60], ["2100-02-28", 1], ["1970-01-01", -1], ["2000-02-28", 1], ["9999-12-30", 1], ["0001-01-01", 0]] as const) {
      expect(addCalendarDays(day, n), `${day} ${n}`).toBe(iso(addDays(parseISO(day), n)));
    }
    expect(daysBetween("1999-12-31", "2100-03-01")).toBe(differenceInCalendarDays(parseISO("2100-03-01"), parseISO("1999-12-31")));
  });

  it("toIsoDate gives the UTC calendar date of any instant, the same however often it is asked (its memo is exact)", () => {
    const start = Date.UTC(2020, 0, 1);
    for (let i = 0; i < 6000; i++) {
      const t = start + i * 86_400_000 + (i % 3) * 3_600_000 * 11;
      const d = new Date(t);
      expect(toIsoDate(d)).toBe(new Date(t).toISOString().slice(0, 10));
      expect(toIsoDate(d)).toBe(toIsoDate(new Date(t)));
    }
    expect(toIsoDate(new Date("2026-12-03T23:59:59.999Z"))).toBe("2026-12-03");
    expect(() => toIsoDate(new Date("not a date"))).toThrow(RangeError);
    expect(() => toIsoDate(new Date("not a date"))).toThrow(RangeError);
  });
});
