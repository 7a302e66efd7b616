import { defineConfig } from "vitest/config";
import path from "node:path";

const root = path.dirname(new URL(import.meta.url).pathname);

const shared = {
  resolve: {
    alias: {
      "@": root,
      // Next's guard against importing server modules into client bundles; not needed in Node tests.
      "server-only": path.join(root, "tests/setup/empty.ts"),
    },
  },
};

export default defineConfig({
  ...shared,
  test: {
    pool: "forks",
    isolate: true,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { TZ: "UTC" },
    projects: [
      { ...shared, test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/architecture.test.ts"], env: { TZ: "UTC" } } },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // One PostgreSQL server and migrated template per run; a database cloned from it per file.
          globalSetup: ["tests/setup/global-database.ts"],
          setupFiles: ["tests/setup/database.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: { TZ: "UTC" },
        },
      },
    ],
  },
});
