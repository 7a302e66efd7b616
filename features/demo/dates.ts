// Calendar arithmetic for the demo data. Calendar dates travel as "YYYY-MM-DD" strings
// and are turned into Date values only at the edge: @db.Date columns take UTC midnight
// of the date, timestamps are real instants at a Swedish wall-clock time.
import { TZDate } from "@date-fns/tz";
import { addDays, format, subDays, subMonths } from "date-fns";
import { SWEDISH_TIME_ZONE } from "@/lib/clock";

function parts(yyyyMmDd: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(yyyyMmDd);
  if (!m) throw new Error(`Ogiltigt datum: ${yyyyMmDd}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Local midnight of the date: date-fns works in the process's time zone, so stay in it. */
function local(yyyyMmDd: string): Date {
  const [y, m, d] = parts(yyyyMmDd);
  return new Date(y, m - 1, d);
}

const str = (date: Date) => format(date, "yyyy-MM-dd");

/** The value of a @db.Date column: UTC midnight of the calendar date. */
export function dateOnly(yyyyMmDd: string): Date {
  const [y, m, d] = parts(yyyyMmDd);
  return new Date(Date.UTC(y, m - 1, d));
}

/** The instant of a Swedish wall-clock time on a calendar date. */
export function swedishInstant(yyyyMmDd: string, hours: number, minutes = 0): Date {
  const [y, m, d] = parts(yyyyMmDd);
  return new Date(new TZDate(y, m - 1, d, hours, minutes, 0, SWEDISH_TIME_ZONE).getTime());
}

export const plusDays = (date: string, n: number) => str(addDays(local(date), n));
export const minusDays = (date: string, n: number) => str(subDays(local(date), n));
export const minusMonths = (date: string, n: number) => str(subMonths(local(date), n));

/** Last day of a six-month period starting on `start`. */
/** The end of a six-month period: the same rule as the portal's (features/decisions/periods.ts). */
export { periodEnd as sixMonthsEnd } from "@/features/decisions/periods";
