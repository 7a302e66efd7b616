// The screen itself: features/suppliers/pages/supplier-list-page.tsx.
import { SupplierListPage } from "@/features/suppliers/pages/supplier-list-page";

export { metadata } from "@/features/suppliers/pages/supplier-list-page";

export default SupplierListPage;
