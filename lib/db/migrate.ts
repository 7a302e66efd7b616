// The project's own migration runner. It applies prisma/migrations/*/migration.sql in
// name order, each in its own transaction, and records
// them in Prisma's `_prisma_migrations` table shape so that a deployment able to run the
// native `prisma migrate deploy` sees the same history. It refuses to run when an
// applied migration's file has changed since it was applied.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlExecutor } from "./sql-executor";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationChecksumError extends Error {
  constructor(public readonly migrationName: string) {
    super(
      `Migrationen ${migrationName} har ändrats efter att den körts. Skapa en ny migration i stället för att ändra en gammal.`,
    );
  }
}

export function checksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksum(sql) };
    }),
  );
}

// Any constant both sides agree on; "minasid" in ASCII.
const MIGRATION_LOCK_KEY = 0x6d696e61736964;

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Applies pending migrations; returns the names it applied. */
export async function migrate(db: SqlExecutor, migrations?: MigrationFile[]): Promise<string[]> {
  const files = migrations ?? (await readMigrations());
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock($1)`, [MIGRATION_LOCK_KEY]);
    await tx.exec(CREATE_TABLE);
  });
  const applied = await db.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const appliedByName = new Map(applied.map((r) => [r.migration_name, r.checksum]));
  for (const file of files) {
    const known = appliedByName.get(file.name);
    if (known !== undefined && known !== file.checksum) throw new MigrationChecksumError(file.name);
  }
  const done: string[] = [];
  for (const file of files) {
    if (appliedByName.has(file.name)) continue;
    // Many app instances may start at once on one server: the lock makes them take turns,
    // and the one that waited sees that the migration is already applied.
    const ran = await db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock($1)`, [MIGRATION_LOCK_KEY]);
      const already = await tx.query(
        `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        [file.name],
      );
      if (already.length) return false;
      await tx.exec(file.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
        [randomUUID(), file.checksum, file.name],
      );
      return true;
    });
    if (ran) done.push(file.name);
  }
  return done;
}
