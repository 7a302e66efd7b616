// GET /bestallningar/export?namn=…&ref=…&status=…&manad=YYYY-MM&artikel=…&sort=…&dir=…
// The CSV export of the order list with the list's filters: one row per order line, UTF-8
// with a byte order mark, semicolons, no personal identity numbers. Plain-text answers
// otherwise: 401 without a session, 403 for those who may not see orders.
// The route (app/(supplier)/bestallningar/export/route.ts) makes it with staffRoute("seeOrders"), which answers 401 and 403.
import { today } from "@/lib/clock";
import { orderListQuery, ordersCsv } from "@/features/orders/order-list";
import type { StaffActor } from "@/lib/authz/permissions";

export async function orderListDownload(actor: StaffActor, request: Request): Promise<Response> {
  const sp = new URL(request.url).searchParams;
  const query = orderListQuery.parse({
    name: sp.get("namn") ?? undefined,
    ref: sp.get("ref") ?? undefined,
    state: sp.get("status") ?? undefined,
    month: sp.get("manad") ?? undefined,
    article: sp.get("artikel") ?? undefined,
    sort: sp.get("sort") ?? undefined,
    dir: sp.get("dir") ?? undefined,
  });
  const csv = await ordersCsv(actor, query);
  return new Response(new TextEncoder().encode(csv), {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bestallningar-${today()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
