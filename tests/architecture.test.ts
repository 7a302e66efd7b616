// The shape of the code, checked on its source with the TypeScript compiler:
// - every entry point is declared through a wrapper that states what it needs: each export of
//   a "use server" file and each HTTP method of an app/**/route.ts is made by a wrapper that
//   requires a capability, or by an explicitly named public one (sign-in, invitation...), so a
//   forgotten check is impossible rather than unlikely;
// - lib/ is the shared kernel: it never imports from features/, app/ or components/ (the kernel
//   depends on no feature and on no screen); features/ never import from app/ (screens import
//   features, not the other way round);
// - app/ holds only Next's route files (page, layout, loading, error, not-found, forbidden,
//   route and the special files such as globals.css and icon.svg), each importing from
//   features/: every component, server action and query lives in features/<feature>/.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));

/** Wrappers of server actions (lib/actions) and what they check. */
const ACTION_WRAPPERS = new Set([
  "staffAction", // a capability (lib/actions/staff-action.ts)
  "officerAction", // officerWork
  "staffFormAction", // a capability, for plain <form action> (lib/actions/form-action.ts)
  "sessionFormAction", // a signed-in session before an organisation is chosen (supplier choice)
  "publicAction", // a named public entry: sign-in, invitation, password reset
]);
/** Wrappers of route handlers (lib/http/route.ts, lib/api/route.ts). */
const ROUTE_WRAPPERS = new Set([
  "apiRoute", // the public API: a token and the endpoint's capability
  "staffRoute", // a signed-in staff member with a capability
  "staffXmlDownload", // staffRoute for a PEPPOL file
  "publicRoute", // a named public entry: sign-in (next-auth), the OpenAPI document
]);
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

const rel = (p: string) => path.relative(root, p);

function parse(file: string, text = readFileSync(file, "utf8")): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function isUseServerFile(sf: ts.SourceFile): boolean {
  const first = sf.statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server";
}

/** The name of the function a call expression calls (`staffAction(...)` → staffAction; `a.b(...)` → b). */
function calleeName(e: ts.Expression | undefined): string | null {
  if (!e) return null;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  if (!ts.isCallExpression(e)) return null;
  const c = e.expression;
  if (ts.isIdentifier(c)) return c.text;
  if (ts.isPropertyAccessExpression(c)) return c.name.text;
  return null;
}

/** Each export of the file (or only those named in `only`), with the wrapper that made it (null: none). */
function exportsOf(sf: ts.SourceFile, only?: Set<string>): { name: string; wrapper: string | null }[] {
  const locals = new Map<string, string | null>();
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) locals.set(d.name.text, calleeName(d.initializer));
    }
  }
  const out: { name: string; wrapper: string | null }[] = [];
  const add = (name: string, wrapper: string | null) => {
    if (!only || only.has(name)) out.push({ name, wrapper });
  };
  for (const st of sf.statements) {
    const exported = ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isVariableStatement(st) && exported) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) add(d.name.text, calleeName(d.initializer));
    } else if (ts.isFunctionDeclaration(st) && exported) {
      add(st.name?.text ?? "default", null);
    } else if (ts.isExportAssignment(st)) {
      add("default", calleeName(st.expression));
    } else if (ts.isExportDeclaration(st)) {
      if (st.moduleSpecifier || !st.exportClause || !ts.isNamedExports(st.exportClause)) {
        add("*", null); // a re-export from another module is not declared here
        continue;
      }
      for (const el of st.exportClause.elements) add(el.name.text, locals.get((el.propertyName ?? el.name).text) ?? null);
    } else if ((ts.isClassDeclaration(st) || ts.isEnumDeclaration(st)) && exported) {
      add(st.name?.text ?? "default", null);
    }
  }
  return out;
}

/** Server action exports not made by an action wrapper. */
function unwrappedActions(file: string, text?: string): string[] {
  const sf = parse(file, text);
  if (!isUseServerFile(sf)) return [];
  return exportsOf(sf)
    .filter((e) => !e.wrapper || !ACTION_WRAPPERS.has(e.wrapper))
    .map((e) => `${rel(file)}: ${e.name}${e.wrapper ? ` (made by ${e.wrapper})` : ""}`);
}

/** Route handler exports (GET, POST, ...) not made by a route wrapper. */
function unwrappedRoutes(file: string, text?: string): string[] {
  const sf = parse(file, text);
  return exportsOf(sf)
    .filter((e) => HTTP_METHODS.has(e.name) || e.name === "*" || e.name === "default")
    .filter((e) => !e.wrapper || !ROUTE_WRAPPERS.has(e.wrapper))
    .map((e) => `${rel(file)}: ${e.name}${e.wrapper ? ` (made by ${e.wrapper})` : ""}`);
}

