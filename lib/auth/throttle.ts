// Sign-in throttling. Every attempt is counted atomically in the database BEFORE the password
// is checked (one INSERT … ON CONFLICT DO UPDATE … RETURNING), so parallel guesses cannot all
// be checked: only the first MAX_FAILURES of a window are. Counts live in LoginThrottle so
// every app instance sees the same ones. Three counters per attempt:
//   - the address from this client: locks after MAX_FAILURES (what a person mistyping meets);
//   - the address from anywhere: a higher cap against guessing from many clients;
//   - the client: a cap on how many addresses one client may try (it cannot lock everyone).
// The client address comes from X-Forwarded-For only when TRUST_PROXY=1 (behind a proxy the
// operator controls); otherwise every client counts as one, and the address lock alone holds.
export const MAX_FAILURES = 5;
export const MAX_FAILURES_PER_ADDRESS_ANYWHERE = 50;
export const MAX_FAILURES_PER_CLIENT = 30;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
/** From this many attempts left, the sign-in page says how many remain. */
export const WARN_WHEN_REMAINING = 2;

export interface ThrottleState {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/**
 * The counter after one more attempt: a new window once the old one (or its lock) is over;
 * an attempt beyond `max` locks. (A failed attempt number `max` is locked by the sign-in
 * itself, after the password check.) The database applies this rule atomically in
 * lib/auth/attempts.ts; tests/integration/login.test.ts keeps the two in step.
 */
export function afterAttempt(state: ThrottleState | null, now: Date, max = MAX_FAILURES): ThrottleState {
  const expired = !state || (state.lockedUntil ? state.lockedUntil.getTime() <= now.getTime() : state.windowStart.getTime() <= now.getTime() - FAILURE_WINDOW_MS);
  const failures = expired ? 1 : state.failures + 1;
  const windowStart = expired ? now : state.windowStart;
  const lockedUntil = !expired && state.lockedUntil ? state.lockedUntil : failures > max ? new Date(now.getTime() + LOCK_MS) : null;
  return { failures, windowStart, lockedUntil };
}

/** The client of a request, for throttling only (never logged). */
export function clientKey(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  if (process.env.TRUST_PROXY !== "1" || !headers) return "direct";
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  // The proxy appends the address it saw: the last entry is the one it vouches for.
  const last = value?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  return last && last.length <= 64 ? last : "direct";
}
