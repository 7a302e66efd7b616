import type { DecisionState } from "@/features/decisions/rules";

export const SERVICE_VERSION_LABELS = { ROM1: "Rusta och matcha", ROM2: "Rusta och matcha 2" } as const;

export const EVENT_LABELS: Record<string, string> = {
  DECISION_CREATED: "Nytt avrop (beslut)",
  INTERRUPTION_REGISTERED: "Avbrott registrerat",
  INTERRUPTION_WITHDRAWN: "Avbrott återkallat",
  PERIOD_GRANTED: "Ny period beviljad",
  PERIOD_END_CHANGED: "Avropsperiod ändrad",
  HANDLEDARE_ASSIGNED: "Handledare tilldelad",
  REPORT_OUTCOME: "Beslut om planering eller rapport",
  WORK_PLACEMENT_REGISTERED: "Praktik registrerad",
};

export const STATE_TONES: Record<DecisionState, string> = {
  new: "bg-amber-100 text-amber-900 border border-amber-800",
  active: "bg-green-100 text-green-900 border border-green-800",
  "planned-interruption": "bg-amber-100 text-amber-900 border border-amber-800",
  interrupted: "bg-red-100 text-red-900 border border-red-800",
  "period-ended": "bg-gray-100 text-gray-900 border border-gray-700",
  completed: "bg-gray-100 text-gray-900 border border-gray-700",
};
