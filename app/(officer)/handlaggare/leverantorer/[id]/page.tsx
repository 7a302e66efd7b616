// The screen itself: features/suppliers/pages/supplier-page.tsx.
import { SupplierPage } from "@/features/suppliers/pages/supplier-page";

export { metadata } from "@/features/suppliers/pages/supplier-page";

export default SupplierPage;
