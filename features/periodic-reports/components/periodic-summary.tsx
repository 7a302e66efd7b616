// A periodic report, read-only: the answers and the hours per day and activity with their
// sums. Used for the preview before sending, submitted versions and the officer's view.
import { formatHours, minutesByActivity, minutesByDay, totalMinutes, type EntryInput } from "@/features/periodic-reports/hours-rules";
import { ScrollBox } from "@/components/ui/scroll-box";

export interface SummaryContent {
  noActivities: boolean;
  languageSupportGiven: boolean | null;
  jobSuggestionsGiven: boolean | null;
  entries: EntryInput[];
  remoteByActivity: Record<string, boolean>;
}

const yesNo = (v: boolean | null) => (v === null ? "Ej besvarat" : v ? "Ja" : "Nej");

const dayName = (date: string) => {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("sv-SE", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
};

export function PeriodicSummary({ content, activityNames, caption }: { content: SummaryContent; activityNames: Record<string, string>; caption: string }) {
  const entries = content.entries.filter((e) => e.minutes !== 0);
  const codes = [...new Set(entries.map((e) => e.activityCode))].sort(
    (a, b) => Object.keys(activityNames).indexOf(a) - Object.keys(activityNames).indexOf(b),
  );
  const dates = [...new Set(entries.map((e) => e.date))].sort();
  const byDay = minutesByDay(entries);
  const byActivity = minutesByActivity(entries);
  const cell = (date: string, code: string) => entries.find((e) => e.date === date && e.activityCode === code)?.minutes;
  return (
    <div>
      <dl className="mb-3 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Deltagit i aktiviteter</dt>
        <dd>{content.noActivities ? "Nej, deltagaren har inte deltagit i några aktiviteter under perioden" : "Ja"}</dd>
        <dt className="font-medium">Språkstöd har getts</dt>
        <dd>{yesNo(content.languageSupportGiven)}</dd>
        <dt className="font-medium">Individuella förslag på lämpliga arbeten har getts</dt>
        <dd>{yesNo(content.jobSuggestionsGiven)}</dd>
        <dt className="font-medium">Timmar totalt</dt>
        <dd>{formatHours(totalMinutes(entries))} h</dd>
      </dl>
      {entries.length ? (
        <ScrollBox label={`${caption}`}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-af-blue-light">
              <tr>
                <th scope="col" className="p-2">Datum</th>
                {codes.map((c) => (
                  <th key={c} scope="col" className="p-2">{activityNames[c] ?? c}</th>
                ))}
                <th scope="col" className="p-2">Summa</th>
              </tr>
            </thead>
            <tbody>
              {dates.map((d) => (
                <tr key={d} className="border-t">
                  <th scope="row" className="p-2 font-normal whitespace-nowrap">{dayName(d)} <span className="sr-only">{d.slice(0, 4)}</span></th>
                  {codes.map((c) => {
                    const m = cell(d, c);
                    return <td key={c} className="p-2">{m ? `${formatHours(m)} h` : "–"}</td>;
                  })}
                  <td className="p-2 font-medium">{formatHours(byDay[d] ?? 0)} h</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-gray-500">
                <th scope="row" className="p-2">Summa</th>
                {codes.map((c) => (
                  <td key={c} className="p-2 font-medium">{formatHours(byActivity[c] ?? 0)} h</td>
                ))}
                <td className="p-2 font-semibold">{formatHours(totalMinutes(entries))} h</td>
              </tr>
              <tr>
                <th scope="row" className="p-2">På distans</th>
                {codes.map((c) => (
                  <td key={c} className="p-2">{content.remoteByActivity[c] ? "Ja" : "Nej"}</td>
                ))}
                <td className="p-2" />
              </tr>
            </tfoot>
          </table>
        </ScrollBox>
      ) : null}
    </div>
  );
}
