// The screen itself: features/decisions/pages/decision-list-page.tsx.
import { DecisionListPage } from "@/features/decisions/pages/decision-list-page";

export { metadata } from "@/features/decisions/pages/decision-list-page";

export default DecisionListPage;