/** "use server" anywhere but as a file's first statement (an inline server action). */
function inlineUseServer(file: string): boolean {
  const text = readFileSync(file, "utf8");
  if (!text.includes("use server")) return false;
  const sf = parse(file, text);
  let found = false;
  const visit = (n: ts.Node) => {
    if (ts.isExpressionStatement(n) && ts.isStringLiteral(n.expression) && n.expression.text === "use server" && n.parent !== sf) found = true;
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/** Every module the file imports, re-exports, import()s or require()s (the compiler's own pre-pass). */
function importsOf(file: string, text = readFileSync(file, "utf8")): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** Where an import lands, relative to the repository ("app/...", "lib/..."), or null for packages. */
function target(file: string, spec: string): string | null {
  if (spec.startsWith("@/")) return spec.slice(2);
  if (spec.startsWith(".")) return rel(path.resolve(path.dirname(file), spec));
  return null;
}

/** A file's imports of the given top-level folders (by alias, relative path or import()). */
function importsInto(file: string, folders: string[], text?: string): string[] {
  const into = new RegExp(`^(${folders.join("|")})(/|$)`);
  return importsOf(file, text)
    .map((spec) => ({ spec, to: target(file, spec) }))
    .filter(({ to }) => to !== null && into.test(to))
    .map(({ spec }) => `${rel(file)} imports ${spec}`);
}

/** A lib/ file's imports of app/ or components/. */
const layerViolations = (file: string, text?: string) => importsInto(file, ["app", "components"], text);

/** A lib/ file's imports of features/ (the kernel never depends on a feature). */
const kernelViolations = (file: string, text?: string) => importsInto(file, ["features"], text);

/** The files app/ may hold: Next's route files and its special files; nothing else. */
const APP_FILE_NAMES = new Set([
  "page.tsx",
  "layout.tsx",
  "loading.tsx",
  "error.tsx",
  "not-found.tsx",
  "forbidden.tsx",
  "unauthorized.tsx",
  "route.ts",
  "globals.css",
  "icon.svg",
]);

/** Every file under a folder, whatever its kind (repository-relative). */
function allFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name.startsWith(".")) continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) allFiles(p, out);
    else out.push(rel(p));
  }
  return out;
}

/** The app/ files whose name is not one of APP_FILE_NAMES. */
const strayAppFiles = (files: string[]) => files.filter((f) => !APP_FILE_NAMES.has(path.basename(f)));

const sourceFiles = ["app", "lib", "components", "features"].flatMap((d) => walk(path.join(root, d)));

describe("architecture: entry points", () => {
  it("the checks catch a hand-rolled server action and a hand-rolled route handler", () => {
    const action = `"use server";\nimport { requireStaff } from "@/lib/authz/guard";\nexport async function doIt(formData: FormData) {\n  await requireStaff();\n}\nexport const ok = staffAction("reportOnParticipants", schema, async () => null);\nconst inner = async () => {};\nexport { inner as alias };\nexport const looksWrapped = someOtherHelper(async () => null);\n`;
    expect(unwrappedActions(path.join(root, "app/x/actions.ts"), action)).toEqual([
      "app/x/actions.ts: doIt",
      "app/x/actions.ts: alias",
      "app/x/actions.ts: looksWrapped (made by someOtherHelper)",
    ]);
    const route = `export const dynamic = "force-dynamic";\nexport async function GET() { return new Response("x"); }\nconst handler = NextAuth(options);\nexport { handler as POST };\nexport const PUT = staffRoute("seeOrders", async () => new Response());\n`;
    expect(unwrappedRoutes(path.join(root, "app/x/route.ts"), route)).toEqual(["app/x/route.ts: GET", "app/x/route.ts: POST (made by NextAuth)"]);
  });

  it("every export of every \"use server\" file is made by an action wrapper", () => {
    const files = sourceFiles.filter((f) => readFileSync(f, "utf8").includes("use server") && isUseServerFile(parse(f)));
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((f) => unwrappedActions(f))).toEqual([]);
  });

  it("no inline server actions (\"use server\" inside a function) bypass the wrappers", () => {
    expect(sourceFiles.filter(inlineUseServer).map(rel)).toEqual([]);
  });

  it("every app/**/route.ts handler is made by a route wrapper", () => {
    const routes = walk(path.join(root, "app")).filter((f) => /\/route\.tsx?$/.test(f));
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.flatMap((f) => unwrappedRoutes(f))).toEqual([]);
  });
});

