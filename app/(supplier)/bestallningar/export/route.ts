// GET /bestallningar/export?namn=…&ref=…&status=…&manad=YYYY-MM&artikel=…&sort=…&dir=…
// The CSV export of the order list with the list's filters: one row per order line, UTF-8
// with a byte order mark, semicolons, no personal identity numbers. Plain-text answers
// otherwise: 401 without a session, 403 for those who may not see orders.
// The handler: features/orders/order-list-download.ts.
import { staffRoute } from "@/lib/http/route";
import { orderListDownload } from "@/features/orders/order-list-download";

export const dynamic = "force-dynamic";

export const GET = staffRoute("seeOrders", orderListDownload);
