"use client";
// The rows of Beställningar from compact row data (texts the server wrote): the page's RSC
// payload then carries 25 small objects instead of 25 element trees with their class names.
import Link from "next/link";
import { ORDER_STATE_LABELS, ORDER_STATE_TONES, type OrderState } from "@/features/orders/order-labels";


export interface OrderRowView {
  id: string;
  number: string;
  participant: string;
  ref: string;
  unit: string;
  /** [start, end] of the delivery period, or a text in its place */
  delivery: [string, string] | string;
  periodNumber: number | null;
  amount: string;
  state: OrderState;
  /** "Kan faktureras från …" or "2 rader att fakturera" */
  stateNote: string | null;
  /** "2 dec. 2026 kl. 10:15" */
  created: string;
}

export function OrderRows({ rows }: { rows: OrderRowView[] }) {
  return (
    <tbody data-testid="order-rows">
      {rows.map((r) => (
        <tr key={r.id} className="border-t align-top">
          <td className="p-2 font-medium whitespace-nowrap">
            <Link prefetch={false} href={`/bestallningar/${r.id}`} className="text-af-accent underline">{r.number}</Link>
          </td>
          <td className="p-2" data-label="Deltagare">{r.participant}</td>
          <td className="p-2 break-words" data-label="Referens">{r.ref}</td>
          <td className="p-2" data-label="Verksamhet">{r.unit}</td>
          <td className="p-2" data-label="Leveransperiod">
            {typeof r.delivery === "string" ? r.delivery : (
              <>
                <span className="whitespace-nowrap">{r.delivery[0]} –</span> <span className="whitespace-nowrap">{r.delivery[1]}</span>
              </>
            )}
            {r.periodNumber ? <span className="block text-gray-700">Period {r.periodNumber}</span> : null}
          </td>
          <td className="p-2 whitespace-nowrap md:text-right" data-label="Belopp">{r.amount}</td>
          <td className="p-2" data-label="Status">
            <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${ORDER_STATE_TONES[r.state]}`}>{ORDER_STATE_LABELS[r.state]}</span>
            {r.stateNote ? <span className="block text-sm">{r.stateNote}</span> : null}
          </td>
          <td className="p-2" data-label="Inkom">
            {/* Date and time on their own lines where the table is narrow, never broken inside. */}
            <DateAndTime text={r.created} />
          </td>
        </tr>
      ))}
    </tbody>
  );
}

/** "2 dec. 2026 kl. 10:15" that may wrap before "kl." but never inside the date or the time. */
function DateAndTime({ text }: { text: string }) {
  const [date, time] = text.split(" kl. ");
  return (
    <>
      <span className="whitespace-nowrap">{date}</span>
      {time ? <> <span className="whitespace-nowrap">kl. {time}</span></> : null}
    </>
  );
}
