// The one wrapper every API route handler goes through: authentication (Bearer API token),
// the rate limit, the capability check (deny by default: an endpoint names the capability it
// needs, and a token without it is refused before anything is read), parsing of path, query
// and body with zod (a validation error names the field), Idempotency-Key for POST, and
// errors as problem details. Endpoints are declared once (features/public-api/endpoints/*) and serve both
// the route files under app/api/v1 and the OpenAPI document.
import { withApiToken } from "@/lib/audit-context";
import { can, type Capability, type StaffActor } from "@/lib/authz/permissions";
import { z } from "@/lib/validation/zod";
import { findUnsafeText, jsonDepth, UNSAFE_TEXT_MESSAGE } from "@/lib/validation/text-safety";
import { clientKey } from "@/lib/auth/throttle";

/** Requests per minute and client that carry no valid token. */
const unauthenticatedPerMinute = () => Number(process.env.API_UNAUTHENTICATED_PER_MINUTE) || 600;
import { authenticate, type ApiTokenInfo } from "./auth";
import { problem, problemFrom, validationProblem } from "./problem";
import { hitRateLimit, rateLimitHeaders } from "./rate-limit";
import {
  IDEMPOTENCY_HEADER, REPLAYED_HEADER, derivedUuid, findStoredAnswer, isValidIdempotencyKey, recordKey, requestFingerprint, storeAnswer, type StoredAnswer,
} from "./idempotency";

export const API_BASE_PATH = "/api/v1";

export type ApiMethod = "GET" | "POST";

type AnyObject = z.ZodType<Record<string, unknown>, Record<string, unknown>>;

export interface ApiContext<P, Q, B> {
  request: Request;
  actor: StaffActor;
  token: ApiTokenInfo;
  params: P;
  query: Q;
  body: B;
  /** Idempotent endpoints: a UUID derived from the token and the Idempotency-Key, for the domain function. */
  idempotencyKey: string;
}

/** JSON to send (status 200 unless given), or a ready Response (files). */
export type ApiResult = { status?: number; body: unknown; headers?: Record<string, string> } | Response;

export interface ResponseSpec {
  status: number;
  description: string;
  /** a registered component schema (features/public-api/schemas.ts) */
  schema?: z.ZodType;
  /** default application/json */
  contentType?: string;
}

export interface BodySpec<B extends z.ZodType> {
  /** The domain module's own schema: the same rules as the portal's form. */
  schema: B;
  /** Body fields taken from the path (they are not part of the documented body): field → path parameter. */
  fromPath?: Record<string, string>;
  /** The body field that receives the UUID derived from Idempotency-Key (not part of the documented body). */
  idempotencyKeyField?: string;
}

export interface Endpoint<P extends AnyObject = AnyObject, Q extends AnyObject = AnyObject, B extends z.ZodType = z.ZodType> {
  operationId: string;
  method: ApiMethod;
  /** the OpenAPI path below /api/v1, e.g. "/participants/{id}" */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** The capability the token needs (any one of a list). Deny by default: there is no way to leave it out. */
  capability: Capability | Capability[];
  params?: P;
  query?: Q;
  body?: BodySpec<B>;
  /** POST: requires Idempotency-Key; a repeat answers the first answer and changes nothing. */
  idempotent?: boolean;
  responses: ResponseSpec[];
  handler: (ctx: ApiContext<z.output<P>, z.output<Q>, z.output<B>>) => Promise<ApiResult>;
}

/** Declares an endpoint (typed by its schemas). */
export function defineEndpoint<P extends AnyObject = AnyObject, Q extends AnyObject = AnyObject, B extends z.ZodType = z.ZodType>(e: Endpoint<P, Q, B>): Endpoint<P, Q, B> {
  return e;
}

type RouteContext = { params?: Promise<Record<string, string | string[] | undefined>> };
export type RouteHandler = (request: Request, context?: RouteContext) => Promise<Response>;

const jsonHeaders = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" };

function json(status: number, body: unknown, headers: Record<string, string>): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { ...jsonHeaders, ...headers } });
}

function withHeaders(res: Response, headers: Record<string, string>): Response {
  const merged = new Headers(res.headers);
  for (const [k, v] of Object.entries(headers)) if (!merged.has(k)) merged.set(k, v);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers: merged });
}

function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of url.searchParams) out[k] = v;
  return out;
}

/** Request bodies above this are refused with 413, before they are read in full. */
export const MAX_BODY_BYTES = 1024 * 1024;
const MAX_JSON_DEPTH = 32;

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; code: "invalid_json" | "payload_too_large" }> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return { ok: false, code: "payload_too_large" };
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, code: "payload_too_large" };
      }
      chunks.push(value);
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { ok: false, code: "invalid_json" };
  }
  if (!text.trim()) return { ok: true, value: {} };
  if (jsonDepth(text) > MAX_JSON_DEPTH) return { ok: false, code: "invalid_json" };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, code: "invalid_json" };
  }
}

