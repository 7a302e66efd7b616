// `next start`, once per core, on one port: node's cluster module shares the listening socket
// and hands each connection to a worker. One Node process renders on one core only, so on a
// 2-core machine a single `next start` leaves half of it to PostgreSQL alone. The workers are
// instances as a deployment behind a load balancer would run them: they share nothing but the
// database (sessions are signed cookies, rate limits and jobs live in PostgreSQL).
//
//   node scripts/serve.mjs -p 3000 [-H host]    PORTAL_WORKERS=n overrides the count (1: no cluster)
import cluster from "node:cluster";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const args = ["start", ...process.argv.slice(2)];
const workers = Math.max(1, Math.floor(Number(process.env.PORTAL_WORKERS || availableParallelism())));

if (cluster.isPrimary && workers > 1) {
  cluster.setupPrimary({ exec: nextBin, args });
  let stopping = false;
  // Live workers by id until they have exited (cluster.workers drops one already at disconnect,
  // while it may still be finishing its requests and closing its database pool).
  const started = new Map();
  const fork = () => {
    const worker = cluster.fork();
    started.set(worker.id, { worker, at: Date.now() });
  };
  const stopAll = () => {
    for (const { worker } of started.values()) worker.process.kill("SIGTERM");
  };
  for (let i = 0; i < workers; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    const since = started.get(worker.id)?.at ?? 0;
    started.delete(worker.id);
    if (stopping) {
      if (started.size === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    // A worker that dies at once (a port in use, a broken build) would die again: stop, with its code.
    if (Date.now() - since < 10_000) {
      console.error(`[serve] a worker stopped while starting (${signal ?? code}); stopping.`);
      stopping = true;
      process.exitCode = code || 1;
      stopAll();
      if (started.size === 0) process.exit(process.exitCode);
      return;
    }
    console.error(`[serve] a worker stopped (${signal ?? code}); starting a new one.`);
    fork();
  });
  for (const sig of ["SIGTERM", "SIGINT"]) {
    process.on(sig, () => {
      stopping = true;
      stopAll();
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
} else {
  process.argv = [process.argv[0], nextBin, ...args];
  await import(nextBin);
}
