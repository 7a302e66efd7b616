// The screen itself: features/participant-reports/pages/participant-reports-page.tsx.
import { ParticipantReportsPage } from "@/features/participant-reports/pages/participant-reports-page";

export { metadata } from "@/features/participant-reports/pages/participant-reports-page";

export default ParticipantReportsPage;
