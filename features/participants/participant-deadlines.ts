// The deadline view of one participant: what is due when. Pure; `today` is given.
import { assignmentDeadline } from "@/features/assignments/assignment-deadline";
import { nextFollowUpDue } from "@/features/decisions/rules";
import { daysBetween } from "@/features/decisions/periods";
import { formatDate } from "@/lib/format";

export type DueState = "done" | "done-late" | "ok" | "due-soon" | "overdue" | "missing";

export interface DueItem {
  key: "assignment" | "first-meeting" | "follow-up" | "report" | "period-end";
  label: string;
  date: string | null;
  state: DueState;
  note?: string;
}

export interface DeadlineFacts {
  /** the date the ten days count from (the decision, or the grant of period 2) */
  countedFrom: string;
  hasHandledare: boolean;
  /** the Swedish date the handledare was assigned (period 2: confirmed) for the current period */
  assignedOn?: string | null;
  serviceStart: string;
  periodEnd: string;
  firstMeetingDate: string | null;
  meetings: string[];
  ongoing: boolean;
  /** the next periodic report to send, if any (see features/periodic-reports/rules.ts) */
  nextReport?: { monthLabel: string; dueBy: string; overdue: boolean } | null;
}

function stateFor(date: string, today: string): DueState {
  const left = daysBetween(today, date);
  return left < 0 ? "overdue" : left <= 2 ? "due-soon" : "ok";
}

export function participantDeadlines(f: DeadlineFacts, today: string): DueItem[] {
  const items: DueItem[] = [];
  const assignBy = assignmentDeadline(f.countedFrom);
  if (!f.hasHandledare) items.push({ key: "assignment", label: "Tilldela handledare", date: assignBy, state: stateFor(assignBy, today) });
  else if (f.assignedOn && f.assignedOn > assignBy) {
    // Done, but after the deadline: say so instead of a green "Klart".
    const late = daysBetween(assignBy, f.assignedOn);
    items.push({ key: "assignment", label: "Tilldela handledare", date: assignBy, state: "done-late", note: `klart ${formatDate(f.assignedOn)}, ${late} ${late === 1 ? "dag" : "dagar"} för sent` });
  } else items.push({ key: "assignment", label: "Tilldela handledare", date: assignBy, state: "done" });
  items.push(
    f.firstMeetingDate
      ? { key: "first-meeting", label: "Första möte", date: f.firstMeetingDate, state: f.firstMeetingDate < today ? "done" : "ok", note: "bokat" }
      : { key: "first-meeting", label: "Första möte", date: null, state: f.hasHandledare ? "missing" : "ok", note: "inte bokat" },
  );
  if (f.ongoing) {
    const last = [...f.meetings].sort().at(-1) ?? null;
    const due = nextFollowUpDue(last, f.serviceStart);
    items.push({ key: "follow-up", label: "Nästa uppföljning (minst var fjortonde dag)", date: due, state: stateFor(due, today), note: last ? `senaste möte ${formatDate(last)}` : "inget möte registrerat" });
  }
  if (f.nextReport) {
    items.push({ key: "report", label: `Periodisk redovisning, ${f.nextReport.monthLabel}`, date: f.nextReport.dueBy, state: f.nextReport.overdue ? "overdue" : stateFor(f.nextReport.dueBy, today) });
  }
  items.push({ key: "period-end", label: "Periodens slut", date: f.periodEnd, state: f.periodEnd < today ? "done" : "ok" });
  return items;
}
