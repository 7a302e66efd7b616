import { expect, it } from "vitest";

// Its own file: the abort-reason workaround is global, so no other test may have installed it.
it("the server installs it when it starts (instrumentation's register)", async () => {
  const before = { runtime: process.env.NEXT_RUNTIME, url: process.env.DATABASE_URL };
  process.env.NEXT_RUNTIME = "nodejs";
  delete process.env.DATABASE_URL; // no mail worker in a unit test
  try {
    const { register } = await import("@/instrumentation");
    await register();
    expect(AbortController.prototype.abort.name).toBe("abortAndReleaseFrames");
  } finally {
    if (before.runtime === undefined) delete process.env.NEXT_RUNTIME;
    else process.env.NEXT_RUNTIME = before.runtime;
    if (before.url !== undefined) process.env.DATABASE_URL = before.url;
  }
});
