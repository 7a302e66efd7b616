// Input no one should send gets a clear 4xx, never a 500 (finding 8).
import { beforeAll, describe, expect, it } from "vitest";
import * as reportsRoute from "@/app/api/v1/participants/[id]/reports/route";
import * as participantsRoute from "@/app/api/v1/participants/route";
import { unsafeTextFailure } from "@/lib/actions/result";
import { isUnsafeText, jsonDepth, UNSAFE_TEXT_MESSAGE } from "@/lib/validation/text-safety";
import { makeOfficer, makePlacement, makeSupplier } from "../support/factories";
import { call, makeAdmin, makeToken } from "./api-support";

let token: string;
let decisionId: string;

beforeAll(async () => {
  const org = await makeSupplier({ units: 1 });
  const admin = await makeAdmin(org.supplier.id);
  token = (await makeToken({ admin, permissions: ["REPORTING"], allUnits: true })).secret;
  const officer = await makeOfficer();
  decisionId = (await makePlacement({ supplierId: org.supplier.id, unitId: org.units[0].id, officerId: officer.id, startDate: "2026-10-01" })).decision.id;
});

describe("the API", () => {
  const post = (body: unknown) => call(reportsRoute.POST, { path: `/participants/${decisionId}/reports`, token, params: { id: decisionId }, body });

  it("refuses a body over 1 MB with 413", async () => {
    const res = await post(JSON.stringify({ kind: "INFORMATIVE", text: "x".repeat(1_100_000) }));
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.body.code).toBe("payload_too_large");
  });

  it("refuses JSON nested 20,000 deep as invalid, without parsing it", async () => {
    const res = await post("[".repeat(20_000) + "]".repeat(20_000));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("invalid_json");
  });

  it("refuses a NUL byte or a lone surrogate in any text with 400 naming the field", async () => {
    for (const bad of ["före\u0000efter", "trasig \ud800 text"]) {
      const res = await post({ kind: "INFORMATIVE", data: { text: bad } });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe("validation_failed");
      expect(res.body.errors[0].field).toBe("data.text");
    }
  });

  it("refuses invalid UTF-8 in a body", async () => {
    const request = new Request(`http://localhost/api/v1/participants/${decisionId}/reports`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() },
      body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
    });
    const res = await reportsRoute.POST(request, { params: Promise.resolve({ id: decisionId }) });
    expect(res.status).toBe(400);
  });

  it("rate-limits requests with unknown tokens per client", async () => {
    process.env.API_UNAUTHENTICATED_PER_MINUTE = "5";
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await call(participantsRoute.GET, { path: "/participants", token: `msfa_okand_${i}` })).status);
    delete process.env.API_UNAUTHENTICATED_PER_MINUTE;
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });
});

describe("server actions", () => {
  it("answer a NUL byte with a message at the field instead of an error (the check staffAction and officerAction run)", () => {
    expect(unsafeTextFailure({ name: "Nul\u0000Namn", units: [{ city: "ok" }, { city: "tr\ud800asig" }] })).toEqual({ ok: false, fieldErrors: { name: UNSAFE_TEXT_MESSAGE } });
    expect(unsafeTextFailure({ units: [{ city: "ok" }, { city: "tr\ud800asig" }] })).toEqual({ ok: false, fieldErrors: { "units.1.city": UNSAFE_TEXT_MESSAGE } });
    expect(unsafeTextFailure({ name: "Åsa Öberg", note: "rad ett\nrad två" })).toBeNull();
    expect(isUnsafeText("Nul\u0000Namn")).toBe(true);
    expect(isUnsafeText("rad ett\nrad två\tflik")).toBe(false);
    expect(jsonDepth('{"a":[{"b":"[[[["}]}')).toBe(3);
  });
});
