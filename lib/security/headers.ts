// The portal's security headers, one pure function per request so that tests can check them.
// Scripts run only with the request's nonce (Next.js puts it on its own scripts when it sees
// the policy on the request); no 'unsafe-inline' for scripts. Styles allow inline attributes,
// which React's style props use.
export function contentSecurityPolicy(nonce: string, opts: { https: boolean; development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * A server action posted from another site is refused with 403. The expected host is the
 * request's own Host, or the public URL's; X-Forwarded-Host counts only behind a trusted proxy.
 */
export function actionOriginAllowed(input: { origin: string | null; host: string | null; forwardedHost: string | null; publicUrl: string | undefined; trustProxy: boolean }): boolean {
  if (!input.origin) return false;
  let originHost: string;
  try {
    originHost = new URL(input.origin).host;
  } catch {
    return false;
  }
  const allowed = new Set<string>();
  if (input.host) allowed.add(input.host);
  if (input.trustProxy && input.forwardedHost) allowed.add(input.forwardedHost.split(",")[0].trim());
  if (input.publicUrl) {
    try {
      allowed.add(new URL(input.publicUrl).host);
    } catch {}
  }
  return allowed.has(originHost);
}
