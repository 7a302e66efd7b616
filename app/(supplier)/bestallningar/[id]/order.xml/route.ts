// GET /bestallningar/<id>/order.xml: the order as PEPPOL BIS Order (UBL 2.1) XML.
// 401 without a session, 404 for an order outside the user's scope (or none at all).
import { getActorState } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { orderXmlFor } from "@/lib/orders/queries";

export const dynamic = "force-dynamic";

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const state = await getActorState();
  if (state.status === "none") return plain(401, "Du är inte inloggad.");
  if (state.status === "choose-supplier") return plain(403, "Välj först vilken organisation du arbetar för.");
  const { id } = await params;
  try {
    const { filename, xml } = await orderXmlFor(state.actor, id);
    return new Response(xml, {
      status: 200,
      headers: { "Content-Type": "application/xml; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
    });
  } catch (err) {
    if (err instanceof NotFoundError) return plain(404, "Beställningen finns inte.");
    throw err;
  }
}
