// Where a person goes after signing in: the page they asked for while signed out (issue #14).
// Only an address on the portal itself is accepted, so the login page cannot be used to send
// someone to another site (an open redirect).

/** The query parameter of /logga-in that carries the return address. */
export const RETURN_PARAM = "tillbaka";

/** The request header the proxy sets to the requested path (never taken from the client). */
export const REQUEST_PATH_HEADER = "x-portal-request-path";

const BASE = "http://portal.invalid";

/**
 * The path itself when `raw` is a same-origin relative path ("/deltagare/…?q=…"), else null:
 * no scheme or host ("http://…", "//evil", "/\\evil", which browsers read as "//evil"), no
 * control characters or white space, nothing that resolves elsewhere, and never back to the
 * sign-in pages or the API.
 */
export function safeReturnPath(raw: string | null | undefined): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return null;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return null;
  if (/[\u0000-\u0020\u007f-\u009f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  if (/^\/(logga-in|logga-ut|api|_next|valj-organisation)(\/|$)/.test(url.pathname)) return null;
  url.searchParams.delete("_rsc");
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, with the return address when there is a safe one. */
export function signInAddress(returnPath: string | null | undefined): string {
  const safe = safeReturnPath(returnPath);
  return safe && safe !== "/" ? `/logga-in?${RETURN_PARAM}=${encodeURIComponent(safe)}` : "/logga-in";
}

/** The choice of organisation, with the return address when there is a safe one. */
export function chooseOrganisationAddress(returnPath: string | null | undefined): string {
  const safe = safeReturnPath(returnPath);
  return safe && safe !== "/" ? `/valj-organisation?${RETURN_PARAM}=${encodeURIComponent(safe)}` : "/valj-organisation";
}
