import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { dbHandle } from "@/lib/db";
import { randomBytes } from "node:crypto";
import pgDriver from "pg";
import { pgPoolExecutor, type SqlExecutor } from "@/lib/db/sql-executor";
import { migrate, MigrationChecksumError, readMigrations, type MigrationFile } from "@/lib/db/migrate";

// What a schema is, read from the catalogue: tables, columns, enums, indexes, constraints.
async function describeSchema(sql: SqlExecutor) {
  const columns = await sql.query(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, datetime_precision
     FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
     ORDER BY table_name, column_name`,
  );
  const enums = await sql.query(
    `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
     FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY t.typname`,
  );
  const indexes = await sql.query(
    `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`,
  );
  const constraints = await sql.query(
    `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
     FROM pg_constraint WHERE contype <> 'n' AND connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"')
     ORDER BY conname`,
  );
  return { columns, enums, indexes, constraints };
}

async function withScratchDatabase<T>(fn: (sql: SqlExecutor) => Promise<T>): Promise<T> {
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;
  const name = `scratch_${randomBytes(6).toString("hex")}`;
  const admin = new pgDriver.Pool({ connectionString: adminUrl, max: 1 });
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pgDriver.Pool({ connectionString: url.toString(), max: 2 });
  // DROP … WITH (FORCE) below ends any connection the pool has not closed yet; that is the
  // point of FORCE, not a failure of the test, so it must not surface as an unhandled error.
  pool.on("error", () => undefined);
  try {
    return await fn(pgPoolExecutor(pool));
  } finally {
    await pool.end();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}

describe("migrations", () => {
  it("produce exactly the schema that schema.prisma describes (no drift)", async () => {
    const expectedSql = execFileSync("npx", ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      // The WASM schema engine opens a connection even for a diff between two files.
      env: { ...process.env, DATABASE_URL: process.env.TEST_ADMIN_DATABASE_URL },
    });
    const expected = await withScratchDatabase(async (sql) => {
      await sql.transaction((tx) => tx.exec(expectedSql));
      return describeSchema(sql);
    });

    const actual = await describeSchema(dbHandle().sql);
    // Objects schema.prisma cannot express, written by hand in migrations (and named there).
    const HAND_WRITTEN_INDEXES = ["Decision_needs_handledare_idx", "Decision_new_participants_idx", "HandledareAssignment_one_current_per_decision"];
    expect(actual.indexes.filter((i) => HAND_WRITTEN_INDEXES.includes(i.indexname as string)).map((i) => i.indexname)).toEqual(HAND_WRITTEN_INDEXES);
    actual.indexes = actual.indexes.filter((i) => !HAND_WRITTEN_INDEXES.includes(i.indexname as string));
    expect(actual.enums).toEqual(expected.enums);
    expect(actual.columns).toEqual(expected.columns);
    expect(actual.indexes).toEqual(expected.indexes);
    expect(actual.constraints).toEqual(expected.constraints);
    expect(actual.columns.length).toBeGreaterThan(50);
  }, 60_000);

  it("records what was applied and applies nothing twice", async () => {
    const files = await readMigrations();
    const rows = await dbHandle().sql.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toEqual(files.map((f) => ({ migration_name: f.name, checksum: f.checksum })));
    expect(await migrate(dbHandle().sql)).toEqual([]);
  });

  it("refuses to run when an applied migration's file has changed", async () => {
    const files = await readMigrations();
    const tampered: MigrationFile[] = files.map((f, i) => (i === 0 ? { ...f, sql: f.sql + "\n-- edit", checksum: "0".repeat(64) } : f));
    await expect(migrate(dbHandle().sql, tampered)).rejects.toBeInstanceOf(MigrationChecksumError);
  });

  it("applies each migration in a transaction: a failing one leaves nothing behind", async () => {
    await withScratchDatabase(async (sql) => {
      const bad: MigrationFile[] = [
        { name: "001_ok", sql: `CREATE TABLE a (id int);`, checksum: "a".repeat(64) },
        { name: "002_bad", sql: `CREATE TABLE b (id int); INSERT INTO missing_table VALUES (1);`, checksum: "b".repeat(64) },
      ];
      await expect(migrate(sql, bad)).rejects.toThrow();
      const tables = await sql.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema='public' ORDER BY 1`);
      expect(tables.map((t) => t.table_name)).toEqual(["_prisma_migrations", "a"]);
      const applied = await sql.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
      expect(applied.map((r) => r.migration_name)).toEqual(["001_ok"]);
    });
  });

  it("lets many instances start at once: each migration is applied by exactly one", async () => {
    await withScratchDatabase(async (sql) => {
      const files: MigrationFile[] = [
        { name: "001_a", sql: `CREATE TABLE a (id int);`, checksum: "a".repeat(64) },
        { name: "002_b", sql: `CREATE TABLE b (id int);`, checksum: "b".repeat(64) },
      ];
      const results = await Promise.all([migrate(sql, files), migrate(sql, files), migrate(sql, files)]);
      expect(results.flat().sort()).toEqual(["001_a", "002_b"]);
      const applied = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
      expect(applied[0].n).toBe(2);
    });
  });
});
