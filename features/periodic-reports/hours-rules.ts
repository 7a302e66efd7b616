// Periodisk redovisning, the hours: a report's content and context, hours in the Swedish
// notation, sums per day and activity, and the whole check of a report (checkReport) that the
// form runs before sending and the server runs again. Pure, shared by the server and the browser.
import { parseSwedishNumber } from "@/lib/validation/number";
import { formatDate } from "@/lib/format";
import { MAX_MINUTES_PER_DAY, MINUTE_STEP, WARN_MINUTES_PER_DAY, monthLabel, monthOf } from "./rules";

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
