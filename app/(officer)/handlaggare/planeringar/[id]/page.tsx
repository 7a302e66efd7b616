// The screen itself: features/planning/pages/officer-planning-page.tsx.
import { OfficerPlanningPage } from "@/features/planning/pages/officer-planning-page";

export { metadata } from "@/features/planning/pages/officer-planning-page";

export default OfficerPlanningPage;
