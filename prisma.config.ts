// Prisma 6.19 CLI config. The native schema engine cannot be downloaded on our
// machines, so the CLI uses the WebAssembly ("js") engine through the same PostgreSQL
// driver adapter as the app. It is only used for `prisma generate` and for
// `prisma migrate diff` between two schema files, neither of which connects: the pool
// below is never opened. The app and the migration runner (lib/db/migrate.ts) never go
// through the CLI.
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// Without some DATABASE_URL `prisma generate` falls back to downloading an engine.
process.env.DATABASE_URL ??= "postgresql://cli@127.0.0.1:1/unused";

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
});
