// The month's grid of the report form (./report-form.tsx, which holds the state): hours per
// active day (rows) and approved activity (columns), "på plats" or "på distans" per activity, a
// sum per day with its warning above 8 hours, and the month's sums. Cells outside the approved
// planning show a dash.
import type { KeyboardEvent } from "react";
import { formatHours } from "@/features/periodic-reports/hours-rules";
import { WARN_MINUTES_PER_DAY } from "@/features/periodic-reports/rules";
import { formatDate } from "@/lib/format";

type Activity = { code: string; name: string };
type Errors = Record<string, string>;

export const cellKey = (date: string, code: string) => `${date}|${code}`;
export const cellId = (date: string, code: string) => `cell-${date}-${code}`;

export const dayName = (date: string) => {
  const [y, m, d] = date.split("-").map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return { label: dt.toLocaleDateString("sv-SE", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }), weekend: dt.getUTCDay() === 0 || dt.getUTCDay() === 6 };
};

export interface ReportGridProps {
  monthLabel: string;
  days: string[];
  activities: Activity[];
  /** May the activity be reported on that day (the approved planning)? */
  allowed: (date: string, code: string) => boolean;
  /** The cells' text, by cellKey. */
  cells: Record<string, string>;
  remote: Record<string, boolean>;
  noActivities: boolean;
  errors: Errors;
  byDay: Record<string, number>;
  byActivity: Record<string, number>;
  total: number;
  onCellChange: (key: string, date: string, value: string) => void;
  onRemoteChange: (code: string, isRemote: boolean) => void;
  onMove: (e: KeyboardEvent<HTMLInputElement>, date: string, code: string) => void;
}

export function ReportGrid(props: ReportGridProps) {
  const { monthLabel, days, activities, allowed, cells, remote, noActivities, errors, byDay, byActivity, total, onCellChange, onRemoteChange, onMove } = props;
  // Its own scroll box in both directions, so that the activities stay above and the
  // dates beside the cells wherever a person scrolls (a phone shows two columns).
  return (
    <div className="relative max-h-[75vh] overflow-auto rounded border" data-testid="report-grid">
      <table className="text-left text-sm">
        <caption className="sr-only">Timmar per dag och aktivitet, {monthLabel}</caption>
        <thead className="bg-af-blue-light">
          <tr>
            <th scope="col" className="sticky top-0 left-0 z-20 bg-af-blue-light p-2 align-bottom">Datum</th>
            {activities.map((a) => (
              <th key={a.code} scope="col" className="sticky top-0 z-10 max-w-40 bg-af-blue-light p-2 align-bottom">{a.name}</th>
            ))}
            <th scope="col" className="sticky top-0 z-10 bg-af-blue-light p-2 align-bottom">Summa dag</th>
          </tr>
          <tr>
            <td className="p-2 text-gray-700">Utförd</td>
            {activities.map((a) => (
              <td key={a.code} className="p-2">
                {/* As in the original: the activity was done on site or at a distance. */}
                <fieldset>
                  <legend className="sr-only">Hur utfördes {a.name}?</legend>
                  {([false, true] as const).map((isRemote) => (
                    <label key={String(isRemote)} className="flex min-h-11 items-center gap-2">
                      <input type="radio" name={`utford-${a.code}`} className="h-5 w-5" checked={!!remote[a.code] === isRemote} disabled={noActivities}
                        onChange={() => onRemoteChange(a.code, isRemote)} />
                      <span>{isRemote ? "På distans" : "På plats"}</span>
                    </label>
                  ))}
                </fieldset>
              </td>
            ))}
            <td />
          </tr>
        </thead>
        <tbody>
          {days.map((date) => {
            const { label, weekend } = dayName(date);
            const daySum = byDay[date] ?? 0;
            const dayError = errors[`day:${date}`];
            return (
              <tr key={date} className={`border-t ${weekend ? "bg-gray-50" : ""}`}>
                <th scope="row" className={`sticky left-0 z-[5] p-2 font-normal whitespace-nowrap ${weekend ? "bg-gray-50" : "bg-white"}`}>{label}</th>
                {activities.map((a) => {
                  if (!allowed(date, a.code)) {
                    return <td key={a.code} className="p-2 text-center text-gray-700"><span aria-hidden="true">–</span><span className="sr-only">{a.name} {formatDate(date)}: ingår inte i planeringen</span></td>;
                  }
                  const k = cellKey(date, a.code);
                  const id = cellId(date, a.code);
                  const err = errors[k];
                  return (
                    <td key={a.code} className="p-1 align-top">
                      <label htmlFor={id} className="sr-only">{a.name} {formatDate(date)}</label>
                      <input
                        id={id}
                        // Text, not type="number": a number field in a browser whose language is not
                        // Swedish drops the decimal comma ("1,5" became 15 h). hoursToMinutes reads both.
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        value={cells[k] ?? ""}
                        disabled={noActivities}
                        aria-invalid={!!err}
                        aria-describedby={err ? `${id}-error` : undefined}
                        className="w-20 rounded border border-gray-500 px-2 py-1 text-right aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700 disabled:bg-gray-100"
                        onKeyDown={(e) => onMove(e, date, a.code)}
                        onChange={(e) => onCellChange(k, date, e.target.value)}
                      />
                      {err ? <p id={`${id}-error`} className="mt-1 max-w-40 text-xs font-medium text-red-800">{err}</p> : null}
                    </td>
                  );
                })}
                <td id={`day-${date}`} className="p-2 align-top whitespace-nowrap">
                  <span className="font-medium">{formatHours(daySum)} h</span>
                  {dayError ? <p className="mt-1 max-w-48 text-xs font-medium text-red-800">{dayError}</p> : null}
                  {!dayError && daySum > WARN_MINUTES_PER_DAY ? (
                    <p className="mt-1 max-w-48 text-xs text-amber-900"><span aria-hidden="true">⚠ </span>Mer än 8 timmar. Kontrollera att det stämmer.</p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-gray-500">
            <th scope="row" className="p-2">Summa</th>
            {activities.map((a) => (
              <td key={a.code} className="p-2 font-medium">{formatHours(byActivity[a.code] ?? 0)} h</td>
            ))}
            <td className="p-2 font-semibold" aria-live="polite" aria-atomic="true">
              <span className="sr-only">Summa för månaden: </span>{formatHours(total)} h
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
