// ESLint (flat config): Next.js's own rules (core web vitals, React, hooks, accessibility,
// imports) and its TypeScript rules. `npm run lint`; scripts/test-all.sh runs it before the
// unit tests.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "coverage/**", "next-env.d.ts"]),
]);
