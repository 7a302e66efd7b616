// The OpenAPI 3.1 document of the API, generated from the endpoints' declarations and the very
// zod schemas that parse the requests (the domain modules' schemas) and type the answers
// (./schemas.ts), with z.toJSONSchema (JSON Schema 2020-12, OpenAPI 3.1's dialect). Served at
// GET /api/v1/openapi.json and rendered on the portal's documentation page.
import { z } from "@/lib/validation/zod";
import { permissionsOf } from "@/lib/authz/capabilities";
import { allEndpoints } from "./endpoints";
import { API_BASE_PATH, type Endpoint } from "@/lib/api/route";
import { apiComponents } from "./schemas";
import { PROBLEM_CODES, PROBLEM_CONTENT_TYPE, problemType, type ProblemCode } from "@/lib/api/problem";
import { DEFAULT_RATE_LIMIT_PER_MINUTE, rateLimitPerMinute } from "@/lib/api/rate-limit";
import { DEFAULT_LIMIT, MAX_LIMIT } from "@/lib/api/pagination";
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from "@/lib/api/idempotency";

export const API_VERSION = "1.0.0";

type JsonSchema = Record<string, unknown>;

function clean(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

/** A request part (path, query, body) as JSON Schema: what a client may send. */
function inputSchema(schema: z.ZodType): JsonSchema {
  return clean(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema);
}

/** Leaves out body fields the API fills in itself (from the path, from Idempotency-Key). */
function withoutFields(schema: JsonSchema, fields: string[]): JsonSchema {
  if (fields.length === 0) return schema;
  const out: JsonSchema = { ...schema };
  if (out.properties && typeof out.properties === "object") {
    out.properties = Object.fromEntries(Object.entries(out.properties as JsonSchema).filter(([k]) => !fields.includes(k)));
  }
  if (Array.isArray(out.required)) out.required = (out.required as string[]).filter((k) => !fields.includes(k));
  for (const key of ["oneOf", "anyOf", "allOf"] as const) {
    if (Array.isArray(out[key])) out[key] = (out[key] as JsonSchema[]).map((s) => withoutFields(s, fields));
  }
  return out;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function componentId(schema: z.ZodType): string {
  const meta = apiComponents.get(schema);
  if (!meta) throw new Error("An answer schema must be registered in features/public-api/schemas.ts");
  return meta.id;
}

const rateLimitResponseHeaders = {
  "RateLimit-Limit": { description: "Requests allowed per minute for the token.", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "Requests left in the current minute.", schema: { type: "integer" } },
  "RateLimit-Reset": { description: "Seconds until the current minute ends.", schema: { type: "integer" } },
};

function problemResponse(description: string, codes: ProblemCode[], extraHeaders: Record<string, unknown> = {}) {
  return {
    description: `${description} Codes: ${codes.map((c) => `\`${c}\``).join(", ")}.`,
    headers: extraHeaders,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: ref("Problem") } },
  };
}

function parameters(e: Endpoint): unknown[] {
  const out: unknown[] = [];
  for (const [where, schema] of [["path", e.params], ["query", e.query]] as const) {
    if (!schema) continue;
    const json = inputSchema(schema);
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, prop] of Object.entries((json.properties as Record<string, JsonSchema>) ?? {})) {
      const { description, ...propSchema } = prop;
      out.push({ name, in: where, required: where === "path" || required.has(name), ...(description ? { description } : {}), schema: propSchema });
    }
  }
  if (e.idempotent) {
    out.push({
      name: IDEMPOTENCY_HEADER,
      in: "header",
      required: true,
      description: "1–255 visible ASCII characters, unique per intended change (e.g. a UUID). A repeat with the same key answers the first answer and changes nothing.",
      schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x21-\\x7E]+$" },
    });
  }
  return out;
}

function operation(e: Endpoint) {
  const responses: Record<string, unknown> = {};
  for (const r of e.responses) {
    const headers: Record<string, unknown> = { ...rateLimitResponseHeaders };
    if (e.idempotent) headers[REPLAYED_HEADER] = { description: "`true` when this is the stored answer to an earlier request with the same Idempotency-Key.", schema: { type: "string", enum: ["true"] } };
    responses[String(r.status)] = {
      description: r.description,
      headers,
      content: { [r.contentType ?? "application/json"]: r.schema ? { schema: ref(componentId(r.schema)) } : { schema: { type: "string" } } },
    };
  }
  if (e.query || e.body || e.idempotent) responses["400"] = problemResponse("Invalid request; `errors` names each field.", ["validation_failed", ...(e.body ? (["invalid_json"] as const) : []), ...(e.idempotent ? (["idempotency_key_required"] as const) : [])]);
  responses["401"] = problemResponse("No valid API token.", ["unauthorized", "invalid_token", "token_revoked", "token_expired", "token_creator_inactive"], { "WWW-Authenticate": { schema: { type: "string" } } });
  responses["403"] = problemResponse("The token lacks the permission this endpoint needs.", ["forbidden"]);
  if (e.params) responses["404"] = problemResponse("Not found, or not at the token's units (the two are answered alike).", ["not_found"]);
  if (e.body || e.idempotent) responses["422"] = problemResponse("Refused by a business rule (`field` when it concerns one).", ["rule_violation", ...(e.idempotent ? (["idempotency_key_reused"] as const) : [])]);
  responses["429"] = problemResponse("Too many requests.", ["rate_limited"], { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } });
  responses["500"] = problemResponse("Unexpected error; quote `error_id`.", ["internal_error"]);

  const op: Record<string, unknown> = {
    operationId: e.operationId,
    tags: [e.tag],
    summary: e.summary,
    ...(e.description ? { description: e.description } : {}),
    "x-permissions": [...new Set((Array.isArray(e.capability) ? e.capability : [e.capability]).flatMap(permissionsOf))],
    parameters: parameters(e),
    responses,
  };
  if (e.body) {
    const hidden = [...Object.keys(e.body.fromPath ?? {}), ...(e.body.idempotencyKeyField ? [e.body.idempotencyKeyField] : [])];
    op.requestBody = { required: true, content: { "application/json": { schema: withoutFields(inputSchema(e.body.schema), hidden) } } };
  }
  return op;
}

const DESCRIPTION = `The API of Mina sidor för fristående aktörer (Rusta och matcha) for a supplier's own systems.

**Authentication.** Every request except this document carries \`Authorization: Bearer <API token>\`. The organisation's behörighetsadministratör creates tokens under Administration → API-nycklar, choosing the permissions (Ta emot nya deltagare, Rapportering) and the units; the token acts with exactly those, on behalf of the administrator who created it. A revoked or expired token, or one whose creator is no longer active in the organisation, is refused with 401.

**Field names** are camelCase. Dates are \`YYYY-MM-DD\` (Swedish calendar), instants ISO 8601 in UTC. Amounts are whole öre.

**Lists** are cursor-paginated: \`limit\` (1–${MAX_LIMIT}, default ${DEFAULT_LIMIT}) and \`cursor\` = the previous page's \`nextCursor\` (null on the last page).

**POST** requests require an \`Idempotency-Key\` header: a repeat with the same key answers the first answer (with \`Idempotent-Replayed: true\`) and changes nothing; the same key for a different request is refused (422). Failed requests are not stored and may be retried with the same key.

**Limits.** ${DEFAULT_RATE_LIMIT_PER_MINUTE} requests per minute per token by default (fixed one-minute windows); over the limit the answer is 429 with \`Retry-After\`. Every answer carries \`RateLimit-Limit\`, \`RateLimit-Remaining\` and \`RateLimit-Reset\`.

**Errors** are \`application/problem+json\` (RFC 9457) with a stable \`code\`, \`detail_sv\` and \`detail_en\`; invalid fields are listed in \`errors\` with Swedish messages. Anything you may not see is answered 404, like what does not exist.`;

let cached: { limit: number; doc: Record<string, unknown> } | null = null;

export function openApiDocument(): Record<string, unknown> {
  const limit = rateLimitPerMinute();
  if (cached && cached.limit === limit) return cached.doc;
  const generated = z.toJSONSchema(apiComponents, { io: "output", unrepresentable: "any", uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, JsonSchema> };
  const schemas = Object.fromEntries(Object.entries(generated.schemas).map(([id, s]) => [id, clean(s)]));
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of allEndpoints) {
    paths[e.path] ??= {};
    paths[e.path][e.method.toLowerCase()] = operation(e);
  }
  const doc = {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Mina sidor för fristående aktörer – API",
      version: API_VERSION,
      description: DESCRIPTION.replace(`${DEFAULT_RATE_LIMIT_PER_MINUTE} requests per minute`, `${limit} requests per minute`),
    },
    servers: [{ url: API_BASE_PATH }],
    security: [{ apiToken: [] }],
    tags: [
      { name: "Participants", description: "Deltagare, nya deltagare och handledare." },
      { name: "Events", description: "Händelser." },
      { name: "Reporting", description: "Gemensam planering, periodisk redovisning och rapporter." },
      { name: "Orders", description: "Beställningar." },
    ],
    paths,
    components: {
      schemas,
      securitySchemes: {
        apiToken: { type: "http", scheme: "bearer", bearerFormat: "msfa_<8 characters>_<32 characters>", description: "An API token from Administration → API-nycklar." },
      },
    },
    "x-rate-limit": { requestsPerMinute: limit, window: "fixed, one minute" },
    "x-problem-codes": Object.entries(PROBLEM_CODES).map(([code, d]) => ({ code, status: d.status, title: d.title, type: problemType(code as ProblemCode), detail_sv: d.sv, detail_en: d.en })),
  };
  cached = { limit, doc };
  return doc;
}
