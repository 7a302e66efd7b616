// The screen itself: features/periodic-reports/pages/officer-report-page.tsx.
import { OfficerReportPage } from "@/features/periodic-reports/pages/officer-report-page";

export { metadata } from "@/features/periodic-reports/pages/officer-report-page";

export default OfficerReportPage;
