// The screen itself: features/participants/pages/participant-card-page.tsx.
import { ParticipantCardPage } from "@/features/participants/pages/participant-card-page";

export { generateMetadata } from "@/features/participants/pages/participant-card-page";

export default ParticipantCardPage;
