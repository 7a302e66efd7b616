import { formatDate, formatDateTime } from "@/lib/format";
import { INTERRUPTION_REASON_LABELS } from "@/lib/decisions/schemas";
import { EVENT_LABELS } from "./labels";

type EventRow = { id: string; at: Date; type: string; data: unknown };

function effect(type: string, data: Record<string, unknown>): string {
  const d = (k: string) => (typeof data[k] === "string" ? formatDate(data[k] as string) : "");
  switch (type) {
    case "DECISION_CREATED":
      return `Period 1: ${d("startDate")} – ${d("endDate")}, nivå ${String(data.level ?? "")}`;
    case "INTERRUPTION_REGISTERED":
      return `${data.planned ? "Planerat avbrott" : "Avbrott"} från ${d("date")}`;
    case "INTERRUPTION_WITHDRAWN":
      return `Avbrottet ${d("date")} gäller inte`;
    case "PERIOD_GRANTED":
      return `Period ${String(data.number)}: ${d("startDate")} – ${d("endDate")}`;
    case "PERIOD_END_CHANGED":
      return `Nytt slutdatum ${d("endDate")} (tidigare ${d("previousEndDate")})`;
    default:
      return "";
  }
}

function reason(data: Record<string, unknown>): string {
  const r = data.reason as keyof typeof INTERRUPTION_REASON_LABELS | undefined;
  return r ? INTERRUPTION_REASON_LABELS[r] ?? "" : "";
}

/** The participant's event log: received, event, effect, reason. */
export function EventLog({ events }: { events: EventRow[] }) {
  if (events.length === 0) return <p>Inga händelser.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Händelser</caption>
        <thead className="bg-af-blue-light">
          <tr>
            <th scope="col" className="p-2">Mottaget</th>
            <th scope="col" className="p-2">Händelse</th>
            <th scope="col" className="p-2">Effekt</th>
            <th scope="col" className="p-2">Orsak</th>
          </tr>
        </thead>
        <tbody data-testid="event-log">
          {events.map((e) => {
            const data = (e.data ?? {}) as Record<string, unknown>;
            return (
              <tr key={e.id} className="border-t align-top">
                <td className="p-2 whitespace-nowrap">{formatDateTime(e.at)}</td>
                <td className="p-2">{EVENT_LABELS[e.type] ?? e.type}</td>
                <td className="p-2">{effect(e.type, data)}</td>
                <td className="p-2">{reason(data)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
