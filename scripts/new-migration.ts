// npm run db:new-migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the
// schema of the newest migration (its schema.prisma snapshot) to prisma/schema.prisma,
// and a snapshot of the new schema beside it. Uses Prisma's WASM schema engine offline,
// which needs a PostgreSQL connection even to diff two files: a throwaway embedded server.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { startEmbeddedServer, throwawayDir } from "@/lib/db/embedded-server";
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Ange ett namn: npm run db:new-migration -- lagg_till_rapporter");
  process.exit(1);
}
const dir = path.join(process.cwd(), "prisma", "migrations");
const previous = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort().at(-1);
const from = previous ? ["--from-schema-datamodel", path.join(dir, previous, "schema.prisma")] : ["--from-empty"];
const scratch = throwawayDir("mina-sidor-diff-");
const server = await startEmbeddedServer({ dataDir: `${scratch}/data` });
let sql: string;
try {
  sql = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: server.adminUrl },
  });
} finally {
  await server.stop();
  rmSync(scratch, { recursive: true, force: true });
}
if (!/^\s*(CREATE|ALTER|DROP)/m.test(sql)) {
  console.log("Schemat har inga ändringar sedan den senaste migrationen.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const target = path.join(dir, `${stamp}_${name}`);
mkdirSync(target);
writeFileSync(path.join(target, "migration.sql"), sql);
copyFileSync("prisma/schema.prisma", path.join(target, "schema.prisma"));
console.log(`Skapade ${path.relative(process.cwd(), target)}/migration.sql. Granska den och kör npm run db:migrate.`);
