// The heap limit the portal's server runs with (`npm run portal`, `npm start`, the benchmark).
// Without one, V8 lets the old generation grow towards its default limit before it collects
// in earnest, so a server that needs about 150 MB stays at over 500 MB after a busy hour. The
// heavy requests stream (CSV a batch at a time, Excel as sheet XML, see features/participants/
// export.ts), so the limit bounds memory without failing them. PORTAL_HEAP_MB overrides it.
export const SERVER_HEAP_MB = Number(process.env.PORTAL_HEAP_MB ?? 256);

/** NODE_OPTIONS for the server process, keeping what the caller already set. */
export function serverNodeOptions(existing = process.env.NODE_OPTIONS): string {
  return [existing, `--max-old-space-size=${SERVER_HEAP_MB}`].filter(Boolean).join(" ");
}
