// npm run bench:http — the portal's pages over HTTP, as people would load them. It PRINTS
// figures and never fails on timing; it is not a test.
//
// It starts a throwaway embedded PostgreSQL server (as the tests do), fills it, starts the
// production build (`next build` first when there is none), signs in over HTTP as a
// supplier's staff member (all permissions, all units) and as an officer, and loads every
// supplier and officer page: alone (median of 15, each beside a load of the floor), then by N concurrent users (autocannon),
// beside the framework's floor (/logga-in, no database) in the same run.
//
//   --participants N   placements per supplier (default 2000)
//   --suppliers S      suppliers of that size (default 1); the first is the one signed in
//   --demo             the demo data instead (signed in as alla@framtidsvagen…, every permission)
//   --connections C    concurrent users (default 10)
//   --duration D       seconds per page under load (default 10)
//   --sign-in-flood    also: an unrelated page while 40 sign-ins for unknown addresses run
//   --only a,b         only these pages (besides the floor), e.g. --only /start,/deltagare
//   --profile DIR      write a V8 CPU profile of the portal server into DIR (open it in Chrome DevTools)
import { appendFileSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { percentile } from "./bench/percentile";
import { serverNodeOptions } from "./server-heap";
import { seedDemo, signIn, startProductionPortal, startThrowawayDatabase } from "./bench/portal-harness";

const { values: args } = parseArgs({
  options: {
    participants: { type: "string", default: "2000" },
    suppliers: { type: "string", default: "1" },
    demo: { type: "boolean", default: false },
    connections: { type: "string", default: "10" },
    duration: { type: "string", default: "10" },
    "sign-in-flood": { type: "boolean", default: false },
    only: { type: "string" },
    profile: { type: "string" },
  },
});
const PARTICIPANTS = Number(args.participants);
const SUPPLIERS = Number(args.suppliers);
const CONNECTIONS = Number(args.connections);
const DURATION = Number(args.duration);
for (const [k, v] of Object.entries({ participants: PARTICIPANTS, suppliers: SUPPLIERS, connections: CONNECTIONS, duration: DURATION })) {
  if (!Number.isInteger(v) || v < 1) {
    console.error(`--${k} must be a whole number of at least 1.`);
    process.exit(1);
  }
}

// The server logs every statement (log_statement = all on the bench database), so the bench
// can print how many SQL statements one load of each page costs.
let statements = 0;
// …and how long the server spent on them (log_min_duration_statement = 0 logs each step's duration).
let sqlMs = 0;
const database = await startThrowawayDatabase({
  prefix: "mina-sidor-bench-http-",
  database: "bench",
  log: (l) => {
    statements += l.match(/LOG: {2}(statement|execute [^:]*):/g)?.length ?? 0;
    for (const m of l.matchAll(/LOG: {2}duration: ([\d.]+) ms/g)) sqlMs += Number(m[1]);
    if (process.env.BENCH_SQL_LOG) appendFileSync(process.env.BENCH_SQL_LOG, l + "\n");
  },
});
const { closeDb, dbHandle } = await import("@/lib/db");
const { now, today } = await import("@/lib/clock");

const t0 = Date.now();
let staff: { email: string; password: string };
let officer: { email: string; password: string };
if (args.demo) {
  ({ staff, officer } = await seedDemo());
  console.log(`Demo data seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
} else {
  const { seedBenchSupplier } = await import("./bench/seed");
  const { TEST_PASSWORD, makeOfficer } = await import("@/tests/support/factories");
  const theOfficer = await makeOfficer();
  let first: Awaited<ReturnType<typeof seedBenchSupplier>> | null = null;
  for (let s = 0; s < SUPPLIERS; s++) {
    const seeded = await seedBenchSupplier({ name: `Benchmark ${s + 1} AB`, participants: PARTICIPANTS, seed: s + 1, index: s + 1, today: today(), now: now(), officer: theOfficer });
    first ??= seeded;
    process.stdout.write(`  supplier ${s + 1}/${SUPPLIERS} seeded\n`);
  }
  staff = { email: first!.admin.user.email, password: TEST_PASSWORD };
  officer = { email: theOfficer.email, password: TEST_PASSWORD };
  console.log(`${SUPPLIERS} × ${PARTICIPANTS} placements seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
}
// As autovacuum leaves a settled database: statistics, and the visibility map index-only scans use.
await dbHandle().sql.query("VACUUM ANALYZE");
await closeDb();

const portal = await startProductionPortal({ secret: "bench-secret-not-for-production", profileDir: args.profile });
const base = portal.base;
async function stopAll() {
  await admin.end();
  await portal.stop();
  await database.stop();
}

const admin = new pg.Client({ connectionString: database.server.adminUrl });
await admin.connect();
/** Statement logging on only while a page is loaded alone, so that the load runs unlogged. */
async function logStatements(level: "all" | "none") {
  await admin.query(`ALTER SYSTEM SET log_statement = '${level}'`);
  await admin.query(`ALTER SYSTEM SET log_min_duration_statement = ${level === "all" ? 0 : -1}`);
  await admin.query("SELECT pg_reload_conf()");
  await new Promise((r) => setTimeout(r, 100));
}

const staffCookie = await signIn(base, staff);
const officerCookie = await signIn(base, officer);
const memoryAtStart = memoryMb(portal.pid);

const PAGES: { path: string; cookie: string | null }[] = [
  { path: "/logga-in", cookie: null },
  ...["/start", "/nya-deltagare", "/deltagare", "/deltagare?status=active&sort=end&dir=desc", "/handelser", "/bestallningar", "/administration/arbetsbelastning", "/administration/anvandare"].map((p) => ({ path: p, cookie: staffCookie })),
  ...["/handlaggare", "/handlaggare/beslut", "/handlaggare/planeringar", "/handlaggare/redovisningar", "/handlaggare/rapporter", "/handlaggare/leverantorer"].map((p) => ({ path: p, cookie: officerCookie })),
];

if (args.only) {
  const wanted = new Set(args.only.split(",").map((x) => x.trim()));
  for (let i = PAGES.length - 1; i > 0; i--) if (!wanted.has(PAGES[i].path)) PAGES.splice(i, 1);
}

async function once(p: { path: string; cookie: string | null }): Promise<{ ms: number; status: number; bytes: number }> {
  const t = performance.now();
  const res = await fetch(`${base}${p.path}`, { headers: p.cookie ? { cookie: p.cookie } : {}, redirect: "manual" });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t, status: res.status, bytes: body.byteLength };
}

/**
 * One user alone: the median of this many loads, each right after a load of the floor, so that
 * the machine's own speed (which moves by ±30% within minutes on this 2-core machine) moves
 * both sides of the ratio alike. Seven in a row, floor measured once at the start, could not
 * tell 2× from 2.5×.
 */
const ALONE = 15;
/** Loads with statement logging on, to count a page's SQL statements and their time. */
const LOGGED = 5;

interface Row {
  page: string;
  status: number;
  single: number;
  /** The median of the floor's loads taken between this page's (its own floor). */
  floorBeside: number;
  /** The document's size (HTML with its inline RSC payload), uncompressed: rendering cost follows it. */
  kb: number;
  sql: number;
  dbMs: number;
  p50: number;
  p95: number;
  p975: number;
  rps: number;
}
const rows: Row[] = [];
const median = (xs: number[]) => percentile(xs.slice().sort((a, b) => a - b), 0.5);
// Warm every page up first (JIT, module loading, the pools), so that the floor, measured first,
// is not also measuring the server's start.
// Twelve loads each: PostgreSQL plans a prepared statement afresh for its first five executions
// on each pooled connection before it settles on a generic plan, and a portal that has been
// serving for a while is past that.
for (const p of PAGES) for (let i = 0; i < 12; i++) await once(p);
console.log(`\nLoading ${PAGES.length} pages: alone (median of ${ALONE}, each beside a load of the floor), then ${CONNECTIONS} concurrent users for ${DURATION} s each`);
for (const p of PAGES) {
  await once(p); // warm-up
  // The SQL figures come from loads of their own, so that the timed loads below carry no
  // statement logging (its parsing runs here, on the same two cores). Measured beside them, the
  // logged loads took about as long (12.7 against 13.3 ms for /start): both are printed.
  await logStatements("all");
  const before = statements;
  const beforeMs = sqlMs;
  const logged: number[] = [];
  for (let i = 0; i < LOGGED; i++) logged.push((await once(p)).ms);
  await new Promise((r) => setTimeout(r, 300)); // the log arrives through the server's stderr
  const sql = (statements - before) / LOGGED;
  const dbMs = (sqlMs - beforeMs) / LOGGED;
  await logStatements("none");
  await once(p);
  const singles: Awaited<ReturnType<typeof once>>[] = [];
  const floors: number[] = [];
  for (let i = 0; i < ALONE; i++) {
    floors.push((await once(PAGES[0])).ms);
    singles.push(await once(p));
  }
  const single = median(singles.map((s) => s.ms));
  // autocannon's summary has p90 and p97.5 but no p95 (issue #16's target): keep every response time.
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      { url: `${base}${p.path}`, connections: CONNECTIONS, duration: DURATION, headers: p.cookie ? { cookie: p.cookie } : {} },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    run.on("response", (_client, _status, _bytes, ms) => times.push(ms));
  });
  rows.push({ page: p.path, status: singles[0].status, single, floorBeside: median(floors), kb: singles[0].bytes / 1024, sql, dbMs, p50: result.latency.p50, p95: percentile(times.sort((a, b) => a - b), 0.95), p975: result.latency.p97_5, rps: result.requests.average });
  process.stdout.write(`  ${p.path}: ${single.toFixed(1)} ms alone (floor beside it ${median(floors).toFixed(1)}; ${median(logged).toFixed(1)} with every statement logged), p97.5 ${result.latency.p97_5} ms under load${result.non2xx ? ` (${result.non2xx} non-2xx)` : ""}\n`);
}

