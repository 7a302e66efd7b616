// Pure parts of the API: token expiry and status, token format, idempotency keys and
// fingerprints, the rate limit's setting, cursors, and the mapping of errors to problems.
import { describe, expect, it, vi } from "vitest";
import { createHash } from "node:crypto";
import { z } from "@/lib/validation/zod";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import { apiTokenStatus, checkTokenExpiry, createApiTokenInput, latestExpiry } from "@/lib/api/token-schemas";
import { expiryInstant, hashApiToken, newTokenSecret } from "@/features/api-tokens/service";
import { bearerToken } from "@/lib/api/auth";
import { canonicalJson, derivedUuid, isValidIdempotencyKey, recordKey, requestFingerprint } from "@/lib/api/idempotency";
import { DEFAULT_RATE_LIMIT_PER_MINUTE, rateLimitHeaders, rateLimitPerMinute, windowStartOf } from "@/lib/api/rate-limit";
import { decodeCursor, encodeCursor, pageOf } from "@/lib/api/pagination";
import { problemFrom } from "@/lib/api/problem";

describe("token expiry", () => {
  it("must lie after today and at most 366 days ahead", () => {
    expect(checkTokenExpiry("2026-06-05", "2026-06-05")).toMatch(/efter i dag/);
    expect(checkTokenExpiry("2026-06-04", "2026-06-05")).toMatch(/efter i dag/);
    expect(checkTokenExpiry("2026-06-06", "2026-06-05")).toBeNull();
    expect(checkTokenExpiry("2027-06-06", "2026-06-05")).toBeNull();
    expect(checkTokenExpiry("2027-06-07", "2026-06-05")).toMatch(/366 dagar.*6 juni 2027/);
    expect(latestExpiry("2027-12-31")).toBe("2028-12-31");
  });

  it("ends at the Swedish midnight after the last day (summer and winter time)", () => {
    expect(expiryInstant("2026-07-15").toISOString()).toBe("2026-07-15T22:00:00.000Z");
    expect(expiryInstant("2026-12-31").toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(expiryInstant("2026-03-28").toISOString()).toBe("2026-03-28T23:00:00.000Z");
  });

  it("status: revoked before expired before an inactive creator", () => {
    const now = new Date("2026-06-05T10:00:00Z");
    const later = new Date("2026-07-01T00:00:00Z");
    expect(apiTokenStatus({ revokedAt: null, expiresAt: later, creatorActive: true }, now)).toBe("active");
    expect(apiTokenStatus({ revokedAt: null, expiresAt: now, creatorActive: true }, now)).toBe("expired");
    expect(apiTokenStatus({ revokedAt: now, expiresAt: now, creatorActive: false }, now)).toBe("revoked");
    expect(apiTokenStatus({ revokedAt: null, expiresAt: later, creatorActive: false }, now)).toBe("creator-inactive");
  });
});

describe("the token form's schema", () => {
  const base = { name: "System", unitScope: "SELECTED", expiresAt: "2026-09-01" };
  const unit = "2f1d3c9e-5b8a-4c1d-9e2f-3a4b5c6d7e8f";

  it("takes a single checkbox's string, or false for none, as a list", () => {
    expect(createApiTokenInput.parse({ ...base, permissions: "REPORTING", unitIds: unit })).toMatchObject({ permissions: ["REPORTING"], unitIds: [unit] });
    const none = createApiTokenInput.safeParse({ ...base, permissions: false, unitIds: false });
    expect(none.success).toBe(false);
    expect(none.error!.issues.map((i) => i.path.join("."))).toEqual(["permissions", "unitIds"]);
  });

  it("never accepts administration, and checks the name and date", () => {
    expect(createApiTokenInput.safeParse({ ...base, permissions: ["ADMINISTER_PERMISSIONS"], unitIds: [unit] }).success).toBe(false);
    expect(createApiTokenInput.safeParse({ ...base, name: " x ", permissions: ["REPORTING"], unitIds: [unit] }).error!.issues[0].path).toEqual(["name"]);
    expect(createApiTokenInput.safeParse({ ...base, expiresAt: "2026-02-30", permissions: ["REPORTING"], unitIds: [unit] }).error!.issues[0].path).toEqual(["expiresAt"]);
    expect(createApiTokenInput.safeParse({ ...base, unitScope: "ALL", permissions: ["REPORTING"], unitIds: [] }).success).toBe(true);
  });
});

describe("token secrets", () => {
  it("msfa_<8>_<32 base64url>, different every time, hashed with sha256", () => {
    const a = newTokenSecret();
    const b = newTokenSecret();
    expect(a.secret).toMatch(/^msfa_[a-z2-9]{8}_[A-Za-z0-9_-]{32}$/);
    expect(a.prefix).toBe(a.secret.slice(0, 13));
    expect(a.secret).not.toBe(b.secret);
    expect(hashApiToken(a.secret)).toBe(createHash("sha256").update(a.secret).digest("hex"));
  });

  it("reads the Bearer header", () => {
    const req = (v?: string) => new Request("http://x/", { headers: v === undefined ? {} : { Authorization: v } });
    expect(bearerToken(req())).toBeNull();
    expect(bearerToken(req("Bearer msfa_a_b"))).toBe("msfa_a_b");
    expect(bearerToken(req("bearer   msfa_a_b  "))).toBe("msfa_a_b");
    expect(bearerToken(req("Basic dXNlcjpwdw=="))).toBe("");
    expect(bearerToken(req("Bearer two words"))).toBe("");
  });
});

describe("idempotency", () => {
  const token = "7d3f1f4e-1b2c-4d5e-8f90-123456789abc";

  it("derives a valid, stable UUID per token and key", () => {
    const u = derivedUuid(token, "key-1");
    expect(z.uuid().safeParse(u).success).toBe(true);
    expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedUuid(token, "key-1")).toBe(u);
    expect(derivedUuid(token, "key-2")).not.toBe(u);
    expect(derivedUuid("00000000-0000-4000-8000-000000000000", "key-1")).not.toBe(u);
    expect(recordKey(token, "key-1")).toMatch(new RegExp(`^api:${token}:[0-9a-f]{64}$`));
  });

  it("accepts 1–255 visible ASCII characters", () => {
    expect(isValidIdempotencyKey("a")).toBe(true);
    expect(isValidIdempotencyKey("x".repeat(255))).toBe(true);
    for (const bad of [null, "", "x".repeat(256), "a b", "å", "tab\t"]) expect(isValidIdempotencyKey(bad)).toBe(false);
  });

  it("fingerprints requests regardless of key order, but not of values or paths", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }], u: undefined })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    const f = requestFingerprint("POST", "/api/v1/x", { a: 1, b: 2 });
    expect(requestFingerprint("POST", "/api/v1/x", { b: 2, a: 1 })).toBe(f);
    expect(requestFingerprint("POST", "/api/v1/x", { a: 1, b: 3 })).not.toBe(f);
    expect(requestFingerprint("POST", "/api/v1/y", { a: 1, b: 2 })).not.toBe(f);
  });
});

