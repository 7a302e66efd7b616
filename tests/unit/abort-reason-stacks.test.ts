import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonFrames } from "@/lib/server/abort-reason-stacks";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

/**
 * As a render ends: a controller is aborted from an Immediate whose callback closes over the
 * render's data, and only the signal stays reachable (as Next's request store keeps it).
 * Returns the kept signal and a weak reference to the render's data.
 */
function renderThatEnds(): Promise<{ signal: AbortSignal; data: WeakRef<object> }> {
  return new Promise((resolve) => {
    const payload = { html: "x".repeat(1_000_000) };
    const controller = new AbortController();
    const data = new WeakRef(payload);
    setImmediate(function flushCompletedRender() {
      void payload.html.length;
      controller.abort(new Error("This render completed successfully."));
      resolve({ signal: controller.signal, data });
    });
  });
}

async function collected(data: WeakRef<object>): Promise<boolean> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 10));
    gc();
  }
  return data.deref() === undefined;
}

describe("abort reasons release their stack frames (the render-store leak)", () => {
  it("without the workaround, a kept signal pins the render that aborted it (so the test can see the leak)", async () => {
    const { signal, data } = await renderThatEnds();
    expect(await collected(data)).toBe(false);
    expect(signal.aborted).toBe(true);
  });

  it("with it, the render's data is collected while the signal is kept, and the reason keeps its message and stack", async () => {
    releaseAbortReasonFrames();
    releaseAbortReasonFrames(); // twice: still one wrapper
    const { signal, data } = await renderThatEnds();
    expect(await collected(data)).toBe(true);
    expect(signal.reason).toBeInstanceOf(Error);
    expect((signal.reason as Error).message).toBe("This render completed successfully.");
    expect((signal.reason as Error).stack).toContain("flushCompletedRender");
  });

  it("a bare abort() and a string reason still abort as before", () => {
    releaseAbortReasonFrames();
    const bare = new AbortController();
    bare.abort();
    expect(bare.signal.reason).toBeInstanceOf(DOMException);
    expect((bare.signal.reason as DOMException).name).toBe("AbortError");
    const text = new AbortController();
    text.abort("klar");
    expect(text.signal.reason).toBe("klar");
    let heard = 0;
    const listened = new AbortController();
    listened.signal.addEventListener("abort", () => heard++);
    listened.abort();
    listened.abort();
    expect(heard).toBe(1);
  });

});
