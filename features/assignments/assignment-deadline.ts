// The ten-day rule: within ten days of the decision a handledare must be assigned.
// Days are calendar days in Sweden: a decision on 1 May is due 11 May; on that day
// 0 days are left ("sista dagen idag"), the day after it is overdue.
import { addDays, differenceInCalendarDays, parseISO, format } from "date-fns";

export const ASSIGNMENT_DEADLINE_DAYS = 10;

export function assignmentDeadline(decidedOn: string): string {
  return format(addDays(parseISO(decidedOn), ASSIGNMENT_DEADLINE_DAYS), "yyyy-MM-dd");
}

export type DeadlineState = "ok" | "due-soon" | "due-today" | "overdue";

export function deadlineStatus(decidedOn: string, today: string): { daysLeft: number; state: DeadlineState } {
  const daysLeft = differenceInCalendarDays(parseISO(assignmentDeadline(decidedOn)), parseISO(today));
  const state: DeadlineState = daysLeft < 0 ? "overdue" : daysLeft === 0 ? "due-today" : daysLeft <= 2 ? "due-soon" : "ok";
  return { daysLeft, state };
}
