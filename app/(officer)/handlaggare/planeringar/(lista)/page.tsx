// The screen itself: features/planning/pages/planning-queue-page.tsx.
import { PlanningQueuePage } from "@/features/planning/pages/planning-queue-page";

export { metadata } from "@/features/planning/pages/planning-queue-page";

export default PlanningQueuePage;
