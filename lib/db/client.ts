// The one PrismaClient of the process, and the one embedded PGlite behind it when no
// PostgreSQL server is configured. Both live on globalThis: a PGlite data folder must
// be opened once per process, and Next's dev reloads must not open it again.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { mkdirSync } from "node:fs";
import { PrismaClient } from "../generated/prisma/client";
import { resolveDbTarget, type DbTarget } from "./target";
import { pgliteExecutor, pgPoolExecutor, type SqlExecutor } from "./sql-executor";

function createClient(adapter: unknown) {
  return new PrismaClient({
    // pglite-prisma-adapter 0.6 is typed against an older driver-adapter-utils.
    adapter: adapter as never,
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createClient>;

interface DbHandle {
  target: DbTarget;
  prisma: Db;
  sql: SqlExecutor;
  close(): Promise<void>;
}

const globalForDb = globalThis as unknown as { __minaSidorDb?: DbHandle };

function open(target: DbTarget): DbHandle {
  if (target.kind === "postgres") {
    const pool = new Pool({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // An idle connection the server ends (restart, failover, admin) must not crash the process;
    // the pool replaces it on next use.
    pool.on("error", (err: Error & { code?: string }) => console.error(`[db] idle connection closed: ${err.code ?? err.name}`));
    const prisma = createClient(new PrismaPg(pool));
    return {
      target,
      prisma,
      sql: pgPoolExecutor(pool),
      async close() {
        await prisma.$disconnect();
        await pool.end().catch(() => undefined);
      },
    };
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const pglite = new PGlite(target.dataDir ?? undefined);
  const prisma = createClient(new PrismaPGlite(pglite));
  return {
    target,
    prisma,
    sql: pgliteExecutor(pglite),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

export function dbHandle(): DbHandle {
  globalForDb.__minaSidorDb ??= open(resolveDbTarget());
  return globalForDb.__minaSidorDb;
}

export async function closeDb(): Promise<void> {
  const handle = globalForDb.__minaSidorDb;
  globalForDb.__minaSidorDb = undefined;
  await handle?.close();
}

/**
 * The Prisma client. Opened lazily on first use so that importing a module (for
 * example while `next build` collects routes) never opens the database.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = dbHandle().prisma as unknown as Record<PropertyKey, unknown>;
    const value = client[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});
