// Prisma 6.19 CLI config. The native schema engine cannot be downloaded on our
// machines, so the CLI uses the WebAssembly ("js") engine with an in-memory PGlite.
// This is only for `prisma generate` and `prisma migrate diff`; the app and the
// migration runner (lib/db/migrate.ts) never go through the CLI.
import { defineConfig } from "prisma/config";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

// Without some DATABASE_URL `prisma generate` falls back to downloading an engine.
process.env.DATABASE_URL ??= "postgresql://cli@localhost/unused";

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  adapter: async () => new PrismaPGlite(new PGlite()) as any,
});
