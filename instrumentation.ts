// Runs once when a portal server starts: the workaround for the abort-reason leak (see
// lib/server/abort-reason-stacks.ts), then each instance works off the mail queue.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("./lib/server/abort-reason-stacks")).releaseAbortReasonFrames();
  if (process.env.NEXT_PHASE === "phase-production-build" || !process.env.DATABASE_URL) return;
  const { startMailWorker } = await import("./lib/mail/worker");
  await startMailWorker(process.env.DATABASE_URL).catch((err) => console.error(`[e-post] kön kunde inte starta: ${err instanceof Error ? err.message : err}`));
}
