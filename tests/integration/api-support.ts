// Helpers for the API tests: call a route handler directly with a Request (no server), make
// tokens as an administrator would, and validate answers against the OpenAPI document.
import { randomUUID } from "node:crypto";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { Permission } from "@/lib/generated/prisma/client";
import type { RouteHandler } from "@/lib/api/route";
import { createToken } from "@/features/api-tokens/service";
import { openApiDocument } from "@/features/public-api/openapi";
import { makeStaff, staffActor } from "../support/factories";

export interface CallResult {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  text: string;
}

export async function call(
  handler: RouteHandler,
  opts: { path: string; method?: string; token?: string | null; params?: Record<string, string>; body?: unknown; idempotencyKey?: string | null; headers?: Record<string, string> },
): Promise<CallResult> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  const method = opts.method ?? (opts.body !== undefined ? "POST" : "GET");
  if (method === "POST" && opts.idempotencyKey !== null) headers["Idempotency-Key"] = opts.idempotencyKey ?? randomUUID();
  if (opts.body !== undefined) headers["Content-Type"] = "application/json";
  const request = new Request(`http://localhost/api/v1${opts.path}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body),
  });
  const res = await handler(request, { params: Promise.resolve(opts.params ?? {}) });
  const text = await res.text();
  let body: unknown = text;
  const type = res.headers.get("content-type") ?? "";
  if (type.includes("json") && text) body = JSON.parse(text);
  return { status: res.status, headers: res.headers, body, text };
}

/** An administrator of the organisation (creating tokens), and a token made by them. */
export async function makeAdmin(supplierId: string) {
  const { user, membership } = await makeStaff({ supplierId, permissions: ["ADMINISTER_PERMISSIONS"] });
  return { user, membership, actor: await staffActor(user.id, supplierId) };
}

export async function makeToken(opts: {
  admin: Awaited<ReturnType<typeof makeAdmin>>;
  permissions: Exclude<Permission, "ADMINISTER_PERMISSIONS">[];
  unitIds?: string[];
  allUnits?: boolean;
  expiresAt?: string;
  today?: string;
  name?: string;
}) {
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const expiresAt = opts.expiresAt ?? new Date(new Date(`${today}T00:00:00Z`).getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  return createToken(
    opts.admin.actor,
    { name: opts.name ?? "Verksamhetssystem", permissions: opts.permissions, unitScope: opts.allUnits ? "ALL" : "SELECTED", unitIds: opts.unitIds ?? [], expiresAt },
    today,
  );
}

// --- Contract: answers validated against the OpenAPI document (JSON Schema 2020-12).

let ajv: Ajv2020 | null = null;

function validator() {
  if (ajv) return ajv;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(openApiDocument(), "openapi.json");
  return ajv;
}

const pointer = (s: string) => s.replaceAll("~", "~0").replaceAll("/", "~1");

/** The errors of `body` against the documented answer of `path` `method` `status` (null when valid). */
export function contractErrors(path: string, method: string, status: number, body: unknown, contentType = "application/json"): string | null {
  const ref = `openapi.json#/paths/${pointer(path)}/${method.toLowerCase()}/responses/${status}/content/${pointer(contentType)}/schema`;
  const a = validator();
  const validate = a.getSchema(ref) ?? a.compile({ $ref: ref });
  if (validate(body)) return null;
  return a.errorsText(validate.errors, { separator: "\n" });
}
