// A workaround for an upstream leak that crashed the portal's workers under load (heap out of
// memory at the 256 MB limit after a few minutes of 20 users, see README "Memory").
//
// React's Flight server and Next abort a controller when each render ends, with an Error as the
// reason, from inside a setImmediate callback. V8 keeps an Error's stack as raw frames until
// `.stack` is first read, and a frame keeps its receiver: here the Immediate, whose async
// context is the request's whole store (response, rendered payload). Immediates that ran in the
// same batch stay linked through `_idleNext`, so one retained request pinned every later one:
// a heap snapshot after 4,000 requests held 1,014 ServerResponse objects chained this way.
// Upstream: react/react#37288 (fix proposed in #37289), vercel/next.js#97434 and #84648.
//
// Reading `.stack` once turns the frames into a string, which holds nothing. That costs
// microseconds per abort, a few aborts per render. Remove this when the upstream fix ships.

const INSTALLED = Symbol.for("mina-sidor-fa.abortReasonStacks");

/** Makes every AbortController.abort() drop its reason's stack frames. Safe to call twice. */
export function releaseAbortReasonFrames(): void {
  const proto = AbortController.prototype as AbortController & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const abort = proto.abort;
  proto.abort = function abortAndReleaseFrames(this: AbortController, reason?: unknown) {
    abort.call(this, reason);
    const stored: unknown = this.signal.reason;
    if (stored instanceof Error) void stored.stack;
  };
  Object.defineProperty(proto, INSTALLED, { value: true });
}
