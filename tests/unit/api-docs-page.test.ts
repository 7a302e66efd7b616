// The documentation page renders from the OpenAPI document: every endpoint, every problem code
// (with the anchors the problems' `type` points at) and every data type.
import { describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import type { StaffActor } from "@/lib/authz/permissions";

const actor: StaffActor = {
  kind: "staff", userId: "u", sessionId: "s", name: "Anna", email: "a@example.se", supplierId: "s1", supplierName: "Leverantören AB",
  membershipId: "m", permissions: ["ADMINISTER_PERMISSIONS"], allUnits: true, unitIds: [],
};
vi.mock("@/lib/authz/guard", () => ({ requireStaff: async () => actor }));

const { default: ApiDocumentationPage } = await import("@/app/(supplier)/api-dokumentation/page");
const { allEndpoints } = await import("@/lib/api/endpoints");
const { PROBLEM_CODES } = await import("@/lib/api/problem");

describe("the API documentation page", () => {
  it("shows every endpoint, problem code and data type", async () => {
    const html = renderToStaticMarkup(await ApiDocumentationPage());
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
});
