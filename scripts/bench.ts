// npm run bench — times the portal's heaviest reads and one write path against a database
// filled with many placements. It PRINTS figures; it asserts nothing and is not a test.
//
// By default it runs on a throwaway embedded PostgreSQL server in a temporary folder,
// whatever DATABASE_URL says, unless that is a postgres:// URL. Then it refuses unless
// BENCH_ALLOW_POSTGRES=1, and it needs an EMPTY, DEDICATED database: it migrates it, checks
// that it holds no supplier or placement, fills it and leaves the rows there afterwards.
//
//   BENCH_PARTICIPANTS  placements to create (default 2000)
//   BENCH_ITERATIONS    timed runs per function (default 20)
//   BENCH_WARMUP        untimed runs before them (default 2)
//   BENCH_SEED          seed of the pseudo-random spread (default 1)
import { randomUUID } from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { percentile } from "./bench/percentile";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DecisionState } from "@/features/decisions/rules";

const envUrl = process.env.DATABASE_URL?.trim() ?? "";
const onPostgres = /^postgres(ql)?:\/\//.test(envUrl);
if (onPostgres && process.env.BENCH_ALLOW_POSTGRES !== "1") {
  console.error(
    "DATABASE_URL points at PostgreSQL. The benchmark fills the database with thousands of invented placements and leaves them there.\n" +
      "Give it an empty database of its own and set BENCH_ALLOW_POSTGRES=1, or unset DATABASE_URL to use a throwaway embedded server.",
  );
  process.exit(1);
}
const { startEmbeddedServer, throwawayDir } = await import("@/lib/db/embedded-server");
const { rmSync } = await import("node:fs");
const benchDir = onPostgres ? null : throwawayDir("mina-sidor-bench-");
const embedded = benchDir ? await startEmbeddedServer({ dataDir: `${benchDir}/data` }) : null;
if (embedded) process.env.DATABASE_URL = embedded.adminUrl;

// The database opens lazily on first use, so these imports do not open it before the lines above.
const { closeDb, db, dbHandle } = await import("@/lib/db");
const { describeDbTarget } = await import("@/lib/db/target");
const { migrate } = await import("@/lib/db/migrate");
const { now: clockNow, today: clockToday } = await import("@/lib/clock");
const { addCalendarDays, fromIsoDate, nextDay, periodEnd, serviceLimit } = await import("@/features/decisions/periods");
const { decisionState } = await import("@/features/decisions/rules");
const { monthlyLines } = await import("@/features/orders/lines");
const { listNewParticipants } = await import("@/features/participants/new-participants");
const { listParticipantsForStaff } = await import("@/features/participants/list");
const { countUnreadEvents, listEvents } = await import("@/features/events/feed");
const { listOrders } = await import("@/features/orders/order-list");
const { loadActorState } = await import("@/lib/authz/actor");
const { signInWithPassword } = await import("@/lib/auth/login");
const { createSession } = await import("@/lib/auth/session-store");
const { assignHandledare } = await import("@/features/assignments/service");
const { HANDLEDARE_CAP } = await import("@/features/assignments/rules");
const { TEST_PASSWORD, staffActor } = await import("@/tests/support/factories");
const { seedBenchSupplier } = await import("./bench/seed");

function intEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`${name} must be a whole number of at least ${min} (got "${raw}").`);
    process.exit(1);
  }
  return n;
}

const N = intEnv("BENCH_PARTICIPANTS", 2000, 50);
const K = intEnv("BENCH_ITERATIONS", 20, 1);
const WARMUP = intEnv("BENCH_WARMUP", 2, 0);
const SEED = intEnv("BENCH_SEED", 1, 0);

// ---------------------------------------------------------------------------------------
// Small helpers

const ms = (t0: number) => performance.now() - t0;
const fmtMs = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const fmtInt = (n: number) => n.toLocaleString("en-US").replace(/,/g, " ");
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function table(headers: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}



// ---------------------------------------------------------------------------------------
// Set-up

const handle = dbHandle();
const today = clockToday();
const nowInstant = clockNow();
console.log(`Benchmark on ${describeDbTarget(handle.target)}, ${fmtInt(N)} placements, ${WARMUP} warm-up + ${K} timed runs per function`);
console.log(`Node ${process.version}, ${os.cpus().length} CPU(s), today ${today}\n`);

const tMigrate = performance.now();
await migrate(handle.sql);
await (await import("@/lib/mail/worker")).migrateJobQueue(handle.target.url);
const migrateMs = ms(tMigrate);
if (!embedded && ((await db.supplier.count()) > 0 || (await db.decision.count()) > 0)) {
  console.error("The PostgreSQL database already holds suppliers or placements. The benchmark needs an empty, dedicated database.");
  await closeDb();
  process.exit(1);
}

const tSeed = performance.now();

const { supplier, units, unitIds, officer: _officer, admin, receiver, benchHandledare, handledare, staffCount, stateCount, unassignedNew, inserted, bulkMs, thisMonth } =
  await seedBenchSupplier({ name: "Benchmark AB", participants: N, seed: SEED, index: 1, today, now: nowInstant });
await handle.sql.query("ANALYZE");
const seedMs = ms(tSeed);
const bulkRows = inserted.reduce((s, [, n]) => s + n, 0);

console.log("Seed");
console.log(
  table(
    ["Table", "Rows"],
    [...inserted.map(([t, n]) => [t, fmtInt(n)]), ["(staff, officer, units: factories)", String(staffCount + 1 + units.length)]],
    [false, true],
  ),
);
const states: DecisionState[] = ["new", "active", "planned-interruption", "interrupted", "period-ended", "completed"];
console.log(`\nPlacements by state today: ${states.map((s) => `${s} ${stateCount.get(s) ?? 0}`).join(", ")}`);
console.log(`Migrations ${fmtMs(migrateMs)} ms. Seed ${fmtMs(seedMs)} ms in all; bulk inserts ${fmtInt(bulkRows)} rows in ${fmtMs(bulkMs)} ms = ${fmtInt(Math.round(bulkRows / (bulkMs / 1000)))} rows/s.\n`);

