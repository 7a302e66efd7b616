// The screen itself: features/events/pages/events-page.tsx.
import { EventsPage } from "@/features/events/pages/events-page";

export { metadata } from "@/features/events/pages/events-page";

export default EventsPage;