let flood: { quiet: number; during: number } | null = null;
if (args["sign-in-flood"]) {
  const quiet = (await once(PAGES[1])).ms;
  const floodRun = Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      fetch(`${base}/api/auth/csrf`).then(async (r) => {
        const { csrfToken } = (await r.json()) as { csrfToken: string };
        const cookie = r.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
        return fetch(`${base}/api/auth/callback/credentials`, {
          method: "POST", redirect: "manual",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie },
          body: new URLSearchParams({ csrfToken, email: `ingen${i}@example.invalid`, password: "fel-lösenord-123", json: "true" }),
        });
      }),
    ),
  );
  await new Promise((r) => setTimeout(r, 100));
  const during = (await once(PAGES[1])).ms;
  await floodRun;
  flood = { quiet, during };
}

/**
 * Memory (MB) of the server's processes: scripts/serve.mjs and its workers (one per core).
 * Resident (RSS) counts the pages that the processes share (Node's binary, Next's files) once
 * in each; proportional (PSS, /proc/<pid>/smaps_rollup) divides each shared page among them,
 * so its sum is what the server takes from the machine.
 */
function memoryMb(pid: number): { rss: number; pss: number; largest: number; processes: number } {
  const pids = [pid];
  try {
    for (const e of readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) pids.push(Number(e));
  } catch {}
  const read = (p: number, file: string, field: string) => {
    try {
      return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${p}/${file}`, "utf8"))?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  };
  const rss = pids.map((p) => read(p, "status", "VmRSS"));
  const pss = pids.map((p) => read(p, "smaps_rollup", "Pss"));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return { rss: sum(rss), pss: sum(pss), largest: Math.max(...rss), processes: pids.length };
}
const memory = memoryMb(portal.pid);

const floor = rows[0];
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const header = ["page", "HTTP", "KB", "SQL/load", "SQL ms", "alone ms", "floor beside", "×floor", "p50 ms", "p95 ms", "×floor p95", "p97.5 ms", "×floor p97.5", "req/s"];
const table = rows.map((r) => [r.page, String(r.status), r.kb.toFixed(0), r.sql.toFixed(0), r.dbMs.toFixed(1), fmt(r.single), fmt(r.floorBeside), (r.single / r.floorBeside).toFixed(1), fmt(r.p50), fmt(r.p95), (r.p95 / Math.max(floor.p95, 1)).toFixed(1), fmt(r.p975), (r.p975 / Math.max(floor.p975, 1)).toFixed(1), fmt(r.rps)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
const what = args.demo ? "demo data" : `${SUPPLIERS} supplier(s) × ${PARTICIPANTS} placements`;
console.log(`\nResults: ${what}, ${CONNECTIONS} concurrent users, ${DURATION} s per page, PostgreSQL (embedded), production build, ${args.profile ? 1 : process.env.PORTAL_WORKERS || availableParallelism()} server worker(s) (PORTAL_WORKERS)`);
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const t of table) console.log(line(t));
const mem = (m: ReturnType<typeof memoryMb>) => `${m.rss.toFixed(0)} MB resident (${m.pss.toFixed(0)} MB proportional, shared pages once) in ${m.processes} process(es), the largest ${m.largest.toFixed(0)} MB`;
console.log(`\nServer memory after the run: ${mem(memory)}`);
console.log(`  (the server ran with ${serverNodeOptions("")}: scripts/server-heap.ts)`);
console.log(`  (the floor, after start and two sign-ins, before any page: ${mem(memoryAtStart)})`);
console.log(`Workers that crashed and were restarted during the run: ${portal.restarts()}`);
if (flood) console.log(`Sign-in flood (40 parallel sign-ins, unknown addresses): /start ${flood.quiet.toFixed(0)} ms quiet, ${flood.during.toFixed(0)} ms during (${(flood.during / flood.quiet).toFixed(1)}×)`);
await stopAll();
process.exit(0);
