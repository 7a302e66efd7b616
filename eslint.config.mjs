// ESLint (flat config): Next.js's own rules (core web vitals, React, hooks, accessibility,
// imports) and its TypeScript rules. `npm run lint`; scripts/test-all.sh runs it before the
// unit tests. lib/ is the shared kernel: it may not import from features/ (also checked by
// tests/architecture.test.ts).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["lib/**/*.{ts,tsx,js,mjs}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/features", "@/features/*", "**/features", "**/features/**"],
              message: "lib/ is the shared kernel and never imports from features/ (move the code into the feature, or the shared part into lib/).",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "coverage/**", "next-env.d.ts"]),
]);
