// The screen itself: features/periodic-reports/pages/report-month-page.tsx.
import { ReportMonthPage } from "@/features/periodic-reports/pages/report-month-page";

export { metadata } from "@/features/periodic-reports/pages/report-month-page";

export default ReportMonthPage;
