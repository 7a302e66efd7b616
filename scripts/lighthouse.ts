// npm run lighthouse — Lighthouse scores of the portal's main pages, signed in, on a desktop
// and on a phone. It PRINTS figures; it is not a test and is not part of `npm test`.
//
// It starts a throwaway embedded PostgreSQL with the demo data and the production build
// (`next build` first when there is none), as bench:http does, signs in over HTTP as a
// supplier's staff member with every permission and as an officer, and runs Lighthouse
// (performance, accessibility, best practices) in Debian's Chromium with the session cookie.
// The machine may have no internet: nothing here fetches anything from outside.
//
//   --only a,b         only these pages, e.g. --only /start,/handlaggare
//   --form-factor F    desktop, mobile or both (default both)
//   --details          also list every audit that did not pass, per page
//   --json FILE        write the scores (and the failed audits) as JSON
//
// Targets (issue #14): accessibility 100 and best practices ≥ 95 on every page, performance
// ≥ 90 on desktop. Pages that miss one are listed after the table.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags, type Config } from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { seedDemo, signIn, startProductionPortal, startThrowawayDatabase } from "./bench/portal-harness";

const { values: args } = parseArgs({
  options: {
    only: { type: "string" },
    "form-factor": { type: "string", default: "both" },
    details: { type: "boolean", default: false },
    json: { type: "string" },
  },
});
const formFactors = (args["form-factor"] === "both" ? ["desktop", "mobile"] : [args["form-factor"]]) as ("desktop" | "mobile")[];
if (formFactors.some((f) => f !== "desktop" && f !== "mobile")) {
  console.error("--form-factor must be desktop, mobile or both.");
  process.exit(1);
}
const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;

const database = await startThrowawayDatabase({ prefix: "mina-sidor-lighthouse-", database: "lighthouse" });
const { staff, officer } = await seedDemo();
await (await import("@/lib/db")).closeDb();
const portal = await startProductionPortal({ secret: "lighthouse-secret-not-for-production" });
const { base } = portal;
const staffCookie = await signIn(base, staff);
const officerCookie = await signIn(base, officer);

/** The first link on a page that matches `pattern` (an id to open a detail page with). */
async function firstLink(path: string, cookie: string, pattern: RegExp): Promise<string> {
  const html = await (await fetch(`${base}${path}`, { headers: { cookie } })).text();
  const m = pattern.exec(html);
  if (!m) throw new Error(`No link matching ${pattern} on ${path}.`);
  return m[0];
}
const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
// An active participant who started long ago has a whole month to report.
const participant = await firstLink("/deltagare?status=active&sort=start&dir=asc", staffCookie, new RegExp(`/deltagare/${uuid}`));
const order = await firstLink("/bestallningar", staffCookie, new RegExp(`/bestallningar/${uuid}`));
const decision = await firstLink("/handlaggare/beslut", officerCookie, new RegExp(`/handlaggare/beslut/${uuid}`));
const d = new Date();
const previousMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);

interface Page {
  label: string;
  path: string;
  cookie: string | null;
}
const PAGES: Page[] = [
  { label: "/logga-in", path: "/logga-in", cookie: null },
  ...[
    ["/start"],
    ["/nya-deltagare"],
    ["/deltagare"],
    ["/deltagare/[id]", participant],
    ["/deltagare/[id]/redovisning/[månad]", `${participant}/redovisning/${previousMonth}`],
    ["/handelser"],
    ["/bestallningar"],
    ["/bestallningar/[id]", order],
    ["/administration/anvandare"],
  ].map(([label, path]) => ({ label, path: path ?? label, cookie: staffCookie })),
  ...[
    ["/handlaggare"],
    ["/handlaggare/beslut"],
    ["/handlaggare/beslut/[id]", decision],
    ["/handlaggare/planeringar"],
    ["/handlaggare/redovisningar"],
    ["/handlaggare/rapporter"],
    ["/handlaggare/leverantorer"],
  ].map(([label, path]) => ({ label, path: path ?? label, cookie: officerCookie })),
];
if (args.only) {
  const wanted = new Set(args.only.split(",").map((x) => x.trim()));
  for (let i = PAGES.length - 1; i >= 0; i--) if (!wanted.has(PAGES[i].label) && !wanted.has(PAGES[i].path)) PAGES.splice(i, 1);
}

