// Which database the process talks to, decided once from the environment:
// a postgres:// DATABASE_URL means a real PostgreSQL server; anything else means
// embedded PGlite (a data folder, or memory:// for throwaway test databases).
import path from "node:path";

export type DbTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string | null };

export function resolveDbTarget(env: NodeJS.ProcessEnv = process.env): DbTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  if (url === "memory://") return { kind: "pglite", dataDir: null };
  const dataDir = env.PGLITE_DATA_DIR?.trim() || path.join(process.cwd(), "data", "pglite");
  return { kind: "pglite", dataDir };
}

export function describeDbTarget(target: DbTarget): string {
  if (target.kind === "pglite") return target.dataDir ? `PGlite (${target.dataDir})` : "PGlite (i minnet)";
  const u = new URL(target.url);
  return `PostgreSQL (${u.hostname}:${u.port || 5432}${u.pathname})`;
}
