// The screen itself: features/staff/pages/staff-member-page.tsx.
import { StaffMemberPage } from "@/features/staff/pages/staff-member-page";

export { metadata } from "@/features/staff/pages/staff-member-page";

export default StaffMemberPage;
