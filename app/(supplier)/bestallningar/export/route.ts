// GET /bestallningar/export?namn=…&ref=…&status=…&manad=YYYY-MM&artikel=…&sort=…&dir=…
// The CSV export of the order list with the list's filters: one row per order line, UTF-8
// with a byte order mark, semicolons, no personal identity numbers. Plain-text answers
// otherwise: 401 without a session, 403 for those who may not see orders.
import { getActorState } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { today } from "@/lib/clock";
import { orderListQuery, ordersCsv } from "@/lib/orders/queries";

export const dynamic = "force-dynamic";

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(request: Request): Promise<Response> {
  const state = await getActorState();
  if (state.status === "none") return plain(401, "Du är inte inloggad.");
  if (state.status === "choose-supplier") return plain(403, "Välj först vilken organisation du arbetar för.");
  if (!can(state.actor, "manageStaff") && !can(state.actor, "reportOnParticipants")) return plain(403, "Du saknar behörighet för detta.");

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
  const csv = await ordersCsv(state.actor, query);
  return new Response(new TextEncoder().encode(csv), {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bestallningar-${today()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
