// The next periodic report a participant's supplier must send (for the deadline view).
import { db } from "@/lib/db";
import { toIsoDate } from "@/features/decisions/periods";
import { reportMonths, type ReportMonth, type ServiceFacts } from "./rules";

export async function nextReportDue(decisionId: string, facts: ServiceFacts, today: string): Promise<ReportMonth | null> {
  const submitted = await db.periodicReport.findMany({ where: { decisionId, submittedAt: { not: null } }, select: { month: true } });
  return reportMonths(facts, today, submitted.map((r) => toIsoDate(r.month))).find((m) => m.state === "due" || m.state === "overdue") ?? null;
}
