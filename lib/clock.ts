// The one source of time. Rules take `today`/`now` as arguments; callers get them here.
// Tests (and the demo, through CLOCK_TODAY) can pin the clock.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

export const SWEDISH_TIME_ZONE = "Europe/Stockholm";

let fixedNow: Date | null = process.env.CLOCK_NOW ? new Date(process.env.CLOCK_NOW) : null;

export function now(): Date {
  return fixedNow ? new Date(fixedNow.getTime()) : new Date();
}

/** The pinned instant, if the clock is pinned (so that a pin can be restored). */
export function clockPinned(): Date | null {
  return fixedNow ? new Date(fixedNow.getTime()) : null;
}

/** Pins the clock (tests). `null` releases it. */
export function setClock(instant: Date | string | null): void {
  fixedNow = instant === null ? null : new Date(instant);
}

/** The Swedish calendar date of an instant, as YYYY-MM-DD. */
export function swedishDateOf(instant: Date): string {
  return format(new TZDate(instant.getTime(), SWEDISH_TIME_ZONE), "yyyy-MM-dd");
}

/** Today's date in Sweden, as YYYY-MM-DD. */
export function today(): string {
  return swedishDateOf(now());
}
