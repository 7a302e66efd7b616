// The rules of the reports beside planning and periodic reports (ParticipantReport). Pure
// functions of the form's values, the placement's facts, the participant's earlier reports,
// and a given `today` (YYYY-MM-DD) and time of day (HH:mm, Swedish): no clock, no database.
// Safe for client components. Two layers:
// - checks that need only the form (times in order, the fields a choice asks for, the
//   organisation number): the zod schemas (./schemas) run them, in the browser too;
// - checks that need the placement and the day (dates not in the future, windows,
//   deadlines, one report at a time): the service runs them (validateReport).
// Every refusal is an Issue with the form field it belongs to.
import { addMonths, format, parseISO } from "date-fns";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { interruptionInForce, lastPeriod, type DecisionFacts } from "@/lib/decisions/rules";
import { addCalendarDays } from "@/lib/decisions/periods";
import { formatOrgNumber, parseOrgNumber } from "@/lib/validation/org-number";
import { formatDate } from "@/lib/format";
import { DEVIATION_FIELD_LABELS, DEVIATION_FIELDS, REPORT_KIND_LABELS, type DeviationReason, type Extent, type ReportKind } from "./labels";
import { addWorkingDays } from "./working-days";

/** Free text in every report: at most this many characters (the agency's limit). */
export const FREE_TEXT_MAX = 2000;
/** Short texts: names, titles, "annan orsak". *(assumed)* */
export const SHORT_TEXT_MAX = 200;
/** Absence is reported when it is longer than this. */
export const ABSENCE_THRESHOLD_MINUTES = 15;
/** Slutredovisning: at the latest this many working days after the participant left. */
export const FINAL_REPORT_WORKING_DAYS = 5;
/** Signal om arbete eller studier: until this many months after the service ended. */
export const WORK_SIGNAL_MONTHS_AFTER_END = 24;
/** Resultatredovisning: at most this many employments or studies in one report. *(assumed)* */
export const RESULT_MAX_EMPLOYMENTS = 10;

export interface Issue {
  /** the form field, e.g. "date" or "employments.1.orgNumber"; "_form" for the whole form */
  field: string;
  message: string;
}

const issue = (field: string, message: string): Issue => ({ field, message });

// ---------------------------------------------------------------------------------------
// Free text and small values

/** Characters as people count them (an emoji is one), also in the forms' counters. */
export function textLength(s: string): number {
  return [...s].length;
}

export function tooLongMessage(max: number): string {
  return `Texten får vara högst ${String(max).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0")} tecken.`;
}

export function freeTextIssue(field: string, value: string | undefined, max = FREE_TEXT_MAX): Issue | null {
  return value !== undefined && textLength(value) > max ? issue(field, tooLongMessage(max)) : null;
}

/** Minutes since midnight of "HH:mm". */
export function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return h * 60 + m;
}

/**
 * An employer's organisation number: ten digits with a valid check digit, or ten zeros for a
 * sole trader or a foreign employer. A number whose third digit is 0 or 1 is a personal identity
 * number (a sole trader's company number is the owner's personnummer): refused, so that none is
 * ever stored in a report. Returns the number as NNNNNN-NNNN.
 */
export function checkEmployerOrgNumber(input: string): { ok: true; value: string } | { ok: false; message: string } {
  const parsed = parseOrgNumber(input, { allowZeros: true });
  if (!parsed.ok) return parsed;
  if (parsed.value !== "0000000000" && Number(parsed.value[2]) < 2) {
    return { ok: false, message: "Det här ser ut som ett personnummer. För enskild firma eller utländsk arbetsgivare anger du 000000-0000." };
  }
  return { ok: true, value: formatOrgNumber(parsed.value) };
}

