// Idempotency-Key for the API's POST requests. A repeated request with the same key (same token)
// gets the first answer again and changes nothing.
//
// Two layers, both in IdempotencyRecord:
// 1. The domain function's own exactly-once guard (lib/idempotency.ts `once`) gets a UUID
//    derived from the token and the key, so the change and its record commit together.
// 2. The API stores the first successful answer (status, Location, JSON body) under
//    key `api:<token id>:<sha256 of the key>`, action `api:<operationId>`, actorId = the token's
//    creator (the person the token acts as; the token itself is in the key), and resultId = the
//    answer as JSON. A repeat is answered from there, with `Idempotent-Replayed: true`.
// The same key with another body or on another operation is refused (422
// idempotency_key_reused). Failed requests (4xx/5xx) are not stored: they changed nothing and
// may be retried with the same key. If an instance stops between (1) and (2), the retry runs the
// handler again, the domain layer replays its result, and the answer is stored then.
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";

export const IDEMPOTENCY_HEADER = "Idempotency-Key";
export const REPLAYED_HEADER = "Idempotent-Replayed";

/** 1–255 visible ASCII characters. */
export function isValidIdempotencyKey(key: string | null): key is string {
  return key !== null && /^[\x21-\x7E]{1,255}$/.test(key);
}

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

/** A UUID (version 8, RFC 9562) derived from the token and the client's key, for domain functions. */
export function derivedUuid(tokenId: string, key: string): string {
  const h = sha256(`api-idempotency:${tokenId}:${key}`);
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function recordKey(tokenId: string, key: string): string {
  return `api:${tokenId}:${sha256(key)}`;
}

/** JSON with object keys sorted: the same request always gives the same fingerprint. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value as Record<string, unknown>)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export function requestFingerprint(method: string, pathname: string, body: unknown): string {
  return sha256(`${method} ${pathname} ${canonicalJson(body)}`);
}

export interface StoredAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  fingerprint: string;
}

export type StoredLookup = { found: false } | { found: true; sameRequest: boolean; answer: StoredAnswer };

export async function findStoredAnswer(key: string, action: string, fingerprint: string): Promise<StoredLookup> {
  const row = await db.idempotencyRecord.findUnique({ where: { key } });
  if (!row) return { found: false };
  let answer: StoredAnswer | null = null;
  try {
    answer = JSON.parse(row.resultId) as StoredAnswer;
  } catch {
    answer = null;
  }
  if (!answer || row.action !== action) return { found: true, sameRequest: false, answer: answer ?? { status: 0, headers: {}, body: null, fingerprint: "" } };
  return { found: true, sameRequest: answer.fingerprint === fingerprint, answer };
}

/** Stores the first answer; when a concurrent twin stored one first, returns that one instead. */
export async function storeAnswer(key: string, actorId: string, action: string, answer: StoredAnswer): Promise<{ stored: boolean; answer: StoredAnswer; sameRequest: boolean }> {
  try {
    await db.idempotencyRecord.create({ data: { key, actorId, action, resultId: JSON.stringify(answer) } });
    return { stored: true, answer, sameRequest: true };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const twin = await findStoredAnswer(key, action, answer.fingerprint);
    if (!twin.found) throw err;
    return { stored: false, answer: twin.answer, sameRequest: twin.sameRequest };
  }
}
