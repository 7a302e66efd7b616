// The screen itself: features/decisions/pages/officer-decision-page.tsx.
import { OfficerDecisionPage } from "@/features/decisions/pages/officer-decision-page";

export { metadata } from "@/features/decisions/pages/officer-decision-page";

export default OfficerDecisionPage;
