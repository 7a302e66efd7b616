// The documentation page renders from the OpenAPI document: every endpoint, every problem code
// (with the anchors the problems' `type` points at) and every data type.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ApiDocumentation } from "@/features/public-api/components/api-documentation";
import { allEndpoints } from "@/features/public-api/endpoints";
import { PROBLEM_CODES } from "@/lib/api/problem";

describe("the API documentation page", () => {
  it("shows every endpoint, problem code and data type", async () => {
    const html = renderToStaticMarkup(createElement(ApiDocumentation, { canManageKeys: true }));
    expect(html).toContain("<h1");
    expect(html).toContain("/api/v1/openapi.json");
    for (const e of allEndpoints) {
      expect(html).toContain(`id="${e.operationId}"`);
      expect(html).toContain(`/api/v1${e.path}`);
    }
    for (const code of Object.keys(PROBLEM_CODES)) expect(html).toContain(`id="fel-${code.replaceAll("_", "-")}"`);
    for (const name of ["ParticipantSummary", "Order", "Problem", "PeriodicReport"]) expect(html).toContain(`id="schema-${name}"`);
    expect(html).toContain("120 anrop per minut");
    expect(html).toContain("kind: ABSENCE");
    expect(html).not.toContain("idempotencyKey</td>");
    expect(html).toContain('href="/administration/api-nycklar"');
  });

  it("links to the API keys only for those who may manage them", () => {
    expect(renderToStaticMarkup(createElement(ApiDocumentation, { canManageKeys: false }))).not.toContain('href="/administration/api-nycklar"');
  });
});
