// A month that is not a month (2099-13, 2026-1) is answered with HTTP status 404 here, before
// the month's loading state streams (the page checks the rest: the placement's own months).
import { notFound } from "next/navigation";
import { isMonthStart } from "@/features/periodic-reports/rules";

export default async function ReportMonthLayout({ children, params }: { children: React.ReactNode; params: Promise<{ month: string }> }) {
  const { month } = await params;
  if (!/^\d{4}-\d{2}$/.test(month) || !isMonthStart(`${month}-01`)) notFound();
  return children;
}
