// The one source of time. Rules take `today`/`now` as arguments; callers get them here.
// Tests (and the demo, through CLOCK_TODAY) can pin the clock.

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

// sv-SE writes dates as YYYY-MM-DD; one formatter, because lists ask for hundreds of dates.
const swedishDay = new Intl.DateTimeFormat("sv-SE", { timeZone: SWEDISH_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The Swedish calendar date of an instant, as YYYY-MM-DD. */
export function swedishDateOf(instant: Date): string {
  return swedishDay.format(instant);
}

/** Today's date in Sweden, as YYYY-MM-DD. */
export function today(): string {
  return swedishDateOf(now());
}
