// Error answers of the public API: RFC 9457 problem details (application/problem+json) with a
// stable machine-readable `code`, a Swedish and an English text, and, for invalid input, the
// fields that were wrong. Expected errors of the domain modules map to their status here;
// anything else is logged with an error id and answered 500 without its message or stack.
import { randomUUID } from "node:crypto";
import { z } from "@/lib/validation/zod";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Every `code` the API answers with; documented in the OpenAPI document and on the documentation page. */
export const PROBLEM_CODES = {
  unauthorized: { status: 401, title: "Unauthorized", sv: "Ange en API-nyckel i huvudet Authorization: Bearer <nyckel>.", en: "Send an API token in the header Authorization: Bearer <token>." },
  invalid_token: { status: 401, title: "Invalid token", sv: "API-nyckeln är okänd.", en: "The API token is not known." },
  token_revoked: { status: 401, title: "Token revoked", sv: "API-nyckeln är återkallad.", en: "The API token has been revoked." },
  token_expired: { status: 401, title: "Token expired", sv: "API-nyckeln har gått ut.", en: "The API token has expired." },
  token_creator_inactive: {
    status: 401,
    title: "Token creator inactive",
    sv: "Administratören som skapade API-nyckeln är inte längre aktiv eller behörighetsadministratör i organisationen. Skapa en ny nyckel.",
    en: "The administrator who created the API token is no longer active, or no longer a permission administrator, in the organisation. Create a new token.",
  },
  forbidden: { status: 403, title: "Forbidden", sv: "API-nyckeln saknar behörighet för detta.", en: "The API token lacks the permission for this." },
  not_found: { status: 404, title: "Not found", sv: "Hittades inte.", en: "Not found, or not visible with this token." },
  validation_failed: { status: 400, title: "Validation failed", sv: "Begäran innehåller fel.", en: "The request is invalid; see errors." },
  payload_too_large: { status: 413, title: "Payload too large", sv: "Begärans innehåll är för stort (högst 1 MB).", en: "The request body is too large (1 MB at most)." },
  invalid_json: { status: 400, title: "Invalid JSON", sv: "Begärans innehåll är inte giltig JSON.", en: "The request body is not valid JSON." },
  idempotency_key_required: {
    status: 400,
    title: "Idempotency-Key required",
    sv: "Ange huvudet Idempotency-Key (1–255 synliga ASCII-tecken, till exempel ett UUID).",
    en: "Send the header Idempotency-Key (1–255 visible ASCII characters, e.g. a UUID).",
  },
  idempotency_key_reused: {
    status: 422,
    title: "Idempotency-Key reused",
    sv: "Idempotency-Key har redan använts för en annan begäran.",
    en: "The Idempotency-Key was already used for a different request.",
  },
  rule_violation: { status: 422, title: "Refused by a business rule", sv: "Ändringen är inte tillåten.", en: "The change was refused by a business rule; see detail_sv." },
  rate_limited: { status: 429, title: "Too many requests", sv: "För många anrop. Vänta och försök igen.", en: "Too many requests. Wait and retry (see Retry-After)." },
  internal_error: { status: 500, title: "Internal error", sv: "Ett oväntat fel inträffade.", en: "An unexpected error occurred." },
} as const satisfies Record<string, { status: number; title: string; sv: string; en: string }>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

/** Where each code is explained (the documentation page's anchors). */
export const problemType = (code: ProblemCode) => `/api-dokumentation#fel-${code.replaceAll("_", "-")}`;

export interface FieldProblem {
  field: string;
  message_sv: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: ProblemCode;
  detail_sv: string;
  detail_en: string;
  field?: string;
  errors?: FieldProblem[];
  error_id?: string;
}

export function problem(code: ProblemCode, opts: { detail_sv?: string; detail_en?: string; field?: string; errors?: FieldProblem[]; headers?: Record<string, string>; error_id?: string } = {}): Response {
  const def = PROBLEM_CODES[code];
  const body: ProblemBody = {
    type: problemType(code),
    title: def.title,
    status: def.status,
    code,
    detail_sv: opts.detail_sv ?? def.sv,
    detail_en: opts.detail_en ?? def.en,
    ...(opts.field ? { field: opts.field } : {}),
    ...(opts.errors ? { errors: opts.errors } : {}),
    ...(opts.error_id ? { error_id: opts.error_id } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: def.status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", ...opts.headers },
  });
}

/** A zod issue path as the API names the field: "entries.3.minutes"; "" for the whole request. */
export function fieldName(path: readonly PropertyKey[], prefix?: string): string {
  const inner = path.map(String).join(".");
  return [prefix, inner].filter(Boolean).join(".");
}

export function zodProblems(error: z.ZodError, prefix?: string): FieldProblem[] {
  return error.issues.map((issue) => ({ field: fieldName(issue.path, prefix), message_sv: issue.message }));
}

export function validationProblem(error: z.ZodError, prefix?: string, headers?: Record<string, string>): Response {
  const errors = zodProblems(error, prefix);
  return problem("validation_failed", { detail_sv: errors[0]?.message_sv ?? PROBLEM_CODES.validation_failed.sv, errors, headers });
}

/** Maps what a handler threw to a problem response. */
export function problemFrom(err: unknown, headers?: Record<string, string>): Response {
  if (err instanceof z.ZodError) return validationProblem(err, undefined, headers);
  if (err instanceof ForbiddenError) return problem("forbidden", { detail_sv: err.message, headers });
  if (err instanceof NotFoundError) return problem("not_found", { detail_sv: err.message, headers });
  if (err instanceof RuleError) {
    return problem("rule_violation", {
      detail_sv: err.message,
      field: err.field,
      errors: err.field ? [{ field: err.field, message_sv: err.message }] : undefined,
      headers,
    });
  }
  const id = randomUUID();
  console.error(`[api-error ${id}]`, err instanceof Error ? (err.stack ?? err.name) : "unknown error");
  return problem("internal_error", {
    detail_sv: `Ett oväntat fel inträffade. Ange felkoden ${id} om du kontaktar supporten.`,
    detail_en: `An unexpected error occurred. Quote error id ${id} when contacting support.`,
    error_id: id,
    headers,
  });
}
