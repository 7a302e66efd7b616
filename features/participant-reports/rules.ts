// The rules of the reports beside planning and periodic reports (ParticipantReport). Pure
// functions of the form's values, the placement's facts, the participant's earlier reports,
// and a given `today` (YYYY-MM-DD) and time of day (HH:mm, Swedish): no clock, no database.
// Safe for client components. Two layers:
// - checks that need only the form (times in order, the fields a choice asks for, the
//   organisation number): the zod schemas (./schemas) run them, in the browser too;
// - checks that need the placement and the day (dates not in the future, windows,
//   deadlines, one report at a time): ./placement-rules, which the service runs (validateReport).
// Every refusal is an Issue with the form field it belongs to.
import { format } from "date-fns";
import { formatOrgNumber, parseOrgNumber } from "@/lib/validation/org-number";
import { DEVIATION_FIELD_LABELS, DEVIATION_FIELDS, type DeviationReason, type Extent } from "./labels";

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

export const issue = (field: string, message: string): Issue => ({ field, message });

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
