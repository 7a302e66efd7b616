// The screen itself: features/orders/pages/price-list-page.tsx.
import { PriceListPage } from "@/features/orders/pages/price-list-page";

export { metadata } from "@/features/orders/pages/price-list-page";

export default PriceListPage;
