"use client";
// The officer's decision list rows from compact row data (texts the server wrote): the page's
// RSC payload then carries 25 small objects instead of 25 element trees with their class names.
import Link from "next/link";
import { StateBadge } from "@/features/decisions/components/state-badge";
import type { DecisionState } from "@/features/decisions/rules";

export interface DecisionRowView {
  id: string;
  name: string;
  ref: string;
  supplier: string;
  unit: string;
  level: string;
  start: string;
  end: string;
  state: DecisionState;
}

export function DecisionRows({ rows }: { rows: DecisionRowView[] }) {
  return (
    <tbody data-testid="decision-rows">
      {rows.map((r) => (
        <tr key={r.id} className="border-t align-top">
          <td data-label="Namn" className="p-2"><Link prefetch={false} href={`/handlaggare/beslut/${r.id}`} className="font-medium text-af-accent underline">{r.name}</Link></td>
          <td data-label="Genomförande­referens" className="p-2">{r.ref}</td>
          <td data-label="Leverantör / verksamhet" className="p-2">{r.supplier}<br /><span className="text-gray-700">{r.unit}</span></td>
          <td data-label="Nivå" className="p-2">{r.level}</td>
          <td data-label="Start" className="p-2 md:whitespace-nowrap">{r.start}</td>
          <td data-label="Slut" className="p-2 md:whitespace-nowrap">{r.end}</td>
          <td data-label="Status" className="p-2"><StateBadge state={r.state} /></td>
        </tr>
      ))}
    </tbody>
  );
}
