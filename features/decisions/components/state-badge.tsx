import { DECISION_STATE_LABELS, type DecisionState } from "@/features/decisions/rules";
import { STATE_TONES } from "@/features/decisions/labels";

export function StateBadge({ state }: { state: DecisionState }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${STATE_TONES[state]}`}>{DECISION_STATE_LABELS[state]}</span>;
}
