// The screen itself: features/assignments/pages/new-participants-page.tsx.
import { NewParticipantsPage } from "@/features/assignments/pages/new-participants-page";

export { metadata } from "@/features/assignments/pages/new-participants-page";

export default NewParticipantsPage;
