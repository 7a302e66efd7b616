// A file download for a signed-in user: 401 without a session, 403 before an organisation is
// chosen, 404 for what the user may not see (or what does not exist), the file otherwise.
import "server-only";
import { getActorState } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import type { Actor } from "@/lib/authz/permissions";

export function plainResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export function sessionXmlDownload(load: (actor: Actor, id: string) => Promise<{ filename: string; xml: string }>, notFoundMessage: string) {
  return async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
    const state = await getActorState();
    if (state.status === "none") return plainResponse(401, "Du är inte inloggad.");
    if (state.status === "choose-supplier") return plainResponse(403, "Välj först vilken organisation du arbetar för.");
    const { id } = await params;
    try {
      const { filename, xml } = await load(state.actor, id);
      return new Response(xml, {
        status: 200,
        headers: { "Content-Type": "application/xml; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
      });
    } catch (err) {
      if (err instanceof NotFoundError) return plainResponse(404, notFoundMessage);
      throw err;
    }
  };
}
