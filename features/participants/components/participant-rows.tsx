"use client";
// The rows of Deltagarlista, drawn from compact row data (strings the server formatted).
// As a client component the page's RSC payload carries 25 small objects instead of 25 element
// trees with their class names, which halves what the server serializes and parses per load.
import Link from "next/link";
import { StateBadge } from "@/features/decisions/components/state-badge";
import type { DecisionState } from "@/features/decisions/rules";

export interface ParticipantRowView {
  id: string;
  name: string;
  state: DecisionState;
  handledare: string | null;
  unit: string;
  service: string;
  start: string;
  end: string;
  ref: string;
}

export function ParticipantRows({ rows }: { rows: ParticipantRowView[] }) {
  return (
    <tbody data-testid="participant-rows">
      {rows.map((r) => (
        <tr key={r.id} className="border-t align-top">
          <td className="p-2 text-base font-medium md:text-sm">
            <Link prefetch={false} href={`/deltagare/${r.id}`} className="text-af-accent underline">{r.name}</Link>
          </td>
          <td className="p-2" data-label="Status"><StateBadge state={r.state} /></td>
          <td className="p-2" data-label="Handledare">{r.handledare ?? <span className="text-gray-700">Ingen handledare än</span>}</td>
          <td className="p-2" data-label="Verksamhet">{r.unit}</td>
          {/* "Rusta och matcha 2" on one line on a laptop, not four (issue #14). */}
          <td className="p-2 md:whitespace-nowrap" data-label="Tjänst">{r.service}</td>
          <td className="p-2 whitespace-nowrap" data-label="Startdatum">{r.start}</td>
          <td className="p-2 whitespace-nowrap" data-label="Slutdatum">{r.end}</td>
          <td className="p-2 break-words" data-label="Referens">{r.ref}</td>
        </tr>
      ))}
    </tbody>
  );
}
