// GET /bestallningar/<id>/order.xml: the order as PEPPOL BIS Order (UBL 2.1) XML.
import { orderXmlFor } from "@/lib/orders/queries";
import { sessionXmlDownload } from "@/lib/http/session-download";

export const dynamic = "force-dynamic";
export const GET = sessionXmlDownload(orderXmlFor, "Beställningen finns inte.");