interface Result {
  page: string;
  formFactor: "desktop" | "mobile";
  scores: Record<(typeof CATEGORIES)[number], number>;
  failed: { category: string; id: string; title: string; score: number | null; items: string[] }[];
}
const results: Result[] = [];
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
try {
  for (const formFactor of formFactors) {
    for (const p of PAGES) {
      const flags: Flags = {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
        extraHeaders: p.cookie ? { Cookie: p.cookie } : undefined,
      };
      const config: Config | undefined = formFactor === "desktop" ? desktopConfig : undefined;
      const run = await lighthouse(`${base}${p.path}`, flags, config);
      if (!run) throw new Error(`Lighthouse returned nothing for ${p.path}.`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`${p.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      // A lost session would measure the sign-in page instead: refuse that.
      if (p.cookie && new URL(lhr.finalDisplayedUrl).pathname.startsWith("/logga-in")) throw new Error(`${p.path} redirected to the sign-in page.`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Result["scores"];
      const failed: Result["failed"] = [];
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const a = lhr.audits[ref.id];
          if (ref.weight === 0 && c !== "performance") continue;
          if (a.score === null || a.score >= (c === "performance" ? 0.9 : 1)) continue;
          if (a.scoreDisplayMode === "informative" || a.scoreDisplayMode === "notApplicable" || a.scoreDisplayMode === "manual") continue;
          const details = a.details as { items?: unknown } | undefined;
          const items = (Array.isArray(details?.items) ? (details.items as Record<string, unknown>[]) : []).slice(0, 5).map((it) => {
            const node = it.node as { snippet?: string; explanation?: string } | undefined;
            return String(node?.snippet ?? it.url ?? it.description ?? it.source ?? JSON.stringify(it)).slice(0, 200);
          });
          failed.push({ category: c, id: a.id, title: a.title, score: a.score, items });
        }
      }
      results.push({ page: p.label, formFactor, scores, failed });
      process.stdout.write(`  ${formFactor} ${p.label}: ${CATEGORIES.map((c) => scores[c]).join(" / ")}\n`);
    }
  }
} finally {
  chrome.kill();
  await portal.stop();
  await database.stop();
}

const header = ["page", ...formFactors.flatMap((f) => [`${f} perf`, "a11y", "best pr."])];
const table = PAGES.map((p) => [
  p.label,
  ...formFactors.flatMap((f) => {
    const r = results.find((x) => x.page === p.label && x.formFactor === f)!;
    return CATEGORIES.map((c) => String(r.scores[c]));
  }),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log(`\nLighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, demo data, production build, scores 0–100`);
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const t of table) console.log(line(t));

const misses = results.flatMap((r) => {
  const out: string[] = [];
  if (r.scores.accessibility < 100) out.push(`accessibility ${r.scores.accessibility}`);
  if (r.scores["best-practices"] < 95) out.push(`best practices ${r.scores["best-practices"]}`);
  if (r.formFactor === "desktop" && r.scores.performance < 90) out.push(`performance ${r.scores.performance}`);
  return out.length ? [`${r.formFactor} ${r.page}: ${out.join(", ")}`] : [];
});
console.log(misses.length ? `\nBelow target (a11y 100, best practices ≥ 95, desktop performance ≥ 90):\n  ${misses.join("\n  ")}` : "\nEvery page meets the targets.");
if (args.details || misses.length) {
  for (const r of results) {
    const shown = r.failed.filter((f) => args.details || f.category !== "performance" || r.formFactor === "desktop");
    if (!shown.length || (!args.details && !misses.some((m) => m.startsWith(`${r.formFactor} ${r.page}:`)))) continue;
    console.log(`\n${r.formFactor} ${r.page}`);
    for (const f of shown) {
      console.log(`  [${f.category}] ${f.id} (${f.score}): ${f.title}`);
      for (const it of f.items) console.log(`      ${it}`);
    }
  }
}
if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2));
process.exit(0);
