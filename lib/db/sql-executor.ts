// A tiny raw-SQL interface over a pg pool, used by the migration runner and tests.
// Prisma is not used here because migrations must run before the client's schema exists.
import type { Pool } from "pg";

export interface SqlExecutor {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction on one connection; multi-statement SQL is allowed in `exec`. */
  transaction<R>(fn: (tx: { exec(sql: string): Promise<void>; query: SqlExecutor["query"] }) => Promise<R>): Promise<R>;
}

export function pgPoolExecutor(pool: Pool): SqlExecutor {
  return {
    async query(sql, params) {
      const res = await pool.query(sql, params as unknown[]);
      return res.rows;
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
        });
        await client.query("COMMIT");
        return result;
      } catch (err) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
  };
}