/** Deltid needs a percentage (1–99); heltid is 100 %. */
export function extentIssues(extent: Extent, percent: number | undefined, prefix = ""): Issue[] {
  if (extent !== "PART_TIME") return [];
  if (percent === undefined) return [issue(`${prefix}percent`, "Ange omfattningen i procent för deltid.")];
  if (!Number.isInteger(percent) || percent < 1 || percent > 99) return [issue(`${prefix}percent`, "Deltid anges som 1–99 procent.")];
  return [];
}

// ---------------------------------------------------------------------------------------
// The forms' own checks (no placement, no day)

export interface AbsenceValues {
  date: string;
  extent: "WHOLE_DAY" | "PART_DAY";
  expectedFrom: string;
  expectedTo: string;
  absentFrom?: string;
  absentTo?: string;
  reason: string;
  otherReason?: string;
  otherText?: string;
}

/** The absent span: the expected attendance for a whole day, the given times for part of it. */
export function absentMinutes(v: AbsenceValues): number {
  if (v.extent === "WHOLE_DAY") return minutesOf(v.expectedTo) - minutesOf(v.expectedFrom);
  if (!v.absentFrom || !v.absentTo) return 0;
  return minutesOf(v.absentTo) - minutesOf(v.absentFrom);
}

export function absenceIssues(v: AbsenceValues): Issue[] {
  const out: Issue[] = [];
  if (minutesOf(v.expectedTo) <= minutesOf(v.expectedFrom)) out.push(issue("expectedTo", "Sluttiden för den förväntade närvaron måste vara efter starttiden."));
  if (v.extent === "PART_DAY") {
    if (!v.absentFrom) out.push(issue("absentFrom", "Ange när frånvaron började."));
    if (!v.absentTo) out.push(issue("absentTo", "Ange när frånvaron slutade."));
    if (v.absentFrom && v.absentTo) {
      if (minutesOf(v.absentTo) <= minutesOf(v.absentFrom)) out.push(issue("absentTo", "Frånvarons sluttid måste vara efter starttiden."));
      else if (minutesOf(v.absentFrom) < minutesOf(v.expectedFrom) || minutesOf(v.absentTo) > minutesOf(v.expectedTo)) {
        out.push(issue("absentFrom", "Frånvaron måste ligga inom tiden för den förväntade närvaron."));
      }
    }
  }
  if (!out.length && absentMinutes(v) <= ABSENCE_THRESHOLD_MINUTES) {
    out.push(issue(v.extent === "PART_DAY" ? "absentTo" : "expectedTo", `Frånvaro rapporteras när den är längre än ${ABSENCE_THRESHOLD_MINUTES} minuter.`));
  }
  if (v.reason === "OTHER_KNOWN" && !v.otherReason) out.push(issue("otherReason", "Välj vilken annan känd orsak det gäller."));
  if (v.reason === "OTHER_KNOWN" && v.otherReason === "OTHER" && !v.otherText) out.push(issue("otherText", "Beskriv orsaken."));
  return out;
}

export interface DeviationValues {
  date: string;
  reason: DeviationReason;
  offeredActivity?: string;
  offeredJob?: string;
  employer?: string;
  offeredDate?: string;
  description: string;
}

export function deviationIssues(v: DeviationValues): Issue[] {
  const out: Issue[] = [];
  for (const field of DEVIATION_FIELDS[v.reason] ?? []) {
    if (!v[field]) out.push(issue(field, field === "offeredDate" ? "Ange datum för erbjudandet." : `Fyll i ${DEVIATION_FIELD_LABELS[field].toLowerCase()}.`));
  }
  if (v.offeredDate && DEVIATION_FIELDS[v.reason]?.includes("offeredDate") && v.offeredDate > v.date) {
    out.push(issue("offeredDate", "Erbjudandet kan inte ha lämnats efter avvikelsens datum."));
  }
  return out;
}

export interface InformativeValues {
  contactPhone?: string;
  contactEmail?: string;
}

export function informativeIssues(v: InformativeValues): Issue[] {
  return v.contactPhone || v.contactEmail ? [] : [issue("contactPhone", "Ange telefonnummer eller e-postadress så att Arbetsförmedlingen kan nå dig.")];
}

