// GET /bestallningar/<id>/order.xml: the order as PEPPOL BIS Order (UBL 2.1) XML.
import { orderXmlFor } from "@/features/orders/order-files";
import { staffXmlDownload } from "@/lib/http/route";

export const dynamic = "force-dynamic";
export const GET = staffXmlDownload("seeOrders", orderXmlFor, "Beställningen finns inte.");
