// The screen itself: features/home/pages/start-page.tsx.
import { StartPage } from "@/features/home/pages/start-page";

export { metadata } from "@/features/home/pages/start-page";

export default StartPage;
