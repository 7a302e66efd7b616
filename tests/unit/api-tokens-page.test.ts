// The administration page for API tokens renders the organisation's tokens with their state,
// and the form with its accessible fields (the data functions are tested in integration).
import { describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import type { StaffActor } from "@/lib/authz/permissions";
import type { TokenRow } from "@/lib/api/tokens";

const actor: StaffActor = {
  kind: "staff", userId: "u", sessionId: "s", name: "Anna", email: "a@example.se", supplierId: "s1", supplierName: "Leverantören AB",
  membershipId: "m", permissions: ["ADMINISTER_PERMISSIONS"], allUnits: true, unitIds: [],
};
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
vi.mock("@/lib/authz/guard", () => ({ requireStaff: async () => actor, getActorState: async () => ({ status: "ok", actor }) }));
vi.mock("@/lib/api/tokens", () => ({ listTokens: async () => rows, createToken: vi.fn(), revokeToken: vi.fn() }));
vi.mock("@/lib/staff/service", () => ({ listSupplierUnits: async () => [{ id: "u1", name: "Enhet Norr", street: "Gatan 1", city: "Umeå" }] }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { default: ApiTokensPage } = await import("@/app/(supplier)/administration/api-nycklar/page");

describe("the API tokens page", () => {
  it("lists tokens without secrets, with status, and a labelled form", async () => {
    const html = renderToStaticMarkup(await ApiTokensPage());
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
