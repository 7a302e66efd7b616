// The screen itself: features/participant-reports/pages/officer-report-page.tsx.
import { OfficerReportPage } from "@/features/participant-reports/pages/officer-report-page";

export { metadata } from "@/features/participant-reports/pages/officer-report-page";

export default OfficerReportPage;