export interface EmploymentValues {
  extent: Extent;
  percent?: number;
  orgNumber: string;
  startDate: string;
  endDate?: string;
}

export function resultIssues(v: { employments: EmploymentValues[] }): Issue[] {
  return v.employments.flatMap((e, i) => {
    const at = `employments.${i}.`;
    const out = extentIssues(e.extent, e.percent, at);
    const org = checkEmployerOrgNumber(e.orgNumber);
    if (!org.ok) out.push(issue(`${at}orgNumber`, org.message));
    if (e.endDate && e.endDate < e.startDate) out.push(issue(`${at}endDate`, "Slutdatum kan inte vara före startdatum."));
    return out;
  });
}

export interface FinalValues {
  mainOccupation: string;
  otherOccupation?: string;
  jobSeekingReasons?: string;
  activities: { activityCode: string }[];
}

export function finalIssues(v: FinalValues): Issue[] {
  const out: Issue[] = [];
  if (v.mainOccupation === "OTHER" && !v.otherOccupation) out.push(issue("otherOccupation", "Beskriv deltagarens huvudsakliga sysselsättning."));
  if (v.mainOccupation === "JOB_SEEKING" && !v.jobSeekingReasons) out.push(issue("jobSeekingReasons", "Beskriv varför deltagaren fortfarande är arbetssökande."));
  const seen = new Set<string>();
  v.activities.forEach((a, i) => {
    if (seen.has(a.activityCode)) out.push(issue(`activities.${i}.activityCode`, "Aktiviteten finns redan med."));
    seen.add(a.activityCode);
  });
  return out;
}

// ---------------------------------------------------------------------------------------
// The placement: when the participant is in the service and when they left

export interface ServiceSpan {
  /** the first day of period 1 */
  start: string;
  /**
   * the last day in the service: the last period's end, or the day before an interruption in
   * force (an interruption's date is the first day outside the service, as for periodic
   * reports). *(assumed)* Before `start` when the interruption took effect on the first day.
   */
  lastDay: string;
}

export function serviceSpan(facts: DecisionFacts): ServiceSpan {
  const start = [...facts.periods].sort((a, b) => a.number - b.number)[0].startDate;
  const end = lastPeriod(facts).endDate;
  const interruption = interruptionInForce(facts);
  const dayBefore = interruption ? addCalendarDays(interruption.date, -1) : end;
  return { start, lastDay: dayBefore < end ? dayBefore : end };
}

/** The participant has left the service (planned end passed, or interrupted). */
export function hasLeftService(facts: DecisionFacts, today: string): boolean {
  return today > serviceSpan(facts).lastDay;
}

/** Slutredovisning: due at the latest five working days after the last day in the service. */
export function finalReportDeadline(facts: DecisionFacts): string {
  return addWorkingDays(serviceSpan(facts).lastDay, FINAL_REPORT_WORKING_DAYS);
}

/** Was a Slutredovisning sent on `submittedOn` late? */
export function isFinalReportLate(facts: DecisionFacts, submittedOn: string): boolean {
  return submittedOn > finalReportDeadline(facts);
}

/** Signal om arbete eller studier: from the service's start until 24 months after its last day. */
export function workSignalWindow(facts: DecisionFacts): { from: string; to: string } {
  const span = serviceSpan(facts);
  return { from: span.start, to: format(addMonths(parseISO(span.lastDay), WORK_SIGNAL_MONTHS_AFTER_END), "yyyy-MM-dd") };
}

// ---------------------------------------------------------------------------------------
// Earlier reports: corrections, pending and live reports

export interface ReportFacts {
  id: string;
  kind: ReportKind;
  status: ReportStatus;
  correctsId: string | null;
}

