// The wrappers every route handler under app/ is made with (tests/architecture.test.ts checks
// it): a signed-in staff member with a named capability, or an explicitly named public entry.
// The public API's routes are made with apiRoute (lib/api/route.ts).
//
// Plain-text answers: 401 without a session, 403 before an organisation is chosen, 403 without
// the capability (or 404 where asked, so ids cannot be probed), 404 for a NotFoundError.
import "server-only";
import { getActorState } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { can, type Capability } from "@/lib/authz/capabilities";
import type { StaffActor } from "@/lib/authz/permissions";

export function plainResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

type RouteContext<P> = { params: Promise<P> };

export interface StaffRouteOptions {
  /** How a staff member without the capability (or an officer) is answered; default 403. */
  denied?: "forbidden" | "not-found";
  /** The 404 message (a NotFoundError, or denied: "not-found"). */
  notFoundMessage?: string;
}

/** A route handler for a signed-in staff member who holds `capability` somewhere. */
export function staffRoute<P = Record<string, string>>(
  capability: Capability,
  handler: (actor: StaffActor, request: Request, context: RouteContext<P>) => Promise<Response>,
  options: StaffRouteOptions = {},
) {
  const notFound = () => plainResponse(404, options.notFoundMessage ?? "Hittades inte.");
  return async function route(request: Request, context?: RouteContext<P>): Promise<Response> {
    const state = await getActorState();
    if (state.status === "none") return plainResponse(401, "Du är inte inloggad.");
    if (state.status === "choose-supplier") return plainResponse(403, "Välj först vilken organisation du arbetar för.");
    const actor = state.actor;
    if (actor.kind !== "staff" || !can(actor, capability)) {
      return options.denied === "not-found" ? notFound() : plainResponse(403, "Du saknar behörighet för detta.");
    }
    try {
      return await handler(actor, request, context ?? { params: Promise.resolve({} as P) });
    } catch (err) {
      if (err instanceof NotFoundError) return notFound();
      throw err;
    }
  };
}

/** A PEPPOL file for a staff member with `capability`: 404 for what they may not see (or does not exist). */
export function staffXmlDownload(
  capability: Capability,
  load: (actor: StaffActor, id: string) => Promise<{ filename: string; xml: string }>,
  notFoundMessage: string,
) {
  return staffRoute<{ id: string }>(
    capability,
    async (actor, _request, { params }) => {
      const { filename, xml } = await load(actor, (await params).id);
      return new Response(xml, {
        status: 200,
        headers: { "Content-Type": "application/xml; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
      });
    },
    { denied: "not-found", notFoundMessage },
  );
}

/** The route handlers that need no session, each by name. */
export type PublicRoute = "sign-in" | "openapi-document";

/** Marks a route handler as public on purpose: it checks its own credential, or needs none. */
export function publicRoute<H extends (...args: never[]) => unknown>(_entry: PublicRoute, handler: H): H {
  return handler;
}
