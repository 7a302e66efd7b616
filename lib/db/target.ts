// Which PostgreSQL server the process talks to: always the one DATABASE_URL names.
// `npm run portal` starts the embedded server (lib/db/embedded-server.ts) and sets
// DATABASE_URL before the app starts; a deployment sets it to its own server.
export interface DbTarget {
  kind: "postgres";
  url: string;
}

export class MissingDatabaseUrlError extends Error {
  constructor() {
    super(
      "DATABASE_URL saknas. Starta portalen med `npm run portal` (som startar den inbyggda PostgreSQL-servern) eller sätt DATABASE_URL till en postgres://-adress.",
    );
  }
}

export function resolveDbTarget(env: NodeJS.ProcessEnv = process.env): DbTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  throw new MissingDatabaseUrlError();
}

export function describeDbTarget(target: DbTarget): string {
  const u = new URL(target.url);
  return `PostgreSQL (${u.hostname}:${u.port || 5432}${u.pathname})`;
}
