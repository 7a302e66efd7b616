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

// Day arithmetic on UTC midnights: exact (UTC has no clock changes) and, unlike date-fns's
// parse and format, cheap enough for lists that do it hundreds of times per page.
const DAY_MS = 86_400_000;
const utcDay = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

export function nextDay(date: string): string {
  return addCalendarDays(date, 1);
}

export function addCalendarDays(date: string, days: number): string {
  return new Date(utcDay(date) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** The last day of the month `date` is in. */
export function lastDayOfMonth(date: string): string {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).toISOString().slice(0, 10);
}

/** Calendar dates stored in @db.Date columns come back as UTC midnight. */
export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function fromIsoDate(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}
