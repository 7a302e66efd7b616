// The atomic attempt counter behind sign-in (rules in ./throttle.ts).
import { db } from "@/lib/db";
import { FAILURE_WINDOW_MS, LOCK_MS } from "./throttle";

export interface Attempt {
  /** this attempt's number within the window */
  n: number;
  lockedUntil: Date | null;
}

/**
 * Counts one attempt on `key` and returns the count including it. A lock that has run out,
 * or a window that has passed, starts over at 1. The row is locked for the statement, so
 * concurrent attempts get 1, 2, 3, … and never the same number.
 */
export async function countAttempt(key: string, now: Date, max: number): Promise<Attempt> {
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const lockUntil = new Date(now.getTime() + LOCK_MS);
  const rows = await db.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "LoginThrottle" AS t (email, failures, "windowStart", "lockedUntil")
    VALUES (${key}, 1, ${now}, ${max < 1 ? lockUntil : null})
    ON CONFLICT (email) DO UPDATE SET
      failures = CASE WHEN (t."lockedUntil" IS NOT NULL AND t."lockedUntil" <= ${now}) OR (t."lockedUntil" IS NULL AND t."windowStart" <= ${windowStart}) THEN 1 ELSE t.failures + 1 END,
      "windowStart" = CASE WHEN (t."lockedUntil" IS NOT NULL AND t."lockedUntil" <= ${now}) OR (t."lockedUntil" IS NULL AND t."windowStart" <= ${windowStart}) THEN ${now} ELSE t."windowStart" END,
      "lockedUntil" = CASE
        WHEN (t."lockedUntil" IS NOT NULL AND t."lockedUntil" <= ${now}) OR (t."lockedUntil" IS NULL AND t."windowStart" <= ${windowStart}) THEN ${max < 1 ? lockUntil : null}::timestamptz
        WHEN t."lockedUntil" IS NOT NULL THEN t."lockedUntil"
        WHEN t.failures + 1 > ${max} THEN ${lockUntil}::timestamptz
        ELSE NULL END
    RETURNING failures, "lockedUntil"`;
  return { n: rows[0].failures, lockedUntil: rows[0].lockedUntil };
}

/** The attempt failed as the last one allowed: lock the key now. */
export async function lockKey(key: string, now: Date): Promise<void> {
  await db.loginThrottle.updateMany({ where: { email: key, lockedUntil: null }, data: { lockedUntil: new Date(now.getTime() + LOCK_MS) } });
}

export async function clearKeys(keys: string[]): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { email: { in: keys } } });
}

/**
 * Forgets counters whose window and lock are over, for every address (known or not): a
 * counter means nothing after its window, so no row outlives it for long. Called now and
 * then by sign-in rather than by a timer, so every instance shares the work.
 */
export async function forgetStaleAttempts(now: Date): Promise<number> {
  const before = new Date(now.getTime() - FAILURE_WINDOW_MS);
  return db.loginThrottle.deleteMany({ where: { windowStart: { lt: before }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] } }).then((r) => r.count);
}