describe("rate limit setting", () => {
  it("API_RATE_LIMIT_PER_MINUTE, default 120, bad values ignored", () => {
    expect(rateLimitPerMinute({})).toBe(DEFAULT_RATE_LIMIT_PER_MINUTE);
    expect(DEFAULT_RATE_LIMIT_PER_MINUTE).toBe(120);
    expect(rateLimitPerMinute({ API_RATE_LIMIT_PER_MINUTE: "600" })).toBe(600);
    for (const bad of ["", "0", "-5", "1.5", "many"]) expect(rateLimitPerMinute({ API_RATE_LIMIT_PER_MINUTE: bad })).toBe(120);
  });

  it("windows start on the whole minute; headers say what is left", () => {
    expect(windowStartOf(new Date("2026-06-05T10:00:59.999Z")).toISOString()).toBe("2026-06-05T10:00:00.000Z");
    expect(rateLimitHeaders({ allowed: true, limit: 120, remaining: 7, resetAt: new Date(), retryAfterSeconds: 12 })).toEqual({ "RateLimit-Limit": "120", "RateLimit-Remaining": "7", "RateLimit-Reset": "12" });
  });
});

describe("cursors", () => {
  it("round-trip, and a foreign cursor is a validation error on `cursor`", () => {
    const schema = z.object({ id: z.uuid() });
    const c = encodeCursor({ id: "7d3f1f4e-1b2c-4d5e-8f90-123456789abc" });
    expect(decodeCursor(c, schema)).toEqual({ id: "7d3f1f4e-1b2c-4d5e-8f90-123456789abc" });
    for (const bad of ["!!", encodeCursor({ id: "x" }), Buffer.from("not json").toString("base64url")]) {
      const err = (() => {
        try {
          decodeCursor(bad, schema);
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(z.ZodError);
      expect((err as z.ZodError).issues[0].path).toEqual(["cursor"]);
    }
  });

  it("pageOf cuts at the limit and points after the last row", () => {
    expect(pageOf([1, 2], 2, (n) => ({ n }))).toEqual({ rows: [1, 2], nextCursor: null });
    const p = pageOf([1, 2, 3], 2, (n) => ({ n }));
    expect(p.rows).toEqual([1, 2]);
    expect(JSON.parse(Buffer.from(p.nextCursor!, "base64url").toString())).toEqual({ n: 2 });
  });
});

describe("errors as problem details", () => {
  const bodyOf = async (res: Response) => ({ status: res.status, type: res.headers.get("content-type"), body: await res.json() });

  it("maps the domain's errors to 403, 404, 422 (with field) and zod to 400 (with fields)", async () => {
    expect(await bodyOf(problemFrom(new ForbiddenError()))).toMatchObject({ status: 403, type: "application/problem+json", body: { code: "forbidden", detail_sv: "Du saknar behörighet för detta." } });
    expect(await bodyOf(problemFrom(new NotFoundError("Deltagaren finns inte.")))).toMatchObject({ status: 404, body: { code: "not_found", detail_sv: "Deltagaren finns inte." } });
    expect(await bodyOf(problemFrom(new RuleError("Välj en handledare.", "handledareId")))).toMatchObject({
      status: 422,
      body: { code: "rule_violation", field: "handledareId", errors: [{ field: "handledareId", message_sv: "Välj en handledare." }] },
    });
    const zerr = z.object({ a: z.string(), b: z.array(z.number()) }).safeParse({ b: ["x"] }).error!;
    const v = await bodyOf(problemFrom(zerr));
    expect(v.status).toBe(400);
    expect(v.body.errors.map((e: { field: string }) => e.field)).toEqual(["a", "b.0"]);
  });

  it("anything else: 500 with an error id, logged, never the message", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = await bodyOf(problemFrom(new TypeError("password=hunter2")));
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain("hunter2");
    expect(res.body.error_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
