// Swedish working days (arbetsdagar), on YYYY-MM-DD strings. Pure; safe for client components.
//
// Choice: a table computed here, not a library. The Swedish holidays follow from fixed dates,
// weekday rules and Easter (the Gregorian computus below), which is a few lines; the npm
// option that fits (date-holidays) brings a data set for every country, a YAML parser and
// lodash, and marks the eves as "bank" days that need configuring. tests/unit/report-rules.test.ts
// checks the table against the published Easter dates and holidays of 2020–2035; the
// computation itself holds for every Gregorian year.
//
// A working day is Monday to Friday and not one of:
// - allmänna helgdagar (lag 1989:253): nyårsdagen, trettondedag jul, långfredagen, påskdagen,
//   annandag påsk, första maj, Kristi himmelsfärdsdag, pingstdagen, nationaldagen,
//   midsommardagen, alla helgons dag, juldagen, annandag jul;
// - the eves that lag (1930:173) om beräkning av lagstadgad tid counts as holidays:
//   midsommarafton, julafton, nyårsafton.
// A holiday on a Saturday or Sunday gives no day off in lieu: Sweden has none.
import { addDays, format, getDay, parseISO } from "date-fns";

const iso = (d: Date) => format(d, "yyyy-MM-dd");
const pad = (n: number) => String(n).padStart(2, "0");
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/** The first date from `from` onwards (inclusive) that falls on `weekday` (0 = Sunday … 6 = Saturday). */
function firstWeekdayFrom(from: string, weekday: number): string {
  const d = parseISO(from);
  return iso(addDays(d, (weekday - getDay(d) + 7) % 7));
}

const shift = (date: string, days: number) => iso(addDays(parseISO(date), days));

export interface Holiday {
  date: string;
  name: string;
}

const cache = new Map<number, Holiday[]>();

/** The year's days that are not working days besides weekends, in date order. */
export function swedishHolidays(year: number): Holiday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const easter = easterSunday(year);
  const midsummerEve = firstWeekdayFrom(ymd(year, 6, 19), 5);
  const list: Holiday[] = [
    { date: ymd(year, 1, 1), name: "Nyårsdagen" },
    { date: ymd(year, 1, 6), name: "Trettondedag jul" },
    { date: shift(easter, -2), name: "Långfredagen" },
    { date: easter, name: "Påskdagen" },
    { date: shift(easter, 1), name: "Annandag påsk" },
    { date: ymd(year, 5, 1), name: "Första maj" },
    { date: shift(easter, 39), name: "Kristi himmelsfärdsdag" },
    { date: shift(easter, 49), name: "Pingstdagen" },
    { date: ymd(year, 6, 6), name: "Sveriges nationaldag" },
    { date: midsummerEve, name: "Midsommarafton" },
    { date: shift(midsummerEve, 1), name: "Midsommardagen" },
    { date: firstWeekdayFrom(ymd(year, 10, 31), 6), name: "Alla helgons dag" },
    { date: ymd(year, 12, 24), name: "Julafton" },
    { date: ymd(year, 12, 25), name: "Juldagen" },
    { date: ymd(year, 12, 26), name: "Annandag jul" },
    { date: ymd(year, 12, 31), name: "Nyårsafton" },
  ].sort((x, y) => x.date.localeCompare(y.date));
  cache.set(year, list);
  return list;
}

/** The holiday's name, or null. */
export function holidayName(date: string): string | null {
  return swedishHolidays(Number(date.slice(0, 4))).find((h) => h.date === date)?.name ?? null;
}

export function isWeekend(date: string): boolean {
  const wd = getDay(parseISO(date));
  return wd === 0 || wd === 6;
}

export function isWorkingDay(date: string): boolean {
  return !isWeekend(date) && holidayName(date) === null;
}

/**
 * The `n`th working day after `date` (not counting `date` itself); `n` = 0 gives `date` when
 * it is a working day, else the next one. Negative `n` counts backwards.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: not a whole number: ${n}`);
  if (n === 0) return isWorkingDay(date) ? date : addWorkingDays(date, 1);
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  let d = date;
  while (left > 0) {
    d = shift(d, step);
    if (isWorkingDay(d)) left--;
  }
  return d;
}
