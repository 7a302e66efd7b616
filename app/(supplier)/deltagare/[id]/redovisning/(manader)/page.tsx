// The screen itself: features/periodic-reports/pages/report-months-page.tsx.
import { ReportMonthsPage } from "@/features/periodic-reports/pages/report-months-page";

export { metadata } from "@/features/periodic-reports/pages/report-months-page";

export default ReportMonthsPage;
