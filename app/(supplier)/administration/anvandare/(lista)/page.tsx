// The screen itself: features/staff/pages/staff-list-page.tsx.
import { StaffListPage } from "@/features/staff/pages/staff-list-page";

export { metadata } from "@/features/staff/pages/staff-list-page";

export default StaffListPage;
