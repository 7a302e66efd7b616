// The screen itself: features/orders/pages/order-page.tsx.
import { OrderPage } from "@/features/orders/pages/order-page";

export { metadata } from "@/features/orders/pages/order-page";

export default OrderPage;
