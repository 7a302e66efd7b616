import { describe, expect, it } from "vitest";
import { poolSizing } from "@/lib/db/pool-options";

describe("poolSizing (how an instance keeps its database connections)", () => {
  it("keeps connections for minutes, not pg's 10 seconds, and a few for good", () => {
    const s = poolSizing({});
    expect(s.max).toBe(10);
    expect(s.min).toBe(4);
    expect(s.idleTimeoutMillis).toBe(300_000);
  });

  it("takes the three settings from the environment", () => {
    expect(poolSizing({ DATABASE_POOL_SIZE: "20", DATABASE_POOL_MIN: "0", DATABASE_POOL_IDLE_SECONDS: "30" })).toEqual({ max: 20, min: 0, idleTimeoutMillis: 30_000 });
  });

  it("never keeps more for good than it may open", () => {
    expect(poolSizing({ DATABASE_POOL_SIZE: "2" }).min).toBe(2);
    expect(poolSizing({ DATABASE_POOL_SIZE: "3", DATABASE_POOL_MIN: "8" }).min).toBe(3);
  });

  it("falls back to the default for a value that is not a whole number in range", () => {
    for (const bad of ["", " ", "abc", "-1", "2.5", "0"]) {
      expect(poolSizing({ DATABASE_POOL_SIZE: bad }).max).toBe(10);
      expect(poolSizing({ DATABASE_POOL_IDLE_SECONDS: bad }).idleTimeoutMillis).toBe(300_000);
    }
    expect(poolSizing({ DATABASE_POOL_MIN: "-1" }).min).toBe(4);
  });
});
