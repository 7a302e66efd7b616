// The screen itself: features/planning/pages/planning-page.tsx.
import { PlanningPage } from "@/features/planning/pages/planning-page";

export { metadata } from "@/features/planning/pages/planning-page";

export default PlanningPage;
