import { describe, expect, it } from "vitest";
import { afterFailure, isLocked, LOCK_MS, MAX_FAILURES } from "@/lib/auth/throttle";

describe("sign-in lock-out", () => {
  const t0 = new Date("2026-11-29T10:00:00Z");
  it("locks after the fifth failure within the window and unlocks after the lock period", () => {
    let state = null as ReturnType<typeof afterFailure> | null;
    for (let i = 1; i < MAX_FAILURES; i++) {
      state = afterFailure(state, new Date(t0.getTime() + i * 1000));
      expect(isLocked(state, new Date(t0.getTime() + i * 1000))).toBe(false);
    }
    state = afterFailure(state, new Date(t0.getTime() + 10_000));
    expect(isLocked(state, new Date(t0.getTime() + 11_000))).toBe(true);
    expect(isLocked(state, new Date(t0.getTime() + 10_000 + LOCK_MS + 1))).toBe(false);
  });
  it("starts counting again when the window has passed", () => {
    const s1 = afterFailure(null, t0);
    const s2 = afterFailure({ ...s1, failures: 4 }, new Date(t0.getTime() + 16 * 60_000));
    expect(s2.failures).toBe(1);
    expect(s2.lockedUntil).toBeNull();
  });
});
