// The screen itself: features/officer-review/pages/overview-page.tsx.
import { OfficerOverviewPage } from "@/features/officer-review/pages/overview-page";

export { metadata } from "@/features/officer-review/pages/overview-page";

export default OfficerOverviewPage;
