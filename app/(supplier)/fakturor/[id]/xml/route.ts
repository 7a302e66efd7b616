// GET /fakturor/<id>/xml: an invoice as PEPPOL BIS Billing 3 Invoice XML, or a credit note as
// CreditNote XML (UBL 2.1).
import { invoiceXmlFor } from "@/features/orders/order-files";
import { staffXmlDownload } from "@/lib/http/route";

export const dynamic = "force-dynamic";
export const GET = staffXmlDownload("seeOrders", invoiceXmlFor, "Fakturan finns inte.");
