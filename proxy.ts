// Runs before every page and route: a fresh CSP nonce per request, the other security
// headers, and server actions from another origin refused with 403 (Next.js would answer 500).
import { NextResponse, type NextRequest } from "next/server";
import { actionOriginAllowed, contentSecurityPolicy, HSTS, PERMISSIONS_POLICY } from "@/lib/security/headers";
import { REQUEST_PATH_HEADER } from "@/lib/auth/return-to";

const MAX_ACTION_BODY_BYTES = 1024 * 1024;

/** An address with a NUL byte or with percent-encoding that is not UTF-8 cannot name anything here. */
function badAddress(url: URL): boolean {
  const raw = url.pathname + url.search;
  if (/%00/i.test(raw)) return true;
  try {
    decodeURIComponent(url.pathname);
    for (const [k, v] of url.searchParams) if (/[\u0000]/.test(k + v) || !(k + v).isWellFormed()) return true;
    return false;
  } catch {
    return true;
  }
}

function refuse(request: NextRequest, status: number, sv: string, en: string) {
  if (request.nextUrl.pathname.startsWith("/api/v1")) {
    const code = status === 413 ? "payload_too_large" : "bad_request";
    return NextResponse.json({ type: `/api-dokumentation#fel-${code}`, title: en, status, code, detail_sv: sv, detail_en: en }, { status, headers: { "content-type": "application/problem+json" } });
  }
  return new NextResponse(sv, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export function proxy(request: NextRequest) {
  if (badAddress(request.nextUrl)) return refuse(request, 400, "Adressen innehåller ogiltiga tecken.", "The address contains invalid characters.");
  if (request.method === "POST" && request.headers.has("next-action") && Number(request.headers.get("content-length") ?? 0) > MAX_ACTION_BODY_BYTES) {
    return refuse(request, 413, "Det du skickade är för stort (högst 1 MB).", "The request body is too large.");
  }
  if (request.method === "POST" && request.headers.has("next-action")) {
    const allowed = actionOriginAllowed({
      origin: request.headers.get("origin"),
      host: request.headers.get("host"),
      forwardedHost: request.headers.get("x-forwarded-host"),
      publicUrl: process.env.NEXTAUTH_URL,
      trustProxy: process.env.TRUST_PROXY === "1",
    });
    if (!allowed) return new NextResponse("Förfrågan kom från en annan webbplats och avvisades.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  const csp = contentSecurityPolicy(nonce, { https, development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // The page asked for, so that a signed-out visit can return to it after signing in; set here
  // on every request, never taken from the client.
  requestHeaders.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
