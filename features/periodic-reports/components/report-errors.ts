// Where the report form (./report-form.tsx) shows each error: an issue's path (entries.3,
// days.2026-05-04, languageSupportGiven...) becomes the key of its cell, day sum or field, and
// the error summary links each key to its element with a readable label. Pure.
import type { Issue } from "@/features/periodic-reports/hours-rules";
import { formatDate } from "@/lib/format";
import { cellId } from "./report-grid";

export type Errors = Record<string, string>;

/** The issues by the key of the element they belong to; `keys` are the entries' cell keys, in order. */
export function placeIssues(issues: Issue[], keys: string[]): Errors {
  const out: Errors = {};
  for (const i of issues) {
    const [head, second] = i.path;
    let key: string;
    if (head === "entries" && typeof second === "number" && keys[second]) key = keys[second];
    else if (head === "entries" && typeof second === "string" && /^\d+$/.test(second) && keys[Number(second)]) key = keys[Number(second)];
    else if (head === "days") key = `day:${String(second)}`;
    else key = String(head ?? "_form");
    out[key] ??= i.message;
  }
  return out;
}

/** The link of an error in the summary: its cell, its day's sum or its field. */
export function errorHref(key: string): string {
  if (key.includes("|")) {
    const [date, code] = key.split("|");
    return `#${cellId(date, code)}`;
  }
  if (key.startsWith("day:")) return `#day-${key.slice(4)}`;
  return key === "languageSupportGiven" ? "#lang-yes" : key === "jobSuggestionsGiven" ? "#job-yes" : key === "noActivities" ? "#no-activities" : "#timmar";
}

/** What an error in the summary names before its message (a cell or a day), or null for a field. */
export function errorLabel(key: string, names: Record<string, string>): string | null {
  if (key.includes("|")) {
    const [date, code] = key.split("|");
    return `${names[code] ?? code} ${formatDate(date)}`;
  }
  if (key.startsWith("day:")) return `Summa ${formatDate(key.slice(4))}`;
  return null;
}
