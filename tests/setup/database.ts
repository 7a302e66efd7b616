// Every test file gets a database of its own, cloned from the migrated template that
// tests/setup/global-database.ts made on the run's PostgreSQL server.
import { afterAll, inject } from "vitest";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { closeDb } from "@/lib/db";
import { setClock } from "@/lib/clock";

const adminUrl = inject("pgAdminUrl");
const template = inject("pgTemplate");

async function adminQuery(sql: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

await closeDb();
const dbName = `t_${randomBytes(6).toString("hex")}`;
for (let attempt = 0; ; attempt++) {
  try {
    await adminQuery(`CREATE DATABASE ${dbName} TEMPLATE ${template}`);
    break;
  } catch (err) {
    // Two files cloning the same template at the same instant can collide (55006).
    if ((err as { code?: string }).code !== "55006" || attempt >= 20) throw err;
    await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
  }
}
const url = new URL(adminUrl);
url.pathname = `/${dbName}`;
process.env.DATABASE_URL = url.toString();
process.env.TEST_ADMIN_DATABASE_URL = adminUrl;

afterAll(async () => {
  setClock(null);
  await closeDb();
  await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
});
