import { afterEach, describe, expect, it } from "vitest";
import type { Pool } from "pg";
import { createPool } from "@/lib/db/client";

const pools: Pool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.end()));
});
function pool(env: Record<string, string>) {
  const p = createPool(process.env.DATABASE_URL!, env);
  pools.push(p);
  return p;
}
const backend = async (p: Pool) => (await p.query<{ pid: number }>("SELECT pg_backend_pid() AS pid, pg_sleep(0.05)")).rows[0].pid;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the instance's connection pool", () => {
  it("a click after a pause of more than 10 seconds finds its connection still open (pg's default closed it and the next page paid for a new one)", async () => {
    const p = pool({});
    const first = await backend(p);
    await sleep(11_000);
    expect(p.totalCount).toBe(1);
    expect(await backend(p)).toBe(first);
  }, 30_000);

  it("after a busy moment it closes the connections above its minimum once they have idled, and keeps the minimum", async () => {
    const p = pool({ DATABASE_POOL_SIZE: "4", DATABASE_POOL_MIN: "2", DATABASE_POOL_IDLE_SECONDS: "1" });
    const busy = await Promise.all([backend(p), backend(p), backend(p), backend(p)]);
    expect(new Set(busy).size).toBe(4);
    await sleep(1_800);
    expect(p.totalCount).toBe(2);
    expect(busy).toContain(await backend(p));
  });
});
