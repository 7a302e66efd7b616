// Every test file gets a database of its own, migrated with the project's runner:
// an in-memory PGlite by default, or a fresh database on a real PostgreSQL server when
// TEST_POSTGRES_URL is set (scripts/test-all.sh runs the suite both ways).
import { afterAll } from "vitest";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { closeDb, dbHandle } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { setClock } from "@/lib/clock";

await closeDb();
const adminUrl = process.env.TEST_POSTGRES_URL;
let dbName: string | null = null;

if (adminUrl) {
  dbName = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  process.env.DATABASE_URL = url.toString();
} else {
  process.env.DATABASE_URL = "memory://";
}

await migrate(dbHandle().sql);

afterAll(async () => {
  setClock(null);
  await closeDb();
  if (adminUrl && dbName) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
});
