// The screen itself: features/orders/pages/orders-page.tsx.
import { OrdersPage } from "@/features/orders/pages/orders-page";

export { metadata } from "@/features/orders/pages/orders-page";

export default OrdersPage;
