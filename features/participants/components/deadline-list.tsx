import type { DueItem } from "@/features/participants/participant-deadlines";
import { formatDate } from "@/lib/format";

const STATE_TEXT: Record<DueItem["state"], string> = { done: "Klart", "done-late": "Klart för sent", ok: "", "due-soon": "Snart", overdue: "Försenad", missing: "Saknas" };
const STATE_TONE: Record<DueItem["state"], string> = {
  done: "bg-green-100 text-green-900",
  "done-late": "bg-amber-100 text-amber-900",
  ok: "",
  "due-soon": "bg-amber-100 text-amber-900",
  overdue: "bg-red-800 text-white",
  missing: "bg-amber-100 text-amber-900",
};

export function DeadlineList({ items }: { items: DueItem[] }) {
  return (
    <ul className="space-y-2" data-testid="deadlines">
      {items.map((i) => (
        <li key={i.key} className="flex flex-wrap items-center justify-between gap-2 border-b pb-1">
          <span>
            <span className="font-medium">{i.label}</span>
            {i.note ? <span className="text-sm text-gray-700"> ({i.note})</span> : null}
          </span>
          <span className="flex items-center gap-2">
            {i.date ? <span>{formatDate(i.date)}</span> : null}
            {STATE_TEXT[i.state] ? <span className={`rounded px-2 text-sm font-semibold ${STATE_TONE[i.state]}`}>{STATE_TEXT[i.state]}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
