// The screen itself: features/participant-reports/pages/new-report-page.tsx.
import { NewReportPage } from "@/features/participant-reports/pages/new-report-page";

export { metadata } from "@/features/participant-reports/pages/new-report-page";

export default NewReportPage;
