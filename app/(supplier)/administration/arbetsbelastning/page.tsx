// The screen itself: features/assignments/pages/caseload-page.tsx.
import { CaseloadPage } from "@/features/assignments/pages/caseload-page";

export { metadata } from "@/features/assignments/pages/caseload-page";

export default CaseloadPage;
