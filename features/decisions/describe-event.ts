// Swedish descriptions of a participant's events: the effect and the reason. Shared by the
// participant's event log and the events feed (Händelser). Tolerates event types it does not
// know (a newer type read by an older deployment): they get no effect and a generic label.
import { formatDate } from "@/lib/format";
import { INTERRUPTION_REASON_LABELS } from "@/features/decisions/schemas";
import { reportOutcomeEffect } from "@/features/participant-reports/labels";
import { EVENT_LABELS } from "./labels";

/** The label of an event type; an unknown type gets a generic one. */
export function eventLabel(type: string): string {
  return EVENT_LABELS[type] ?? "Övrig händelse";
}

export function effect(type: string, data: Record<string, unknown>): string {
  const d = (k: string) => (typeof data[k] === "string" ? formatDate(data[k] as string) : "");
  switch (type) {
    case "DECISION_CREATED":
      return `Period 1: ${d("startDate")} – ${d("endDate")}, nivå ${String(data.level ?? "")}`;
    case "INTERRUPTION_REGISTERED":
      return `${data.planned ? "Planerat avbrott" : "Avbrott"} från ${d("date")}`;
    case "INTERRUPTION_WITHDRAWN":
      return `Avbrottet ${d("date")} gäller inte`;
    case "PERIOD_GRANTED":
      return `Period ${String(data.number)}: ${d("startDate")} – ${d("endDate")}`;
    case "PERIOD_END_CHANGED":
      return `Nytt slutdatum ${d("endDate")} (tidigare ${d("previousEndDate")})`;
    case "REPORT_OUTCOME":
      return reportOutcomeEffect(data);
    case "WORK_PLACEMENT_REGISTERED":
      return `Praktik hos ${typeof data.employer === "string" ? data.employer : "arbetsgivare"}: ${d("startDate")} – ${d("endDate")}`;
    case "HANDLEDARE_ASSIGNED":
      return typeof data.handledareName === "string" && data.handledareName
        ? `Handledare: ${data.handledareName}${typeof data.previousName === "string" && data.previousName ? ` (tidigare ${data.previousName})` : ""}`
        : "";
    default:
      return "";
  }
}

export function reason(data: Record<string, unknown>, type?: string): string {
  const r = data.reason;
  if (typeof r !== "string" || !r) return "";
  // An officer's reason for a rejection is free text; interruption reasons are codes.
  if (type === "REPORT_OUTCOME") return r;
  return INTERRUPTION_REASON_LABELS[r as keyof typeof INTERRUPTION_REASON_LABELS] ?? "";
}