/** A later report corrects this one. */
export function isSuperseded(report: Pick<ReportFacts, "id">, reports: Pick<ReportFacts, "correctsId">[]): boolean {
  return reports.some((r) => r.correctsId === report.id);
}

/** Waiting for the officer: received, and not replaced by a correction. */
export function isPending(report: ReportFacts, reports: ReportFacts[]): boolean {
  return report.status === "RECEIVED" && !isSuperseded(report, reports);
}

/** Pending, or approved. */
function isLive(report: ReportFacts, reports: ReportFacts[]): boolean {
  return report.status === "APPROVED" || isPending(report, reports);
}

/** Where the placement stands on its result: what period 2 and the officer's views need. */
export function resultStatus(reports: ReportFacts[]): "none" | "pending" | "approved" {
  const current = reports.filter((r) => r.kind === "RESULT" && !isSuperseded(r, reports));
  if (current.some((r) => r.status === "APPROVED")) return "approved";
  if (current.some((r) => r.status === "RECEIVED")) return "pending";
  return "none";
}

/** May the officer decide this report now? */
export function validateDecidable(report: ReportFacts, reports: ReportFacts[]): Issue | null {
  if (report.status !== "RECEIVED") return issue("_form", "Rapporten har redan fått ett beslut.");
  if (isSuperseded(report, reports)) return issue("_form", "Rapporten har rättats. Besluta om rättelsen i stället.");
  return null;
}

/** May `original` be corrected by a report of `kind`? Only the latest of a chain, with the same kind. */
export function validateCorrection(original: ReportFacts, kind: ReportKind, reports: ReportFacts[]): Issue | null {
  if (original.kind !== kind) return issue("_form", `En rättelse ska vara av samma slag som rapporten den rättar (${REPORT_KIND_LABELS[original.kind]}).`);
  if (isSuperseded(original, reports)) return issue("_form", "Rapporten har redan rättats. Rätta den senaste versionen i stället.");
  return null;
}

// ---------------------------------------------------------------------------------------
// What may be sent now, whatever the form says

export interface ReportContext {
  facts: DecisionFacts;
  /** YYYY-MM-DD, Swedish */
  today: string;
  /** HH:mm, Swedish */
  nowTime: string;
  /** the participant's reports so far */
  reports: ReportFacts[];
  /** the report being corrected, when this is a correction */
  correcting: ReportFacts | null;
}

/** null when a report of `kind` may be sent now; otherwise why not (for the page and the service). */
export function availability(kind: ReportKind, ctx: ReportContext): string | null {
  const { today } = ctx;
  const span = serviceSpan(ctx.facts);
  if (span.lastDay < span.start) return "Deltagaren avbröt tjänsten innan den började. Det går inte att skicka rapporter.";
  const others = ctx.reports.filter((r) => r.id !== ctx.correcting?.id);
  switch (kind) {
    case "ABSENCE":
    case "DEVIATION":
    case "RESULT":
      if (today < span.start) return `Tjänsten börjar ${formatDate(span.start)}. Rapporten kan skickas från den dagen.`;
      if (kind === "RESULT") {
        if (today > workSignalWindow(ctx.facts).to) return `Resultat kan redovisas till och med ${formatDate(workSignalWindow(ctx.facts).to)}.`;
        if (!ctx.correcting && others.some((r) => r.kind === "RESULT" && isPending(r, ctx.reports))) {
          return "En resultatredovisning väntar redan på beslut. Rätta den om något ska ändras.";
        }
        // One result per placement: a correction supersedes the approved one instead of adding a second.
        if (!ctx.correcting && others.some((r) => r.kind === "RESULT" && r.status === "APPROVED" && !isSuperseded(r, ctx.reports))) {
          return "Det finns redan en godkänd resultatredovisning. En placering ger ett resultat; rätta den om något ska ändras.";
        }
      }
      return null;
    case "INFORMATIVE":
      return today > span.lastDay ? "Deltagaren har lämnat tjänsten. Informativa rapporter skickas under tjänsten." : null;
    case "WORK_SIGNAL": {
      const window = workSignalWindow(ctx.facts);
      if (today < window.from) return `Signal om arbete eller studier kan skickas från tjänstens start ${formatDate(window.from)}.`;
      if (today > window.to) return `Signal om arbete eller studier kan skickas till och med ${formatDate(window.to)}, 24 månader efter att tjänsten slutade.`;
      if (ctx.reports.some((r) => r.kind === "RESULT" && isLive(r, ctx.reports))) {
        return "Det finns en resultatredovisning som väntar på beslut eller är godkänd. Då skickas ingen signal.";
      }
      return null;
    }
    case "FINAL":
      if (!hasLeftService(ctx.facts, today)) return `Slutredovisningen skickas när deltagaren har lämnat tjänsten (sista dag ${formatDate(span.lastDay)}).`;
      if (!ctx.correcting && others.some((r) => r.kind === "FINAL" && isLive(r, ctx.reports))) {
        return "Det finns redan en slutredovisning. Rätta den om något ska ändras.";
      }
      return null;
  }
}

