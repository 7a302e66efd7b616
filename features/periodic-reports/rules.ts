// Periodisk redovisning: which months a placement reports, when each may and must be sent,
// and the rules for the hours. Pure functions on YYYY-MM-DD strings and a given `today`
// (no clock, no database), shared by the server and the browser.
import { parseSwedishNumber } from "@/lib/validation/number";
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

// ---------------------------------------------------------------------------------------
// Hours

export interface EntryInput {
  date: string;
  activityCode: string;
  minutes: number;
}

export interface ReportContent {
  noActivities: boolean;
  /** null: not yet answered (drafts) */
  languageSupportGiven: boolean | null;
  jobSuggestionsGiven: boolean | null;
  entries: EntryInput[];
}

export interface ReportContext {
  month: string;
  /** the month's active days */
  activeDays: string[];
  /** per date, the activity codes of the approved joint planning in force that day */
  approvedOn: Record<string, string[]>;
  /** hours cannot be reported for days that have not yet been */
  today?: string;
}

export type IssuePath = (string | number)[];
export interface Issue {
  path: IssuePath;
  message: string;
}
export interface Check {
  errors: Issue[];
  warnings: Issue[];
}

export const formatHours = (minutes: number) => (minutes / 60).toLocaleString("sv-SE", { maximumFractionDigits: 2 });

/** Minutes as an hours cell shows them to be edited: "1,5" (Swedish decimals, no grouping), read back by hoursToMinutes. */
export const hoursForInput = (minutes: number) => (minutes / 60).toLocaleString("sv-SE", { maximumFractionDigits: 2, useGrouping: false });

/** Hours as typed ("1,5", "1.25", "2") to minutes; null for blank, NaN for anything else. */
export function hoursToMinutes(text: string): number | null {
  if (text.trim() === "") return null;
  const hours = parseSwedishNumber(text);
  return Number.isNaN(hours) ? Number.NaN : Math.round(hours * 60 * 1000) / 1000;
}

export function minutesByDay(entries: EntryInput[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of entries) out[e.date] = (out[e.date] ?? 0) + e.minutes;
  return out;
}

export function minutesByActivity(entries: EntryInput[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of entries) out[e.activityCode] = (out[e.activityCode] ?? 0) + e.minutes;
  return out;
}

export function totalMinutes(entries: EntryInput[]): number {
  return entries.reduce((sum, e) => sum + e.minutes, 0);
}

/** The entries that carry time (blank and zero cells are not stored). */
export function entriesWithTime<T extends EntryInput>(entries: T[]): T[] {
  return entries.filter((e) => e.minutes !== 0);
}

/**
 * Checks a report's hours. Without `ctx` only what needs no knowledge of the placement
 * (steps, signs, day totals, "no activities"); with it also the active days and the approved
 * activities. `complete`: a report to be sent, so both questions answered and something reported.
 * Every issue points at what to fix: ["entries", i, "minutes" | "date" | "activityCode"],
 * ["days", date] for a day's total, or the field.
 */
export function checkReport(content: ReportContent, ctx: ReportContext | null, opts: { complete: boolean }): Check {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const seen = new Set<string>();
  const active = ctx ? new Set(ctx.activeDays) : null;

  content.entries.forEach((e, i) => {
    if (!Number.isFinite(e.minutes) || !Number.isInteger(e.minutes)) {
      errors.push({ path: ["entries", i, "minutes"], message: "Ange tid i kvartstimmar (0,25 h)." });
      return;
    }
    if (e.minutes < 0) errors.push({ path: ["entries", i, "minutes"], message: "Tiden kan inte vara negativ." });
    else if (e.minutes % MINUTE_STEP !== 0) errors.push({ path: ["entries", i, "minutes"], message: "Ange tid i kvartstimmar (0,25 h), till exempel 1,25 eller 1,5." });
    else if (e.minutes > MAX_MINUTES_PER_DAY) errors.push({ path: ["entries", i, "minutes"], message: "En aktivitet kan ha högst 24 timmar per dag." });
    const key = `${e.date}|${e.activityCode}`;
    if (seen.has(key)) errors.push({ path: ["entries", i, "activityCode"], message: "Aktiviteten finns redan för den här dagen." });
    seen.add(key);
    if (e.minutes === 0) return;
    if (ctx) {
      if (monthOf(e.date) !== ctx.month) errors.push({ path: ["entries", i, "date"], message: `${formatDate(e.date)} ligger inte i ${monthLabel(ctx.month)}.` });
      else if (!active!.has(e.date)) errors.push({ path: ["entries", i, "date"], message: `${formatDate(e.date)} ingår inte i deltagarens tjänst.` });
      else if (!(ctx.approvedOn[e.date] ?? []).includes(e.activityCode)) {
        errors.push({ path: ["entries", i, "activityCode"], message: "Aktiviteten ingår inte i den godkända gemensamma planeringen." });
      } else if (ctx.today !== undefined && e.date > ctx.today) {
        errors.push({ path: ["entries", i, "date"], message: "Tid kan bara redovisas för dagar som har varit." });
      }
    }
  });

  const timed = entriesWithTime(content.entries).filter((e) => Number.isFinite(e.minutes) && e.minutes > 0);
  if (content.noActivities && timed.length > 0) {
    errors.push({
      path: ["noActivities"],
      message: "Du har angett att deltagaren inte har deltagit i några aktiviteter, men det finns timmar ifyllda. Ta bort timmarna eller avmarkera rutan.",
    });
  }
  for (const [date, minutes] of Object.entries(minutesByDay(timed)).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (minutes > MAX_MINUTES_PER_DAY) errors.push({ path: ["days", date], message: `${formatHours(minutes)} timmar den ${formatDate(date)}: högst 24 timmar per dag.` });
    else if (minutes > WARN_MINUTES_PER_DAY) warnings.push({ path: ["days", date], message: `${formatHours(minutes)} timmar den ${formatDate(date)}, mer än 8 timmar. Kontrollera att det stämmer.` });
  }

  if (opts.complete) {
    if (content.languageSupportGiven === null) errors.push({ path: ["languageSupportGiven"], message: "Svara ja eller nej: har språkstöd getts?" });
    if (content.jobSuggestionsGiven === null) errors.push({ path: ["jobSuggestionsGiven"], message: "Svara ja eller nej: har individuella förslag på lämpliga arbeten getts?" });
    if (!content.noActivities && timed.length === 0) {
      errors.push({ path: ["entries"], message: "Fyll i timmar för minst en aktivitet, eller kryssa i att deltagaren inte har deltagit i några aktiviteter under perioden." });
    }
  }
  return { errors, warnings };
}
