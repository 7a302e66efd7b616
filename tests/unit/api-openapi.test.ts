// The OpenAPI document: valid JSON Schema 2020-12 throughout, every endpoint served by a route
// file, every reference resolvable, and request bodies that document only what a client sends.
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { openApiDocument } from "@/features/public-api/openapi";
import { allEndpoints } from "@/features/public-api/endpoints";
import { PROBLEM_CODES } from "@/lib/api/problem";

type Json = Record<string, unknown>;
const doc = openApiDocument() as Json;
const paths = doc.paths as Record<string, Record<string, Json>>;
const schemas = (doc.components as { schemas: Record<string, Json> }).schemas;

function walk(value: unknown, visit: (node: Json) => void) {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
  else if (value && typeof value === "object") {
    visit(value as Json);
    Object.values(value).forEach((v) => walk(v, visit));
  }
}

const routeFile = (apiPath: string) => path.join(process.cwd(), "app/api/v1", apiPath.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with JSON Schema 2020-12, bearer authentication and every endpoint", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.jsonSchemaDialect).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(doc.security).toEqual([{ apiToken: [] }]);
    expect(allEndpoints.length).toBeGreaterThanOrEqual(17);
    expect(new Set(allEndpoints.map((e) => e.operationId)).size).toBe(allEndpoints.length);
    for (const e of allEndpoints) expect(paths[e.path][e.method.toLowerCase()].operationId).toBe(e.operationId);
  });

  it("every endpoint is served by its route file, which exports the method", async () => {
    for (const e of allEndpoints) {
      const file = routeFile(e.path);
      expect(existsSync(file), file).toBe(true);
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      expect(typeof mod[e.method], `${e.method} ${e.path}`).toBe("function");
    }
    expect(existsSync(path.join(process.cwd(), "app/api/v1/openapi.json/route.ts"))).toBe(true);
  });

  it("path parameters match the path templates", () => {
    for (const e of allEndpoints) {
      const inPath = [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const params = ((paths[e.path][e.method.toLowerCase()].parameters as Json[]) ?? []).filter((p) => p.in === "path").map((p) => p.name as string).sort();
      expect(params, e.operationId).toEqual(inPath);
    }
  });

  it("every $ref resolves, and no component carries $schema or $id", () => {
    walk(doc, (node) => {
      if (typeof node.$ref === "string") {
        const m = /^#\/components\/schemas\/(.+)$/.exec(node.$ref);
        expect(m, node.$ref).not.toBeNull();
        expect(schemas[m![1]], node.$ref).toBeDefined();
      }
    });
    for (const [name, s] of Object.entries(schemas)) {
      expect(s.$schema, name).toBeUndefined();
      expect(s.$id, name).toBeUndefined();
    }
  });

  it("compiles with ajv (2020-12) as a whole, and each request schema on its own", () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    ajv.addSchema(doc, "openapi.json");
    for (const name of Object.keys(schemas)) expect(() => ajv.getSchema(`openapi.json#/components/schemas/${name}`)).not.toThrow();
    for (const e of allEndpoints) {
      const op = paths[e.path][e.method.toLowerCase()];
      for (const p of (op.parameters as Json[]) ?? []) expect(() => ajv.compile(p.schema as Json)).not.toThrow();
      const body = (op.requestBody as { content: Record<string, { schema: Json }> } | undefined)?.content["application/json"].schema;
      if (body) expect(() => ajv.compile(body)).not.toThrow();
    }
  });

  it("request bodies leave out what the API fills in (participant from the path, idempotency key from the header)", () => {
    for (const e of allEndpoints.filter((x) => x.body)) {
      const body = (paths[e.path][e.method.toLowerCase()].requestBody as { content: Record<string, { schema: Json }> }).content["application/json"].schema;
      const hidden = [...Object.keys(e.body!.fromPath ?? {}), ...(e.body!.idempotencyKeyField ? [e.body!.idempotencyKeyField] : [])];
      walk(body, (node) => {
        if (node.properties) for (const h of hidden) expect(Object.keys(node.properties as Json), `${e.operationId} ${h}`).not.toContain(h);
        if (Array.isArray(node.required)) for (const h of hidden) expect(node.required, `${e.operationId} ${h}`).not.toContain(h);
      });
    }
    const report = (paths["/participants/{id}/reports"].post.requestBody as { content: Record<string, { schema: Json }> }).content["application/json"].schema;
    expect((report.oneOf as Json[]).map((b) => ((b.properties as Record<string, Json>).kind as Json).const)).toEqual(["ABSENCE", "DEVIATION", "INFORMATIVE", "WORK_SIGNAL", "RESULT", "FINAL"]);
  });

  it("every POST needs Idempotency-Key; every operation documents its errors as problem details", () => {
    for (const e of allEndpoints) {
      const op = paths[e.path][e.method.toLowerCase()];
      const header = ((op.parameters as Json[]) ?? []).find((p) => p.in === "header" && p.name === "Idempotency-Key");
      if (e.method === "POST") {
        expect(e.idempotent, e.operationId).toBe(true);
        expect(header?.required, e.operationId).toBe(true);
      }
      const responses = op.responses as Record<string, { content: Record<string, { schema: Json }> }>;
      for (const status of ["401", "403", "429", "500"]) expect(responses[status].content["application/problem+json"].schema).toEqual({ $ref: "#/components/schemas/Problem" });
      if (e.params) expect(responses["404"]).toBeDefined();
      expect(Object.keys(responses).some((s) => s.startsWith("2"))).toBe(true);
    }
  });

  it("lists the problem codes with the documentation page's anchors", () => {
    const codes = doc["x-problem-codes"] as { code: string; status: number; type: string }[];
    expect(codes.map((c) => c.code).sort()).toEqual(Object.keys(PROBLEM_CODES).sort());
    for (const c of codes) expect(c.type).toBe(`/api-dokumentation#fel-${c.code.replaceAll("_", "-")}`);
  });
});
