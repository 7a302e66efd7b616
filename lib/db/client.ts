// The one PrismaClient of the process, over a pg pool to the PostgreSQL server that
// DATABASE_URL names (the embedded one in the demo, the deployment's own elsewhere).
// It lives on globalThis so that Next's dev reloads reuse the pool.
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { resolveDbTarget, type DbTarget } from "./target";
import { pgPoolExecutor, type SqlExecutor } from "./sql-executor";
import { poolSizing } from "./pool-options";

function createClient(pool: Pool) {
  return new PrismaClient({
    adapter: new PrismaPg(pool),
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

/** The instance's pool to `url`, sized by poolSizing(env). */
export function createPool(url: string, env: Record<string, string | undefined> = process.env): Pool {
  return new Pool({ connectionString: url, ...poolSizing(env) });
}

function open(target: DbTarget): DbHandle {
  const pool = createPool(target.url);
  // An idle connection the server ends (restart, failover, admin) must not crash the process;
  // the pool replaces it on next use.
  pool.on("error", (err: Error & { code?: string }) => console.error(`[db] idle connection closed: ${err.code ?? err.name}`));
  const prisma = createClient(pool);
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
