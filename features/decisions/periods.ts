// Period arithmetic of the Swedish calendar, on YYYY-MM-DD strings (no time zones involved).
import { addDays, addMonths, format, getDaysInMonth, parseISO } from "date-fns";

export const PERIOD_MONTHS = 6;
export const SERVICE_MAX_MONTHS = 12;

const iso = (d: Date) => format(d, "yyyy-MM-dd");

/**
 * The last day of a span of `months` starting on `start`: the day before the same date
 * `months` later, or, where that date does not exist (31 August + 6 months), the last day
 * of that month. *(assumed: the sources say only "six months")*
 */
export function spanEnd(start: string, months: number): string {
  const s = parseISO(start);
  const target = addMonths(s, months); // date-fns clamps 31 Aug + 6 → 28/29 Feb
  if (s.getDate() > getDaysInMonth(target)) return iso(target);
  return iso(addDays(target, -1));
}

/** A six-month period starting on `start`. */
export function periodEnd(start: string): string {
  return spanEnd(start, PERIOD_MONTHS);
}

/** The last day the service may last: one year from the first period's start. */
export function serviceLimit(firstStart: string): string {
  return spanEnd(firstStart, SERVICE_MAX_MONTHS);
}

// Day arithmetic as whole days since 1970-01-01 (the proleptic Gregorian calendar, as UTC
// has it): exact, and with no Date object at all, because lists do it hundreds of times per
// page and in the server Next.js wraps Date to watch for dynamic rendering.
const num = (s: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
};

/** Days since 1970-01-01 of YYYY-MM-DD (H. Hinnant's days_from_civil). */
function dayNumber(date: string): number {
  const m = num(date, 5, 7);
  const y = num(date, 0, 4) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + num(date, 8, 10) - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** YYYY-MM-DD of a day number (civil_from_days). */
function dateOfDay(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

export function nextDay(date: string): string {
  return addCalendarDays(date, 1);
}

export function addCalendarDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The last day of the month `date` is in. */
export function lastDayOfMonth(date: string): string {
  const y = num(date, 0, 4);
  const m = num(date, 5, 7);
  return `${date.slice(0, 8)}${m === 2 && leap(y) ? 29 : DAYS_IN_MONTH[m - 1]}`;
}

// The order list asks for the same few dates (the firsts of months, a period's ends) hundreds
// of times a page; toISOString() of each was a tenth of the list's CPU. Bounded, and exact: the
// key is the instant itself.
const isoByInstant = new Map<number, string>();

/** Calendar dates stored in @db.Date columns come back as UTC midnight. */
export function toIsoDate(d: Date): string {
  const t = d.getTime();
  let iso = isoByInstant.get(t);
  if (iso === undefined) {
    iso = d.toISOString().slice(0, 10);
    if (isoByInstant.size >= 4096) isoByInstant.clear();
    isoByInstant.set(t, iso);
  }
  return iso;
}

export function fromIsoDate(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}
