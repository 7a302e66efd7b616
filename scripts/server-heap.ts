// The heap limits the portal's server runs with (`npm run portal`, `npm start`, the benchmark).
// Without one, V8 lets the old generation grow towards its default limit before it collects
// in earnest, so a server that needs about 150 MB stays at over 500 MB after a busy hour. The
// heavy requests stream (CSV a batch at a time, Excel as sheet XML, see features/participants/
// export.ts), so the limit bounds memory without failing them. PORTAL_HEAP_MB overrides it.
export const SERVER_HEAP_MB = 256;

// The young generation: V8's default semi-space on 64-bit is 16 MB, and each worker keeps two of
// them (32 MB) whether it needs them or not, while a page's garbage is a few MB. At 8 MB the two
// workers took 397–406 MB proportional after the 10,000-placement run instead of 431–453, with
// the same requests per second in alternating runs (scripts/bench-http.ts; session 12).
// PORTAL_SEMI_SPACE_MB overrides it.
export const SERVER_SEMI_SPACE_MB = 8;

/** NODE_OPTIONS for the server process, keeping what the caller already set. */
export function serverNodeOptions(existing = process.env.NODE_OPTIONS): string {
  const heap = Number(process.env.PORTAL_HEAP_MB || SERVER_HEAP_MB);
  const semi = Number(process.env.PORTAL_SEMI_SPACE_MB || SERVER_SEMI_SPACE_MB);
  return [existing, `--max-old-space-size=${heap}`, `--max-semi-space-size=${semi}`].filter(Boolean).join(" ");
}
