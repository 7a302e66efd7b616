"use client";
// The cards of Nya deltagare from compact card data (texts the server wrote): the page's RSC
// payload then carries 25 small objects instead of 25 element trees with their class names.
import Link from "next/link";
import type { DeadlineState } from "@/features/assignments/assignment-deadline";
import { DeadlineBadge } from "@/features/assignments/components/deadline-badge";

export interface NewParticipantCardView {
  id: string;
  name: string;
  daysLeft: number;
  deadlineState: DeadlineState;
  /** "Ny period (nuvarande handledare: …)", or null for a new placement */
  newPeriod: string | null;
  service: string;
  level: string;
  start: string;
  end: string;
  deadline: string;
  support: string;
  address: string;
}

export function NewParticipantCards({ cards, ticked = [] }: { cards: NewParticipantCardView[]; ticked?: string[] }) {
  const tick = new Set(ticked);
  return (
    <ul className="grid gap-3 md:grid-cols-2" data-testid="new-participants">
      {cards.map((p) => (
        <li key={p.id} className="rounded bg-white p-4 shadow">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="flex items-center gap-2">
              <input id={`d-${p.id}`} type="checkbox" name="d" value={p.id} defaultChecked={tick.has(p.id)} className="h-5 w-5" />
              <label htmlFor={`d-${p.id}`} className="text-lg font-semibold">
                <span className="sr-only">Välj </span>{p.name}
              </label>
            </div>
            <DeadlineBadge daysLeft={p.daysLeft} state={p.deadlineState} />
          </div>
          {p.newPeriod ? <p className="font-semibold text-af-blue">{p.newPeriod}</p> : null}
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
            <dt className="font-medium">Tjänst</dt>
            <dd>{p.service}</dd>
            <dt className="font-medium">Nivå</dt>
            <dd>{p.level}</dd>
            <dt className="font-medium">Startdatum</dt>
            <dd>{p.start}</dd>
            <dt className="font-medium">Slutdatum</dt>
            <dd>{p.end}</dd>
            <dt className="font-medium">Sista dag för handledare</dt>
            <dd>{p.deadline}</dd>
            <dt className="font-medium">Språkstöd/Tolk</dt>
            <dd>{p.support}</dd>
            <dt className="font-medium">Utförande adress</dt>
            <dd>{p.address}</dd>
          </dl>
          <p className="mt-2 text-sm">
            <Link prefetch={false} href={`/deltagare/${p.id}`} className="text-af-accent underline">Visa deltagaren<span className="sr-only"> {p.name}</span></Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