// ---------------------------------------------------------------------------------------
// Measurements

const adminActor = await staffActor(admin.user.id, supplier.id);
const receiverActor = await staffActor(receiver.user.id, supplier.id);
const oneHandledare = handledare[1];
const handledareActor = await staffActor(oneHandledare.id, supplier.id);
const adminSession = (await createSession(admin.user.id, supplier.id)).id;
const handledareSession = (await createSession(oneHandledare.id, supplier.id)).id;

interface Result {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
  rows: string;
}
const results: Result[] = [];

async function measure<T>(name: string, fn: (i: number) => Promise<T>, rows: (r: T) => string, runs = K, warmup = WARMUP): Promise<void> {
  let last: T | undefined;
  for (let i = 0; i < warmup; i++) last = await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await fn(warmup + i);
    times.push(ms(t0));
  }
  const sorted = [...times].sort((a, b) => a - b);
  const result = {
    name,
    runs,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1],
    mean: times.reduce((s, x) => s + x, 0) / times.length,
    rows: last === undefined ? "" : rows(last),
  };
  results.push(result);
  process.stdout.write(`  ${name}: p50 ${fmtMs(result.p50)} ms\n`);
}

const paged = (r: { rows: unknown[]; total: number }) => `${r.rows.length} of ${fmtInt(r.total)}`;
const all3 = `${units.length} units`;

console.log("Measuring (reads first, then the write loop)");
await measure(`listNewParticipants (receiver, ${all3})`, () => listNewParticipants(receiverActor, {}, today), paged);
await measure("listNewParticipants (receiver, unit filter)", () => listNewParticipants(receiverActor, { unitId: unitIds[0] }, today), paged);
await measure(`listParticipantsForStaff (admin, ${all3})`, () => listParticipantsForStaff(adminActor, {}, today), paged);
await measure("listParticipantsForStaff (state=active, end desc)", () => listParticipantsForStaff(adminActor, { state: "active", sort: "end", dir: "desc" }, today), paged);
await measure("listParticipantsForStaff (search \"ander\")", () => listParticipantsForStaff(adminActor, { q: "ander" }, today), paged);
await measure("listParticipantsForStaff (handledare, 1 unit)", () => listParticipantsForStaff(handledareActor, { page: 2 }, today), paged);
await measure(`listEvents (admin, ${all3}, page 1)`, () => listEvents(adminActor, {}), paged);
await measure("listEvents (admin, unread only)", () => listEvents(adminActor, { onlyUnread: true }), paged);
await measure("countUnreadEvents (admin)", () => countUnreadEvents(adminActor), (n) => fmtInt(n));
await measure(`listOrders (admin, ${all3})`, () => listOrders(adminActor, {}), paged);
await measure("listOrders (admin, this month's lines)", () => listOrders(adminActor, { month: thisMonth.slice(0, 7) }), paged);
await measure("loadActorState (admin, all units)", () => loadActorState(adminSession), (s) => s.status);
await measure("loadActorState (handledare, listed units)", () => loadActorState(handledareSession), (s) => s.status);
await measure("signInWithPassword (scrypt, off the event loop)", () => signInWithPassword(admin.user.email, TEST_PASSWORD), (r) => (r.ok ? "ok" : r.reason));

// The write: one participant at a time to a handledare with room. The first round assigns
// new participants; when there are more runs than that, later rounds move them to the other
// benchmark handledare and back (a change instead of a first assignment).
const cap = HANDLEDARE_CAP.ROM2 ?? Infinity;
const pool = unassignedNew.slice(0, Math.min(unassignedNew.length, cap));
if (pool.length === 0) {
  console.log("  assignHandledare: skipped, no unassigned ongoing placement to assign");
} else {
  const current = new Map<string, string | null>(pool.map((id) => [id, null]));
  await measure(
    "assignHandledare (1 participant, in a loop)",
    async (i) => {
      const decisionId = pool[i % pool.length];
      const to = benchHandledare[Math.floor(i / pool.length) % 2].user.id;
      const r = await assignHandledare(receiverActor, { items: [{ decisionId, expectedHandledareId: current.get(decisionId) ?? null }], handledareId: to, idempotencyKey: randomUUID() }, today);
      current.set(decisionId, to);
      return r;
    },
    (r) => `${r.assigned} assigned`,
  );
}

// ---------------------------------------------------------------------------------------
// Report

console.log(`\nResults (${K} timed runs after ${WARMUP} warm-up; milliseconds; rows = what the last run returned)`);
console.log(
  table(
    ["Function", "Runs", "p50", "p95", "max", "mean", "Rows"],
    results.map((r) => [r.name, String(r.runs), fmtMs(r.p50), fmtMs(r.p95), fmtMs(r.max), fmtMs(r.mean), r.rows]),
    [false, true, true, true, true, true, true],
  ),
);
const mem = process.memoryUsage();
console.log(`\nMemory at the end: rss ${mb(mem.rss)}, heapUsed ${mb(mem.heapUsed)} (heapTotal ${mb(mem.heapTotal)}, external ${mb(mem.external)})`);
if (!embedded) console.log("The benchmark's rows stay in the PostgreSQL database; drop it when done.");
await closeDb();
if (embedded) {
  await embedded.stop();
  rmSync(benchDir!, { recursive: true, force: true });
}