describe("architecture: layers", () => {
  it("the check catches an import of a screen, by alias, relative path or import()", () => {
    const text = `import { x } from "@/components/ui/button";\nimport y from "../../app/(supplier)/layout";\nexport { z } from "@/lib/db";\nconst w = await import("@/app/page");\n`;
    expect(layerViolations(path.join(root, "lib/a/b.ts"), text)).toEqual([
      "lib/a/b.ts imports @/components/ui/button",
      "lib/a/b.ts imports ../../app/(supplier)/layout",
      "lib/a/b.ts imports @/app/page",
    ]);
  });

  it("lib/ never imports from app/ or components/", () => {
    expect(walk(path.join(root, "lib")).flatMap((f) => layerViolations(f))).toEqual([]);
  });

  it("the check catches a lib/ import of a feature, by alias, relative path or import()", () => {
    const text = `import { a } from "@/features/orders/queries";\nimport b from "../../features/staff/service";\nexport { c } from "@/lib/db";\nconst d = await import("@/features/demo/seed");\nimport e from "@/lib/featuresque";\n`;
    expect(kernelViolations(path.join(root, "lib/a/b.ts"), text)).toEqual([
      "lib/a/b.ts imports @/features/orders/queries",
      "lib/a/b.ts imports ../../features/staff/service",
      "lib/a/b.ts imports @/features/demo/seed",
    ]);
  });

  it("lib/ (the shared kernel) never imports from features/", () => {
    expect(walk(path.join(root, "lib")).flatMap((f) => kernelViolations(f))).toEqual([]);
  });

  it("features/ never import from app/", () => {
    const files = walk(path.join(root, "features"));
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => importsInto(f, ["app"]))).toEqual([]);
  });
});

describe("architecture: app/ holds only route files", () => {
  it("the check catches a component, a server action or a helper in app/", () => {
    expect(
      strayAppFiles([
        "app/(supplier)/start/page.tsx",
        "app/(supplier)/start/own-phone-form.tsx",
        "app/(supplier)/start/actions.ts",
        "app/(supplier)/request-cache.ts",
        "app/api/v1/orders/route.ts",
        "app/globals.css",
      ]),
    ).toEqual(["app/(supplier)/start/own-phone-form.tsx", "app/(supplier)/start/actions.ts", "app/(supplier)/request-cache.ts"]);
  });

  it("app/ contains only page, layout, loading, error, not-found, forbidden, unauthorized, route and Next's special files", () => {
    const files = allFiles(path.join(root, "app"));
    expect(files.length).toBeGreaterThan(50);
    expect(strayAppFiles(files)).toEqual([]);
  });
});

/** `vi.mock`/`vi.doMock` of one of the app's own modules (by alias or relative path). */
function ownModuleMocks(file: string, text = readFileSync(file, "utf8")): string[] {
  return [...text.matchAll(/vi\.(?:do)?[mM]ock\(\s*["'`]((?:@\/|\.{1,2}\/)[^"'`]+)["'`]/g)].map((m) => `${rel(file)} mocks ${m[1]}`);
}

describe("architecture: tests use the real modules", () => {
  it("the check catches a mock of an app module, by alias or relative path, and allows a framework mock", () => {
    const text = `vi.mock("@/lib/authz/guard", () => ({}));\nvi.doMock("../support/x");\nvi.mock("next/navigation", () => ({}));\n`;
    expect(ownModuleMocks(path.join(root, "tests/unit/a.test.ts"), text)).toEqual(["tests/unit/a.test.ts mocks @/lib/authz/guard", "tests/unit/a.test.ts mocks ../support/x"]);
  });

  it("no test mocks the app's own modules (the database, the guard, a feature): they run for real", () => {
    const files = walk(path.join(root, "tests")).filter((f) => f !== path.join(root, "tests/architecture.test.ts"));
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => ownModuleMocks(f))).toEqual([]);
  });
});

describe("architecture: screens read through a feature's queries", () => {
  const screenFiles = () => [
    ...allFiles(path.join(root, "app")).filter((f) => /\.(ts|tsx)$/.test(f)).map((f) => path.join(root, f)),
    ...walk(path.join(root, "features")).filter((f) => /[/\\](pages|components)[/\\]/.test(f)),
  ];
  const dbImports = (file: string, text?: string) => importsOf(file, text).filter((s) => s === "@/lib/db" || s.startsWith("@/lib/db/")).map((s) => `${rel(file)} imports ${s}`);

  it("the check catches a page that imports the database client", () => {
    expect(dbImports(path.join(root, "app/x/page.tsx"), `import { db } from "@/lib/db";\nimport { a } from "@/features/x/queries";\n`)).toEqual(["app/x/page.tsx imports @/lib/db"]);
  });

  it("no page, layout, route or screen component in app/ or features/*/{pages,components} queries Prisma itself", () => {
    const files = screenFiles();
    expect(files.length).toBeGreaterThan(80);
    expect(files.flatMap((f) => dbImports(f))).toEqual([]);
  });
});
