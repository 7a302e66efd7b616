// The screen itself: features/welcome-letters/pages/welcome-letter-page.tsx.
import { WelcomeLetterPage } from "@/features/welcome-letters/pages/welcome-letter-page";

export { metadata } from "@/features/welcome-letters/pages/welcome-letter-page";

export default WelcomeLetterPage;
