// How each instance's connection pool keeps its PostgreSQL connections.
//
// pg's default closes a connection after 10 s idle. A person reads a page for longer than that,
// so their next click opened fresh connections: a new server process, its password exchange,
// empty catalog caches and every prepared statement parsed again. Measured on the demo data,
// one user: Deltagarlista 33–40 ms after a 5 s pause, 75–182 ms after 11 s (README, "Running on your own
// PostgreSQL server"). The pool now keeps `min` connections open for good and closes the others
// after minutes, not seconds, so a quiet instance still holds few server processes.

export interface PoolSizing {
  max: number;
  min: number;
  idleTimeoutMillis: number;
}

const DEFAULTS = { max: 10, min: 4, idleSeconds: 300 };

function wholeNumber(raw: string | undefined, fallback: number, least: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= least ? n : fallback;
}

/** DATABASE_POOL_SIZE, DATABASE_POOL_MIN and DATABASE_POOL_IDLE_SECONDS, each with its default when unset or not a whole number. */
export function poolSizing(env: Record<string, string | undefined> = process.env): PoolSizing {
  const max = wholeNumber(env.DATABASE_POOL_SIZE, DEFAULTS.max, 1);
  const min = Math.min(max, wholeNumber(env.DATABASE_POOL_MIN, DEFAULTS.min, 0));
  const idleSeconds = wholeNumber(env.DATABASE_POOL_IDLE_SECONDS, DEFAULTS.idleSeconds, 1);
  return { max, min, idleTimeoutMillis: idleSeconds * 1000 };
}
