import { describe, expect, it } from "vitest";
import { actionOriginAllowed, contentSecurityPolicy } from "@/lib/security/headers";

describe("security headers", () => {
  it("allow scripts only with the request's nonce, never inline, and upgrade to https only when served over https", () => {
    const csp = contentSecurityPolicy("abc123", { https: false, development: false });
    const script = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(script).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("x", { https: true, development: false })).toContain("upgrade-insecure-requests");
  });

  it("refuse a server action from another origin, and trust X-Forwarded-Host only behind a trusted proxy", () => {
    const base = { host: "portal.example", forwardedHost: null, publicUrl: "https://portal.example", trustProxy: false };
    expect(actionOriginAllowed({ ...base, origin: "https://portal.example" })).toBe(true);
    expect(actionOriginAllowed({ ...base, origin: "https://evil.example" })).toBe(false);
    expect(actionOriginAllowed({ ...base, origin: null })).toBe(false);
    expect(actionOriginAllowed({ ...base, origin: "not a url" })).toBe(false);
    expect(actionOriginAllowed({ ...base, host: "internal:3000", origin: "https://evil.example", forwardedHost: "evil.example" })).toBe(false);
    expect(actionOriginAllowed({ ...base, host: "internal:3000", publicUrl: undefined, origin: "https://lb.example", forwardedHost: "lb.example", trustProxy: true })).toBe(true);
  });
});