function replay(answer: StoredAnswer, headers: Record<string, string>): Response {
  return json(answer.status, answer.body, { ...headers, ...answer.headers, [REPLAYED_HEADER]: "true" });
}

/** The Next.js route handler of an endpoint. */
export function apiRoute<P extends AnyObject, Q extends AnyObject, B extends z.ZodType>(endpoint: Endpoint<P, Q, B>): RouteHandler {
  const needed = Array.isArray(endpoint.capability) ? endpoint.capability : [endpoint.capability];
  if (needed.length === 0) throw new Error(`${endpoint.operationId}: an endpoint must name the capability it needs`);
  return async (request, context) => {
    let headers: Record<string, string> = {};
    try {
      const auth = await authenticate(request);
      if (!auth.ok) {
        // Guessing tokens is rate-limited too, per client.
        const guesses = await hitRateLimit(`api-unauthenticated:${clientKey(request.headers)}`, unauthenticatedPerMinute());
        if (!guesses.allowed) return problem("rate_limited", { headers: rateLimitHeaders(guesses) });
        return problem(auth.code, { headers: { "WWW-Authenticate": auth.code === "unauthorized" ? 'Bearer realm="api"' : 'Bearer realm="api", error="invalid_token"' } });
      }
      const { actor, token } = auth;

      const limit = await hitRateLimit(`api-token:${token.id}`);
      headers = rateLimitHeaders(limit);
      if (!limit.allowed) return problem("rate_limited", { headers: { ...headers, "Retry-After": String(limit.retryAfterSeconds) } });

      if (!needed.some((c) => can(actor, c))) return problem("forbidden", { headers });

      const rawParams = (await context?.params) ?? {};
      let params: z.output<P> = {} as z.output<P>;
      if (endpoint.params) {
        const parsed = endpoint.params.safeParse(rawParams);
        // A malformed id names nothing: answered like any other id the token cannot see.
        if (!parsed.success) return problem("not_found", { headers });
        params = parsed.data;
      }

      const url = new URL(request.url);
      let query: z.output<Q> = {} as z.output<Q>;
      if (endpoint.query) {
        const parsed = endpoint.query.safeParse(queryObject(url));
        if (!parsed.success) return validationProblem(parsed.error, undefined, headers);
        query = parsed.data;
      }

      let idempotencyKey = "";
      let rawBody: unknown = undefined;
      let stored: { key: string; action: string; fingerprint: string } | null = null;
      if (endpoint.body) {
        const read = await readJson(request);
        if (!read.ok) return problem(read.code, { headers });
        rawBody = read.value;
        const unsafe = findUnsafeText(rawBody);
        if (unsafe !== null) return problem("validation_failed", { headers, errors: [{ field: unsafe || "body", message_sv: UNSAFE_TEXT_MESSAGE }] });
      }
      if (endpoint.idempotent) {
        const key = request.headers.get(IDEMPOTENCY_HEADER);
        if (!isValidIdempotencyKey(key)) return problem("idempotency_key_required", { headers });
        idempotencyKey = derivedUuid(token.id, key);
        stored = { key: recordKey(token.id, key), action: `api:${endpoint.operationId}`, fingerprint: requestFingerprint(request.method, url.pathname, rawBody ?? null) };
        const earlier = await findStoredAnswer(stored.key, stored.action, stored.fingerprint);
        if (earlier.found) return earlier.sameRequest ? replay(earlier.answer, headers) : problem("idempotency_key_reused", { headers });
      }

      let body: z.output<B> = undefined as z.output<B>;
      if (endpoint.body) {
        const spec = endpoint.body;
        const injected: Record<string, unknown> = {};
        for (const [field, param] of Object.entries(spec.fromPath ?? {})) injected[field] = (rawParams as Record<string, unknown>)[param];
        if (spec.idempotencyKeyField) injected[spec.idempotencyKeyField] = idempotencyKey;
        const input = rawBody !== null && typeof rawBody === "object" && !Array.isArray(rawBody) ? { ...(rawBody as Record<string, unknown>), ...injected } : rawBody;
        const parsed = spec.schema.safeParse(input);
        if (!parsed.success) return validationProblem(parsed.error, undefined, headers);
        body = parsed.data;
      }

      const result = await withApiToken(token.id, () => endpoint.handler({ request, actor, token, params, query, body, idempotencyKey }));
      if (result instanceof Response) return withHeaders(result, headers);
      const status = result.status ?? 200;
      if (stored && status >= 200 && status < 300) {
        const answer: StoredAnswer = { status, headers: result.headers ?? {}, body: JSON.parse(JSON.stringify(result.body ?? null)), fingerprint: stored.fingerprint };
        const saved = await storeAnswer(stored.key, actor.userId, stored.action, answer);
        if (!saved.stored) return saved.sameRequest ? replay(saved.answer, headers) : problem("idempotency_key_reused", { headers });
      }
      return json(status, result.body, { ...headers, ...result.headers });
    } catch (err) {
      return problemFrom(err, headers);
    }
  };
}