/** The checks of one report against its placement and day (the form's own checks included). */
export function validateReport(input: ReportValues, ctx: ReportContext): Issue[] {
  const refusal = availability(input.kind, ctx);
  if (refusal) return [issue("_form", refusal)];
  const { today } = ctx;
  const span = serviceSpan(ctx.facts);
  const out: Issue[] = [];
  switch (input.kind) {
    case "ABSENCE":
      out.push(...absenceIssues(input));
      if (input.date > today) out.push(issue("date", "Frånvaro rapporteras i efterhand. Datumet kan inte vara i framtiden."));
      else if (input.date === today && minutesOf(input.expectedTo) > minutesOf(ctx.nowTime)) {
        out.push(issue("expectedTo", "Frånvaro rapporteras när aktiviteten är slut. Vänta tills den förväntade närvaron har tagit slut."));
      }
      if (input.date < span.start || input.date > span.lastDay) out.push(issue("date", "Datumet måste ligga inom deltagarens tid i tjänsten."));
      break;
    case "DEVIATION":
      out.push(...deviationIssues(input));
      if (input.date > today) out.push(issue("date", "Datumet kan inte vara i framtiden."));
      else if (input.date < span.start || input.date > span.lastDay) out.push(issue("date", "Datumet måste ligga inom deltagarens tid i tjänsten."));
      break;
    case "INFORMATIVE":
      out.push(...informativeIssues(input));
      break;
    case "WORK_SIGNAL": {
      out.push(...extentIssues(input.extent, input.percent));
      const w = workSignalWindow(ctx.facts);
      if (input.startDate < w.from || input.startDate > w.to) out.push(issue("startDate", `Startdatum ska ligga mellan ${formatDate(w.from)} och ${formatDate(w.to)}.`));
      break;
    }
    case "RESULT": {
      out.push(...resultIssues(input));
      const w = workSignalWindow(ctx.facts);
      input.employments.forEach((e, i) => {
        if (e.startDate < w.from || e.startDate > w.to) out.push(issue(`employments.${i}.startDate`, `Startdatum ska ligga mellan ${formatDate(w.from)} och ${formatDate(w.to)}.`));
      });
      break;
    }
    case "FINAL":
      out.push(...finalIssues(input));
      break;
  }
  return out;
}

/** The values of each kind as the rules see them (the schemas' output fits). */
export type ReportValues =
  | ({ kind: "ABSENCE" } & AbsenceValues)
  | ({ kind: "DEVIATION" } & DeviationValues)
  | ({ kind: "INFORMATIVE" } & InformativeValues)
  | ({ kind: "WORK_SIGNAL"; extent: Extent; percent?: number; startDate: string })
  | ({ kind: "RESULT"; employments: EmploymentValues[] })
  | ({ kind: "FINAL" } & FinalValues);
