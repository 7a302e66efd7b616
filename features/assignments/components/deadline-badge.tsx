import type { DeadlineState } from "@/features/assignments/assignment-deadline";

export function DeadlineBadge({ daysLeft, state }: { daysLeft: number; state: DeadlineState }) {
  const text =
    state === "overdue"
      ? `Försenad ${-daysLeft} ${-daysLeft === 1 ? "dag" : "dagar"}`
      : state === "due-today"
        ? "Sista dagen idag"
        : `${daysLeft} ${daysLeft === 1 ? "dag" : "dagar"} kvar`;
  const tone =
    state === "overdue" ? "bg-red-800 text-white" : state === "due-today" || state === "due-soon" ? "bg-amber-100 text-amber-900 border border-amber-800" : "bg-gray-100 text-gray-900";
  return <span className={`rounded px-2 py-1 text-sm font-semibold ${tone}`}>{text}</span>;
}
