"use client";
// The rows of Händelser from compact row data (texts the server wrote): the page's RSC payload
// then carries 25 small objects instead of 25 element trees with their class names.
import Link from "next/link";

export interface EventRowView {
  id: string;
  unread: boolean;
  at: string;
  decisionId: string;
  participant: string;
  label: string;
  effect: string;
  reason: string;
  unit: string;
}

export function EventRows({ rows }: { rows: EventRowView[] }) {
  return (
    <tbody data-testid="event-rows">
      {rows.map((e) => (
        <tr
          key={e.id}
          data-unread={e.unread ? "true" : undefined}
          className={`border-t align-top ${e.unread ? "border-l-4 border-l-af-blue bg-af-blue-light/40 font-semibold" : ""}`}
        >
          <td className="p-2 md:hidden">
            {e.unread ? <span className="rounded bg-af-blue px-2 py-0.5 text-sm font-semibold text-white" data-testid="unread-badge">Ny</span> : null}
          </td>
          <td className="p-2 md:whitespace-nowrap" data-label="Mottaget">
            {e.unread ? <span className="mr-2 rounded bg-af-blue px-2 py-0.5 text-xs font-semibold text-white max-md:hidden">Ny</span> : null}
            {e.at}
          </td>
          <td className="p-2" data-label="Deltagare">
            <Link prefetch={false} href={`/deltagare/${e.decisionId}`} className="text-af-accent underline">
              {e.participant}
            </Link>
          </td>
          <td className="p-2" data-label="Händelse">{e.label}</td>
          <td className="p-2" data-label="Effekt">{e.effect}</td>
          <td className="p-2" data-label="Orsak">{e.reason}</td>
          <td className="p-2" data-label="Verksamhet">{e.unit}</td>
        </tr>
      ))}
    </tbody>
  );
}
