import path from "node:path";
import { existsSync } from "node:fs";
import { ensureDatabase, startEmbeddedServer } from "@/lib/db/embedded-server";
const dir = "/tmp/benchdb";
const fresh = !existsSync(dir);
const server = await startEmbeddedServer({ dataDir: path.join(dir, "data"), port: 55432 });
await ensureDatabase(server.adminUrl, "bench");
process.env.DATABASE_URL = server.urlFor("bench");
const { dbHandle, closeDb } = await import("@/lib/db");
const { migrate } = await import("@/lib/db/migrate");
const { now, today } = await import("@/lib/clock");
await migrate(dbHandle().sql);
if (fresh) {
  await (await import("@/lib/mail/worker")).migrateJobQueue(process.env.DATABASE_URL);
  const { seedBenchSupplier } = await import("./bench/seed");
  const { makeOfficer } = await import("@/tests/support/factories");
  const officer = await makeOfficer();
  const s = await seedBenchSupplier({ name: "Benchmark 1 AB", participants: 10000, seed: 1, index: 1, today: today(), now: now(), officer });
  console.log("staff", s.admin.user.email);
}
await dbHandle().sql.query("VACUUM ANALYZE");
await closeDb();
console.log("READY", process.env.DATABASE_URL);
process.on("SIGTERM", async () => { await server.stop(); process.exit(0); });
setInterval(() => {}, 1 << 30);
