// Request limits of the API: a fixed one-minute window per token, counted in the database
// (RateLimitWindow) with one atomic upsert, so every app instance shares the count.
//
// The window starts on the whole minute (UTC). A request in a later window resets the count to 1;
// a request stamped with an earlier window (an instance whose clock is slightly behind) counts in
// the current one rather than resetting it. Refused requests count too.
import { db } from "@/lib/db";
import { now as clockNow } from "@/lib/clock";

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 120;
export const RATE_LIMIT_WINDOW_MS = 60_000;

/** API_RATE_LIMIT_PER_MINUTE, or 120 when unset or not a positive whole number. */
export function rateLimitPerMinute(env: Record<string, string | undefined> = process.env): number {
  const raw = env.API_RATE_LIMIT_PER_MINUTE?.trim();
  if (!raw) return DEFAULT_RATE_LIMIT_PER_MINUTE;
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_RATE_LIMIT_PER_MINUTE;
}

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  /** requests left in this window (0 when refused) */
  remaining: number;
  /** when the window ends */
  resetAt: Date;
  /** whole seconds until the window ends (at least 1) */
  retryAfterSeconds: number;
}

export function windowStartOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / RATE_LIMIT_WINDOW_MS) * RATE_LIMIT_WINDOW_MS);
}

/** Counts one request against `key` and says whether it is within `limit`. */
export async function hitRateLimit(key: string, limit = rateLimitPerMinute(), at = clockNow()): Promise<RateLimitResult> {
  const start = windowStartOf(at);
  const rows = await db.$queryRaw<{ windowStart: Date; count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count")
    VALUES (${key}, ${start.toISOString()}::timestamptz, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN EXCLUDED."windowStart" > "RateLimitWindow"."windowStart" THEN 1 ELSE "RateLimitWindow"."count" + 1 END,
      "windowStart" = GREATEST("RateLimitWindow"."windowStart", EXCLUDED."windowStart")
    RETURNING "windowStart", "count"`;
  const count = Number(rows[0].count);
  const resetAt = new Date(new Date(rows[0].windowStart).getTime() + RATE_LIMIT_WINDOW_MS);
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    resetAt,
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - at.getTime()) / 1000)),
  };
}

export function rateLimitHeaders(r: RateLimitResult): Record<string, string> {
  return {
    "RateLimit-Limit": String(r.limit),
    "RateLimit-Remaining": String(r.remaining),
    "RateLimit-Reset": String(r.retryAfterSeconds),
  };
}
