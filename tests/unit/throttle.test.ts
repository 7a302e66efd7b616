import { describe, expect, it } from "vitest";
import { afterAttempt, clientKey, isLocked, LOCK_MS, MAX_FAILURES } from "@/lib/auth/throttle";

describe("sign-in attempt counter", () => {
  const t0 = new Date("2026-11-29T10:00:00Z");
  it("counts attempts in a window and locks the one beyond the limit, until the lock period is over", () => {
    let state = null as ReturnType<typeof afterAttempt> | null;
    for (let i = 1; i <= MAX_FAILURES; i++) {
      state = afterAttempt(state, new Date(t0.getTime() + i * 1000));
      expect(state.failures).toBe(i);
      expect(isLocked(state, new Date(t0.getTime() + i * 1000))).toBe(false);
    }
    state = afterAttempt(state, new Date(t0.getTime() + 10_000));
    expect(isLocked(state, new Date(t0.getTime() + 11_000))).toBe(true);
    expect(isLocked(state, new Date(t0.getTime() + 10_000 + LOCK_MS + 1))).toBe(false);
    // Attempts while locked do not prolong the lock.
    const during = afterAttempt(state, new Date(t0.getTime() + 20_000));
    expect(during.lockedUntil).toEqual(state.lockedUntil);
    // After the lock, counting starts over.
    expect(afterAttempt(state, new Date(t0.getTime() + 10_000 + LOCK_MS + 1)).failures).toBe(1);
  });
  it("starts counting again when the window has passed", () => {
    const s1 = afterAttempt(null, t0);
    const s2 = afterAttempt({ ...s1, failures: 4 }, new Date(t0.getTime() + 16 * 60_000));
    expect(s2.failures).toBe(1);
    expect(s2.lockedUntil).toBeNull();
  });
  it("trusts a forwarded client address only behind a configured proxy, and then only the proxy's own entry", () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 10.1.2.3" };
    const before = process.env.TRUST_PROXY;
    try {
      delete process.env.TRUST_PROXY;
      expect(clientKey(headers)).toBe("direct");
      process.env.TRUST_PROXY = "1";
      expect(clientKey(headers)).toBe("10.1.2.3");
      expect(clientKey({})).toBe("direct");
    } finally {
      if (before === undefined) delete process.env.TRUST_PROXY;
      else process.env.TRUST_PROXY = before;
    }
  });
});
