// Once per test run: a PostgreSQL server (the embedded one in a throwaway folder, or the
// server TEST_POSTGRES_URL names) and one migrated template database. Each test file
// then gets its own database cloned from the template (tests/setup/database.ts), which
// is much faster than migrating a fresh database per file.
import type { TestProject } from "vitest/node";
import { rmSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedServer, throwawayDir, type EmbeddedServer } from "@/lib/db/embedded-server";
import { migrate } from "@/lib/db/migrate";
import { migrateJobQueue } from "@/lib/mail/worker";
import { pgPoolExecutor } from "@/lib/db/sql-executor";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  let server: EmbeddedServer | null = null;
  let dir: string | null = null;
  let adminUrl = process.env.TEST_POSTGRES_URL?.trim();
  if (!adminUrl) {
    dir = throwawayDir("mina-sidor-test-pg-");
    server = await startEmbeddedServer({ dataDir: path.join(dir, "data") });
    adminUrl = server.adminUrl;
  }
  const template = `tpl_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const pool = new pg.Pool({ connectionString: withDatabase(adminUrl, template), max: 1 });
  try {
    await migrate(pgPoolExecutor(pool));
    await migrateJobQueue(withDatabase(adminUrl, template));
  } finally {
    await pool.end();
  }
  // Nobody may connect to a template while it is cloned.
  await admin.query(`ALTER DATABASE ${template} WITH ALLOW_CONNECTIONS false`);
  await admin.end();

  project.provide("pgAdminUrl", adminUrl);
  project.provide("pgTemplate", template);

  return async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    await c.end();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
