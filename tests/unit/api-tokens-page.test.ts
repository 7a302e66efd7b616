// The administration page for API tokens renders (the view, with the rows the page loads) the organisation's tokens with their state,
// and the form with its accessible fields (the data functions are tested in integration).
import { describe, expect, it, vi } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ApiTokensView } from "@/features/api-tokens/components/api-tokens-view";
import type { TokenRow } from "@/features/api-tokens/service";

const actor = { supplierName: "Leverantören AB" };
const rows: TokenRow[] = [
  {
    id: "t1", name: "Verksamhetssystem", prefix: "msfa_abcd2345", permissions: ["REPORTING"], allUnits: false, units: [{ id: "u1", name: "Enhet Norr" }],
    expiresAt: new Date("2026-09-30T22:00:00Z"), createdAt: new Date("2026-06-01T08:00:00Z"), createdBy: "Anna", lastUsedAt: null, revokedAt: null, revokedBy: null, status: "active",
  },
  {
    id: "t2", name: "Gammalt system", prefix: "msfa_zzzz2345", permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], allUnits: true, units: [],
    expiresAt: new Date("2026-09-30T22:00:00Z"), createdAt: new Date("2026-05-01T08:00:00Z"), createdBy: "Bo", lastUsedAt: new Date("2026-05-02T08:00:00Z"),
    revokedAt: new Date("2026-05-03T08:00:00Z"), revokedBy: "Anna", status: "revoked",
  },
];
const units = [{ id: "u1", name: "Enhet Norr", street: "Gatan 1", city: "Umeå" }];
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));

describe("the API tokens page", () => {
  it("lists tokens without secrets, with status, and a labelled form", async () => {
    const html = renderToStaticMarkup(createElement(ApiTokensView, { supplierName: actor.supplierName, tokens: rows, units, today: "2026-06-01" }));
    expect(html).toContain("<h1");
    expect(html).toContain("msfa_abcd2345…");
    expect(html).toContain("Aktiv");
    expect(html).toContain("Återkallad");
    expect(html).toContain("Enhet Norr");
    expect(html).toContain("Rapportering, planering och information om deltagare");
    // Only the working token can be revoked.
    expect(html.match(/Återkalla Verksamhetssystem/g)).toHaveLength(1);
    expect(html).not.toContain("Återkalla Gammalt system");
    for (const id of ["name", "perm-RECEIVE_PARTICIPANTS", "perm-REPORTING", "scope-all", "scope-selected", "unit-u1", "expiresAt"]) {
      expect(html).toMatch(new RegExp(`<label[^>]*for="${id}"`));
    }
    expect(html).not.toContain("ADMINISTER_PERMISSIONS");
    expect(html).toContain('href="/api-dokumentation"');
  });
});
