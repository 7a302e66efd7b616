import { formatDateTime } from "@/lib/format";
import { EVENT_LABELS } from "@/features/decisions/labels";
import { effect, reason } from "@/features/decisions/describe-event";
import { ScrollBox } from "@/components/ui/scroll-box";

type EventRow = { id: string; at: Date; type: string; data: unknown };

/** The participant's event log: received, event, effect, reason. */
export function EventLog({ events }: { events: EventRow[] }) {
  if (events.length === 0) return <p>Inga händelser.</p>;
  return (
    <ScrollBox label="Händelser">
      <table className="stack-table w-full text-left text-sm">
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
                <td data-label="Mottaget" className="p-2 md:whitespace-nowrap">{formatDateTime(e.at)}</td>
                <td data-label="Händelse" className="p-2">{EVENT_LABELS[e.type] ?? e.type}</td>
                <td data-label="Effekt" className="p-2">{effect(e.type, data)}</td>
                <td data-label="Orsak" className="p-2">{reason(data, e.type)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
