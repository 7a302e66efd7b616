// What the measuring scripts (bench:http, lighthouse) share: a throwaway embedded PostgreSQL
// server with the portal's schema, the production build served on a free loopback port, and
// a sign-in over HTTP as a browser does it. Nothing here is used by the app.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureDatabase, freePort, startEmbeddedServer, throwawayDir, type EmbeddedServer } from "@/lib/db/embedded-server";
import { serverNodeOptions } from "../server-heap";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

export interface ThrowawayDatabase {
  server: EmbeddedServer;
  databaseUrl: string;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/**
 * A fresh server in a temporary folder with one migrated database (and the mail job queue),
 * named in process.env.DATABASE_URL so that the app's modules imported afterwards use it.
 */
export async function startThrowawayDatabase(opts: { prefix: string; database: string; log?: (line: string) => void }): Promise<ThrowawayDatabase> {
  const dir = throwawayDir(opts.prefix);
  const server = await startEmbeddedServer({ dataDir: path.join(dir, "data"), log: opts.log });
  await ensureDatabase(server.adminUrl, opts.database);
  const databaseUrl = server.urlFor(opts.database);
  process.env.DATABASE_URL = databaseUrl;
  const { dbHandle } = await import("@/lib/db");
  const { migrate } = await import("@/lib/db/migrate");
  await migrate(dbHandle().sql);
  await (await import("@/lib/mail/worker")).migrateJobQueue(databaseUrl);
  return {
    server,
    databaseUrl,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The demo data (features/demo) and the accounts the scripts sign in as. */
export async function seedDemo(): Promise<{ staff: Credentials; officer: Credentials }> {
  const { dbHandle } = await import("@/lib/db");
  const { today } = await import("@/lib/clock");
  const { seedDemoData, DEMO_PASSWORD } = await import("@/features/demo/seed");
  await seedDemoData(dbHandle().prisma, { today: today() });
  return {
    staff: { email: "alla@framtidsvagen.example.se", password: DEMO_PASSWORD },
    officer: { email: "handlaggare@arbetsformedlingen.example.se", password: DEMO_PASSWORD },
  };
}

export interface Credentials {
  email: string;
  password: string;
}

export interface RunningPortal {
  base: string;
  pid: number;
  /** Workers that stopped and were started again (scripts/serve.mjs says so on stderr): a crash, such as a heap out of memory. */
  restarts(): number;
  stop(): Promise<void>;
}

/**
 * Serves the production build (`next build` first when there is none) and waits until it
 * answers. With `profileDir` the server runs under node --cpu-prof.
 */
export async function startProductionPortal(opts: { secret: string; profileDir?: string }): Promise<RunningPortal> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("No production build: running next build …");
    if (spawnSync(bin("next"), ["build"], { stdio: "inherit" }).status !== 0) process.exit(1);
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // As the portal serves (scripts/serve.mjs: one worker per core); a profile wants one process.
  const serveArgs = [path.join(root, "scripts", "serve.mjs"), "-p", String(port), "-H", "127.0.0.1"];
  const app = spawn(
    process.execPath,
    opts.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(opts.profileDir)}`, ...serveArgs] : serveArgs,
    {
      env: { ...process.env, ...(opts.profileDir ? { PORTAL_WORKERS: "1" } : {}), NODE_OPTIONS: serverNodeOptions(), NEXTAUTH_SECRET: opts.secret, NEXTAUTH_URL: base, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let restarts = 0;
  app.stderr!.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    restarts += chunk.toString().match(/\[serve\] a worker stopped/g)?.length ?? 0;
  });
  const stop = async () => {
    app.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
  };
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/logga-in`)).ok) break;
    } catch {}
    if (i > 300) {
      await stop();
      throw new Error("The portal did not start.");
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, pid: app.pid!, restarts: () => restarts, stop };
}

/** Signs in as a browser would (CSRF token, credentials callback); returns the Cookie header. */
export async function signIn(base: string, who: Credentials): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    body: new URLSearchParams({ csrfToken, email: who.email, password: who.password, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`Sign-in failed for ${who.email} (${res.status}).`);
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}
