// The heap limit the portal's server runs with (`npm run portal`, `npm start`, the benchmark).
// Without one, V8 lets the old generation grow towards its default limit before it collects
// in earnest, so a server that needs about 150 MB stays at over 500 MB after a busy hour. The
// heavy requests stream (CSV a batch at a time, Excel as sheet XML, see features/participants/
// export.ts), so the limit bounds memory without failing them. PORTAL_HEAP_MB overrides it.
export const SERVER_HEAP_MB = Number(process.env.PORTAL_HEAP_MB ?? 320);

// A page render leaves megabytes of short-lived objects (React elements, the RSC payload's
// strings). With V8's default young generation they are scavenged many times per second and
// some are promoted before they die; 16 MB semi-spaces gave 5-15% more requests/s in
// npm run bench:http for about 30 MB more per instance. PORTAL_SEMI_SPACE_MB overrides it.
export const SERVER_SEMI_SPACE_MB = Number(process.env.PORTAL_SEMI_SPACE_MB ?? 16);

/** NODE_OPTIONS for the server process, keeping what the caller already set. */
export function serverNodeOptions(existing = process.env.NODE_OPTIONS): string {
  return [existing, `--max-old-space-size=${SERVER_HEAP_MB}`, `--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`].filter(Boolean).join(" ");
}
