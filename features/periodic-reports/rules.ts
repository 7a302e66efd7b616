// Periodisk redovisning: which months a placement reports and when each may and must be sent.
// Pure functions on YYYY-MM-DD strings and a given `today` (no clock, no database), shared by
// the server and the browser. The rules for the hours: ./hours-rules.ts.
import { addDays, addMonths, endOfMonth, format, isValid, parseISO } from "date-fns";
import { sv } from "date-fns/locale";
import { formatDate } from "@/lib/format";

// ---------------------------------------------------------------------------------------
// Product decisions the sources do not settle. Kept here, in one place.

/**
 * An interruption's date is the first day NOT in the service: the participant's active days
 * end the day before. *(assumed)* Set to true to count the interruption date itself as an
 * active day (the participant card's "fakturera till och med avbrottsdatumet" reads that way).
 */
export const INTERRUPTION_DATE_IS_ACTIVE = false;

/**
 * A month may be reported once its active part has ended (from the 1st of the following
 * month; for a month cut short by an interruption or the end of the service, from the day
 * after its last active day). It is overdue after this day of the following month. *(assumed)*
 */
export const DUE_DAY_OF_FOLLOWING_MONTH = 10;

/** Hours are reported in quarter-hour steps. */
export const MINUTE_STEP = 15;
/** More than this per day is refused. */
export const MAX_MINUTES_PER_DAY = 24 * 60;
/** More than this per day is allowed but flagged for a second look. *(assumed: 8 h)* */
export const WARN_MINUTES_PER_DAY = 8 * 60;

// ---------------------------------------------------------------------------------------
// Calendar helpers

const iso = (d: Date) => format(d, "yyyy-MM-dd");
const isIsoDate = (s: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = parseISO(s);
  return isValid(d) && iso(d) === s;
};

export function isMonthStart(s: string): boolean {
  return isIsoDate(s) && s.endsWith("-01");
}

/** The first day of the month containing `date`. */
export function monthOf(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function lastDayOfMonth(month: string): string {
  return iso(endOfMonth(parseISO(month)));
}

export function nextMonth(month: string): string {
  return iso(addMonths(parseISO(month), 1));
}

const dayAfter = (date: string) => iso(addDays(parseISO(date), 1));
const dayBefore = (date: string) => iso(addDays(parseISO(date), -1));

/** Every date of the month, in order. */
export function daysOfMonth(month: string): string[] {
  const out: string[] = [];
  const last = lastDayOfMonth(month);
  for (let d = month; d <= last; d = dayAfter(d)) out.push(d);
  return out;
}

/** "november 2026" */
export function monthLabel(month: string): string {
  return format(parseISO(month), "LLLL yyyy", { locale: sv });
}

/** "3 dec. 2026": the portal's one date format (lib/format). */
export const dayLabel = (date: string): string => formatDate(date);

// ---------------------------------------------------------------------------------------
// The service's days and months

export interface ServiceFacts {
  periods: { number: number; startDate: string; endDate: string }[];
  interruptions: { date: string; withdrawn: boolean }[];
}

/** The first day that is no longer in the service because of an interruption, if any. */
function cutOff(facts: ServiceFacts): string | null {
  const inForce = facts.interruptions.find((i) => !i.withdrawn);
  if (!inForce) return null;
  return INTERRUPTION_DATE_IS_ACTIVE ? dayAfter(inForce.date) : inForce.date;
}

export function isActiveDay(date: string, facts: ServiceFacts): boolean {
  const cut = cutOff(facts);
  if (cut !== null && date >= cut) return false;
  return facts.periods.some((p) => p.startDate <= date && date <= p.endDate);
}

/** The month's days on which the participant is in the service (periods, before any interruption). */
export function activeDays(month: string, facts: ServiceFacts): string[] {
  return daysOfMonth(monthOf(month)).filter((d) => isActiveDay(d, facts));
}

/** The first and last day of the service, or null when an interruption left no day at all. */
export function serviceSpan(facts: ServiceFacts): { first: string; last: string } | null {
  if (facts.periods.length === 0) return null;
  const first = facts.periods.reduce((a, p) => (p.startDate < a ? p.startDate : a), facts.periods[0].startDate);
  let last = facts.periods.reduce((a, p) => (p.endDate > a ? p.endDate : a), facts.periods[0].endDate);
  const cut = cutOff(facts);
  if (cut !== null && cut <= last) last = dayBefore(cut);
  return last < first ? null : { first, last };
}

export type MonthState = "not-yet" | "due" | "overdue" | "submitted";

export const MONTH_STATE_LABELS: Record<MonthState, string> = {
  "not-yet": "Ej aktuell ännu",
  due: "Att redovisa",
  overdue: "Försenad",
  submitted: "Inskickad",
};

/** Mottagen, Godkänd, Ej godkänd: every report's statuses, named once (features/participant-reports/labels.ts). */
export { REPORT_STATUS_LABELS } from "@/features/participant-reports/labels";

export interface ReportMonth {
  /** first day of the calendar month, YYYY-MM-01 */
  month: string;
  /** first and last active day of the month */
  firstDay: string;
  lastDay: string;
  activeDays: number;
  /** the first day the report may be sent */
  dueFrom: string;
  /** the last day before it is overdue */
  dueBy: string;
  state: MonthState;
}

function describeMonth(month: string, days: string[], today: string, submitted: Set<string>): ReportMonth {
  const lastDay = days[days.length - 1];
  const dueFrom = dayAfter(lastDay);
  const dueBy = `${nextMonth(month).slice(0, 8)}${String(DUE_DAY_OF_FOLLOWING_MONTH).padStart(2, "0")}`;
  const state: MonthState = submitted.has(month) ? "submitted" : today < dueFrom ? "not-yet" : today > dueBy ? "overdue" : "due";
  return { month, firstDay: days[0], lastDay, activeDays: days.length, dueFrom, dueBy, state };
}

/**
 * Every calendar month with at least one active day, first to last (the first and last may be
 * partial), with its state on `today`. `submitted`: the months that already have a submitted report.
 */
export function reportMonths(facts: ServiceFacts, today: string, submitted: Iterable<string> = []): ReportMonth[] {
  const span = serviceSpan(facts);
  if (!span) return [];
  const done = new Set(submitted);
  const out: ReportMonth[] = [];
  for (let m = monthOf(span.first); m <= span.last; m = nextMonth(m)) {
    const days = activeDays(m, facts);
    if (days.length) out.push(describeMonth(m, days, today, done));
  }
  return out;
}

/** One month of the service, or null when the participant has no active day in it. */
export function reportMonth(facts: ServiceFacts, month: string, today: string, submitted: Iterable<string> = []): ReportMonth | null {
  if (!isMonthStart(month)) return null;
  const days = activeDays(month, facts);
  return days.length ? describeMonth(month, days, today, new Set(submitted)) : null;
}

export type RuleResult = { ok: true } | { ok: false; message: string };

/** A report is sent after the month (its active part) has ended. */
export function maySubmit(m: ReportMonth, today: string): RuleResult {
  if (today < m.dueFrom) {
    return { ok: false, message: `Månaden är inte slut än. Redovisningen för ${monthLabel(m.month)} kan skickas in från och med ${dayLabel(m.dueFrom)}.` };
  }
  return { ok: true };
}

/** Drafts may be saved once the month has started. */
export function mayDraft(m: ReportMonth, today: string): RuleResult {
  if (today < m.firstDay) return { ok: false, message: `Redovisningen för ${monthLabel(m.month)} kan påbörjas från och med ${dayLabel(m.firstDay)}.` };
  return { ok: true };
}
