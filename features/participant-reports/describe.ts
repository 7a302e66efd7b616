// A stored report's answers as Swedish label/value rows, for the supplier's list and the
// officer's details. Pure; tolerates data of an older shape (a missing field is left out).
import { formatDate } from "@/lib/format";
import {
  ABSENCE_EXTENT_LABELS, ABSENCE_REASON_LABELS, DEVIATION_FIELD_LABELS, DEVIATION_REASON_LABELS, EXTENT_LABELS, FINAL_OCCUPATION_LABELS,
  INFORMATIVE_CONCERN_LABELS, OTHER_ABSENCE_REASON_LABELS, RESULT_TYPE_LABELS, SIGNAL_TYPE_LABELS, type ReportKind,
} from "./labels";

export interface DetailRow {
  label: string;
  value: string;
}

export interface DetailGroup {
  title?: string;
  rows: DetailRow[];
}

type Data = Record<string, unknown>;

const str = (v: unknown) => (typeof v === "string" && v ? v : null);
const label = <K extends string>(labels: Record<K, string>, v: unknown) => (typeof v === "string" && v in labels ? labels[v as K] : str(v));
const date = (v: unknown) => (str(v) ? formatDate(v as string) : null);

function rows(...pairs: [string, string | null][]): DetailRow[] {
  return pairs.filter((p): p is [string, string] => p[1] !== null).map(([l, value]) => ({ label: l, value }));
}

function extent(d: Data): string | null {
  const e = label(EXTENT_LABELS, d.extent);
  if (!e) return null;
  return d.extent === "PART_TIME" && typeof d.percent === "number" ? `${e}, ${d.percent} %` : e;
}

/** `activityName`: the activity code's name in the participant's service version. */
export function describeReport(kind: ReportKind, raw: unknown, activityName: (code: string) => string = (c) => c): DetailGroup[] {
  const d: Data = raw !== null && typeof raw === "object" && !Array.isArray(raw) ? (raw as Data) : {};
  const activity = (v: unknown) => (str(v) ? activityName(v as string) : null);
  switch (kind) {
    case "ABSENCE": {
      const reason = d.reason === "OTHER_KNOWN"
        ? [label(ABSENCE_REASON_LABELS, d.reason), label(OTHER_ABSENCE_REASON_LABELS, d.otherReason), str(d.otherText)].filter(Boolean).join(": ")
        : label(ABSENCE_REASON_LABELS, d.reason);
      return [{
        rows: rows(
          ["Datum", date(d.date)],
          ["Omfattning", label(ABSENCE_EXTENT_LABELS, d.extent)],
          ["Förväntad närvaro", str(d.expectedFrom) && str(d.expectedTo) ? `${d.expectedFrom}–${d.expectedTo}` : null],
          ["Frånvaro", d.extent === "PART_DAY" && str(d.absentFrom) && str(d.absentTo) ? `${d.absentFrom}–${d.absentTo}` : null],
          ["Aktivitet", activity(d.activityCode)],
          ["Orsak", reason || null],
        ),
      }];
    }
    case "DEVIATION":
      return [{
        rows: rows(
          ["Datum", date(d.date)],
          ["Avvikelse", label(DEVIATION_REASON_LABELS, d.reason)],
          [DEVIATION_FIELD_LABELS.offeredActivity, str(d.offeredActivity)],
          [DEVIATION_FIELD_LABELS.offeredJob, str(d.offeredJob)],
          [DEVIATION_FIELD_LABELS.employer, str(d.employer)],
          [DEVIATION_FIELD_LABELS.offeredDate, date(d.offeredDate)],
          ["Beskrivning", str(d.description)],
        ),
      }];
    case "INFORMATIVE":
      return [{
        rows: rows(
          ["Gäller", Array.isArray(d.concerns) ? d.concerns.map((c) => label(INFORMATIVE_CONCERN_LABELS, c)).filter(Boolean).join(", ") : null],
          ["Information", str(d.text)],
          ["Kontaktperson", str(d.contactName)],
          ["Telefon", str(d.contactPhone)],
          ["E-post", str(d.contactEmail)],
        ),
      }];
    case "WORK_SIGNAL":
      return [{ rows: rows(["Gäller", label(SIGNAL_TYPE_LABELS, d.type)], ["Omfattning", extent(d)], ["Startdatum", date(d.startDate)]) }];
    case "RESULT":
      return (Array.isArray(d.employments) ? (d.employments as Data[]) : []).map((e, i) => ({
        title: `${i + 1}. ${label(RESULT_TYPE_LABELS, e.type) ?? ""}`,
        rows: rows(
          ["Arbetsgivare eller anordnare", str(e.employer)],
          ["Organisationsnummer", str(e.orgNumber)],
          ["Omfattning", extent(e)],
          ["Startdatum", date(e.startDate)],
          ["Slutdatum", date(e.endDate) ?? "Tills vidare"],
        ),
      }));
    case "FINAL":
      return [
        {
          rows: rows(
            ["Huvudsaklig sysselsättning", label(FINAL_OCCUPATION_LABELS, d.mainOccupation)],
            ["Annan sysselsättning", str(d.otherOccupation)],
            ["Varför fortsatt arbetssökande", str(d.jobSeekingReasons)],
          ),
        },
        ...(Array.isArray(d.activities) ? (d.activities as Data[]) : []).map((a) => ({
          title: activity(a.activityCode) ?? "Aktivitet",
          rows: rows(["Hur det har gått", str(a.progress)], ["Nästa steg", str(a.nextStep)]),
        })),
      ];
  }
}
