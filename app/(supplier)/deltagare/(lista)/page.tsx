// The screen itself: features/participants/pages/participant-list-page.tsx.
import { ParticipantListPage } from "@/features/participants/pages/participant-list-page";

export { metadata } from "@/features/participants/pages/participant-list-page";

export default ParticipantListPage;
