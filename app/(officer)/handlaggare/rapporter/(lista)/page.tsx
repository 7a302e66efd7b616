// The screen itself: features/participant-reports/pages/report-queue-page.tsx.
import { ReportQueuePage } from "@/features/participant-reports/pages/report-queue-page";

export { metadata } from "@/features/participant-reports/pages/report-queue-page";

export default ReportQueuePage;
