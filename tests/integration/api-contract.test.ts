// Contract tests: real answers of every endpoint validated against the OpenAPI document the API
// serves (JSON Schema 2020-12, with ajv), errors as problem details, cursor pagination,
// changedSince / since for polling, validation errors that name the field, and 500s that
// give an error id and nothing else.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { setClock } from "@/lib/clock";
import { ensureBaseOrder } from "@/features/orders/base-order";
import { apiRoute, defineEndpoint, type RouteHandler } from "@/lib/api/route";
import { allEndpoints } from "@/features/public-api/endpoints";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import * as participantsRoute from "@/app/api/v1/participants/route";
import * as participantRoute from "@/app/api/v1/participants/[id]/route";
import * as newParticipantsRoute from "@/app/api/v1/new-participants/route";
import * as optionsRoute from "@/app/api/v1/participants/[id]/handledare-options/route";
import * as handledareRoute from "@/app/api/v1/participants/[id]/handledare/route";
import * as eventsRoute from "@/app/api/v1/events/route";
import * as planningsRoute from "@/app/api/v1/participants/[id]/plannings/route";
import * as periodicRoute from "@/app/api/v1/participants/[id]/periodic-reports/route";
import * as periodicMonthRoute from "@/app/api/v1/participants/[id]/periodic-reports/[month]/route";
import * as correctionRoute from "@/app/api/v1/participants/[id]/periodic-reports/[month]/corrections/route";
import * as reportsRoute from "@/app/api/v1/participants/[id]/reports/route";
import * as ordersRoute from "@/app/api/v1/orders/route";
import * as orderRoute from "@/app/api/v1/orders/[id]/route";
import { makeOfficer, makePlacement, makeStaff, makeSupplier } from "../support/factories";
import { call, contractErrors, makeAdmin, makeToken, type CallResult } from "./api-support";

const TODAY = "2026-06-05";
const START = "2026-03-15";
const ACTIVITIES = ["MAPPING", "INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK", "GUIDANCE"];

let token: string;
let receiverToken: string;
let handledareId: string;
let placements: { decisionId: string; periodId: string; orderId: string }[] = [];

async function placement(supplierId: string, unitId: string, officerId: string, submittedById: string, opts: { interruptionDate?: string; lastName?: string } = {}) {
  const { decision } = await makePlacement({ supplierId, unitId, officerId, startDate: START, level: "B", serviceVersion: "ROM2", interruptionDate: opts.interruptionDate, lastName: opts.lastName });
  const period = await db.period.findFirstOrThrow({ where: { decisionId: decision.id, number: 1 } });
  await db.jointPlanning.create({
    data: {
      decisionId: decision.id, periodId: period.id, version: 1, remote: false, submittedAt: new Date(`${START}T12:00:00Z`), submittedById,
      status: "APPROVED", decidedAt: new Date(`${START}T14:00:00Z`), decidedById: officerId, activities: { create: ACTIVITIES.map((activityCode) => ({ activityCode })) },
    },
  });
  const order = await db.$transaction((tx) => ensureBaseOrder(tx, { periodId: period.id, at: new Date(`${START}T14:00:00Z`), actorId: officerId, today: START }));
  return { decisionId: decision.id, periodId: period.id, orderId: order.id };
}

beforeAll(async () => {
  setClock(`${TODAY}T10:00:00Z`);
  const org = await makeSupplier({ units: 1, serviceVersion: "ROM2" });
  const other = await makeSupplier({ units: 1, serviceVersion: "ROM2" });
  const officerId = (await makeOfficer()).id;
  const admin = await makeAdmin(org.supplier.id);
  handledareId = (await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], allUnits: true })).user.id;
  await db.priceListEntry.create({ data: { serviceVersion: "ROM2", level: "B", article: "BASE_PER_DAY", amountOre: 17_500, validFrom: new Date("2020-01-01T00:00:00Z") } });
  for (let i = 0; i < 5; i++) placements.push(await placement(org.supplier.id, org.units[0].id, officerId, admin.user.id, { lastName: `Kontrakt${i}`, interruptionDate: i === 4 ? "2026-07-01" : undefined }));
  // Someone else's participant, never listed.
  await placement(other.supplier.id, other.units[0].id, officerId, admin.user.id);
  // Events at distinct instants: placement i changed on day i of May.
  for (const [i, p] of placements.entries()) {
    await db.decisionEvent.create({ data: { decisionId: p.decisionId, at: new Date(`2026-05-0${i + 1}T09:00:00Z`), type: "PERIOD_END_CHANGED", data: { endDate: "2026-09-14" } } });
  }
  token = (await makeToken({ admin, permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], allUnits: true, today: TODAY })).secret;
  receiverToken = (await makeToken({ admin, permissions: ["RECEIVE_PARTICIPANTS"], allUnits: true, today: TODAY })).secret;
  placements = [...placements].sort((a, b) => (a.decisionId < b.decisionId ? -1 : 1));
}, 120_000);

afterAll(() => setClock(null));

function expectValid(docPath: string, method: string, res: CallResult) {
  const type = res.headers.get("content-type")?.startsWith("application/problem+json") ? "application/problem+json" : "application/json";
  expect(contractErrors(docPath, method, res.status, res.body, type), `${method} ${docPath} ${res.status}: ${res.text.slice(0, 300)}`).toBeNull();
}

describe("the OpenAPI document", () => {
  it("is served without a token at /api/v1/openapi.json and lists every endpoint", async () => {
    const res = await call(openapiRoute.GET as RouteHandler, { path: "/openapi.json" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.body.openapi).toBe("3.1.0");
    for (const e of allEndpoints) expect(res.body.paths[e.path]?.[e.method.toLowerCase()]?.operationId).toBe(e.operationId);
  });
});

describe("every endpoint answers as documented", () => {
  it("GET lists and items", async () => {
    const p = placements[0];
    const cases: [RouteHandler, string, string, Record<string, string>][] = [
      [participantsRoute.GET, "/participants", "/participants", {}],
      [participantRoute.GET, `/participants/${p.decisionId}`, "/participants/{id}", { id: p.decisionId }],
      [newParticipantsRoute.GET, "/new-participants", "/new-participants", {}],
      [optionsRoute.GET, `/participants/${p.decisionId}/handledare-options`, "/participants/{id}/handledare-options", { id: p.decisionId }],
      [eventsRoute.GET, "/events", "/events", {}],
      [planningsRoute.GET, `/participants/${p.decisionId}/plannings`, "/participants/{id}/plannings", { id: p.decisionId }],
      [periodicRoute.GET, `/participants/${p.decisionId}/periodic-reports`, "/participants/{id}/periodic-reports", { id: p.decisionId }],
      [periodicMonthRoute.GET, `/participants/${p.decisionId}/periodic-reports/2026-04-01`, "/participants/{id}/periodic-reports/{month}", { id: p.decisionId, month: "2026-04-01" }],
      [reportsRoute.GET, `/participants/${p.decisionId}/reports`, "/participants/{id}/reports", { id: p.decisionId }],
      [ordersRoute.GET, "/orders", "/orders", {}],
      [orderRoute.GET, `/orders/${p.orderId}`, "/orders/{id}", { id: p.orderId }],
    ];
    for (const [handler, path, docPath, params] of cases) {
      const res = await call(handler, { path, params, token });
      expect(res.status, `${docPath}: ${res.text.slice(0, 300)}`).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expectValid(docPath, "GET", res);
    }
  });

  it("POSTs, and the reads that show what they changed", async () => {
    const p = placements[1];
    const planning = await call(planningsRoute.POST, { path: `/participants/${p.decisionId}/plannings`, params: { id: p.decisionId }, token, body: { periodId: p.periodId, remote: true, activityCodes: ACTIVITIES } });
    expect(planning.status).toBe(201);
    expectValid("/participants/{id}/plannings", "POST", planning);

    const month = { noActivities: false, languageSupportGiven: false, jobSuggestionsGiven: false, entries: [{ date: "2026-04-02", activityCode: "GUIDANCE", minutes: 45 }], remoteByActivity: { GUIDANCE: true } };
    const report = await call(periodicRoute.POST, { path: `/participants/${p.decisionId}/periodic-reports`, params: { id: p.decisionId }, token, body: { ...month, month: "2026-04-01" } });
    expect(report.status).toBe(201);
    expectValid("/participants/{id}/periodic-reports", "POST", report);
    const correction = await call(correctionRoute.POST, {
      path: `/participants/${p.decisionId}/periodic-reports/2026-04-01/corrections`, params: { id: p.decisionId, month: "2026-04-01" }, token,
      body: { ...month, entries: [{ date: "2026-04-02", activityCode: "GUIDANCE", minutes: 60 }], correctsReportId: report.body.id },
    });
    expect(correction.status).toBe(201);
    expectValid("/participants/{id}/periodic-reports/{month}/corrections", "POST", correction);
    expect(correction.body).toMatchObject({ version: 2, supersedesId: report.body.id });
    const monthView = await call(periodicMonthRoute.GET, { path: `/participants/${p.decisionId}/periodic-reports/2026-04-01`, params: { id: p.decisionId, month: "2026-04-01" }, token });
    expectValid("/participants/{id}/periodic-reports/{month}", "GET", monthView);
    expect(monthView.body.versions.map((v: { version: number; superseded: boolean }) => [v.version, v.superseded])).toEqual([[1, true], [2, false]]);
    expect(monthView.body.orderLineState).toBe("DELIVERED");

    const info = await call(reportsRoute.POST, {
      path: `/participants/${p.decisionId}/reports`, params: { id: p.decisionId }, token,
      body: { kind: "INFORMATIVE", concerns: ["DIALOGUE"], text: "Samtal behövs.", contactName: "Handledare", contactPhone: "08-123 456 78" },
    });
    expect(info.status).toBe(201);
    expectValid("/participants/{id}/reports", "POST", info);
    expect(info.body).toMatchObject({ kind: "INFORMATIVE", status: "RECEIVED", pending: true, data: { concerns: ["DIALOGUE"], contactName: "Handledare" } });
    // Issue #13, finding 6: the API applies the portal form's rule, an absence only from a planned activity.
    const absence = {
      kind: "ABSENCE", date: "2026-06-03", extent: "PART_DAY", expectedFrom: "09:00", expectedTo: "12:00", absentFrom: "09:00", absentTo: "11:00",
      reason: "SICK",
    };
    const outside = await call(reportsRoute.POST, { path: `/participants/${p.decisionId}/reports`, params: { id: p.decisionId }, token, body: { ...absence, activityCode: "DIET_HEALTH" } });
    expect(outside.status).toBe(422);
    expect(outside.body.errors).toEqual([expect.objectContaining({ field: "activityCode", message_sv: expect.stringMatching(/godkända gemensamma planering/) })]);

    const list = await call(reportsRoute.GET, { path: `/participants/${p.decisionId}/reports`, params: { id: p.decisionId }, token });
    expectValid("/participants/{id}/reports", "GET", list);
    expect(list.body.reports.map((r: { id: string }) => r.id)).toEqual([info.body.id]);

    const assign = await call(handledareRoute.POST, { path: `/participants/${p.decisionId}/handledare`, params: { id: p.decisionId }, token, body: { handledareId, expectedHandledareId: null } });
    expect(assign.status).toBe(200);
    expectValid("/participants/{id}/handledare", "POST", assign);
    const detail = await call(participantRoute.GET, { path: `/participants/${p.decisionId}`, params: { id: p.decisionId }, token });
    expectValid("/participants/{id}", "GET", detail);
    expect(detail.body.handledare.id).toBe(handledareId);
    expect(detail.body.handledareHistory).toHaveLength(1);
  });

  it("the interrupted participant's details include the interruption", async () => {
    const interrupted = await db.interruption.findFirstOrThrow({ where: { decisionId: { in: placements.map((p) => p.decisionId) } } });
    const res = await call(participantRoute.GET, { path: `/participants/${interrupted.decisionId}`, params: { id: interrupted.decisionId }, token });
    expectValid("/participants/{id}", "GET", res);
    expect(res.body).toMatchObject({ state: "planned-interruption", interruptions: [{ date: "2026-07-01", reason: "WORK", withdrawnAt: null }] });
  });
});

describe("errors are problem details", () => {
  it("403 without the permission, 404 for a malformed or unknown id", async () => {
    const forbidden = await call(participantsRoute.GET, { path: "/participants", token: receiverToken });
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get("content-type")).toBe("application/problem+json");
    expectValid("/participants", "GET", forbidden);
    expect(forbidden.body).toMatchObject({ code: "forbidden", title: "Forbidden", detail_en: expect.any(String), detail_sv: expect.any(String) });
    for (const id of ["not-a-uuid", randomUUID()]) {
      const res = await call(participantRoute.GET, { path: `/participants/${id}`, params: { id }, token });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe("not_found");
      expectValid("/participants/{id}", "GET", res);
    }
    const badMonth = await call(periodicMonthRoute.GET, { path: "/x", params: { id: placements[0].decisionId, month: "2026-04-15" }, token });
    expect(badMonth.status).toBe(404);
  });

  it("400 names each invalid field (query and body; never the fields the API fills in)", async () => {
    const query = await call(participantsRoute.GET, { path: "/participants?level=D&limit=500&changedSince=igår", token });
    expect(query.status).toBe(400);
    expectValid("/participants", "GET", query);
    expect(query.body.code).toBe("validation_failed");
    expect(query.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["changedSince", "level", "limit"]);
    expect(query.body.errors.every((e: { message_sv: string }) => e.message_sv.length > 0)).toBe(true);

    const p = placements[0];
    const body = await call(planningsRoute.POST, { path: `/participants/${p.decisionId}/plannings`, params: { id: p.decisionId }, token, body: { activityCodes: "MAPPING" } });
    expect(body.status).toBe(400);
    expectValid("/participants/{id}/plannings", "POST", body);
    expect(body.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["activityCodes", "periodId", "remote"]);

    const nested = await call(periodicRoute.POST, {
      path: `/participants/${p.decisionId}/periodic-reports`, params: { id: p.decisionId }, token,
      body: { month: "2026-04-01", noActivities: false, languageSupportGiven: true, jobSuggestionsGiven: true, entries: [{ date: "2026-04-02", activityCode: "MAPPING", minutes: 20 }], remoteByActivity: {} },
    });
    expect(nested.status).toBe(400);
    expect(nested.body.errors[0]).toEqual({ field: "entries.0.minutes", message_sv: expect.stringMatching(/kvart/i) });

    const json = await call(planningsRoute.POST, { path: `/participants/${p.decisionId}/plannings`, params: { id: p.decisionId }, token, body: "{nope" });
    expect(json.status).toBe(400);
    expect(json.body.code).toBe("invalid_json");
  });

  it("422 for a business rule, with the field it concerns", async () => {
    const p = placements[2];
    const res = await call(planningsRoute.POST, { path: `/participants/${p.decisionId}/plannings`, params: { id: p.decisionId }, token, body: { periodId: p.periodId, remote: false, activityCodes: ["MAPPING"] } });
    expect(res.status).toBe(422);
    expectValid("/participants/{id}/plannings", "POST", res);
    expect(res.body).toMatchObject({ code: "rule_violation", field: "activityCodes", errors: [{ field: "activityCodes", message_sv: res.body.detail_sv }] });
  });

  it("500 gives an error id and neither the message nor the stack", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const broken = apiRoute(
      defineEndpoint({
        operationId: "broken", method: "GET", path: "/broken", tag: "Test", summary: "Throws", capability: "reportOnParticipants", responses: [],
        handler: async () => {
          throw new Error("secret internal detail at db.ts:42");
        },
      }),
    );
    const res = await call(broken, { path: "/broken", token });
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({ code: "internal_error", error_id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(res.text).not.toContain("secret internal detail");
    expect(res.text).not.toContain("db.ts");
    expect(res.body.detail_sv).toContain(res.body.error_id);
    expect(spy.mock.calls.some((c) => String(c[0]).includes(res.body.error_id))).toBe(true);
    expect(contractErrors("/participants", "GET", 500, res.body, "application/problem+json")).toBeNull();
    spy.mockRestore();
  });

  it("an endpoint must name a capability (deny by default)", () => {
    expect(() => apiRoute(defineEndpoint({ operationId: "open", method: "GET", path: "/open", tag: "Test", summary: "", capability: [], responses: [], handler: async () => ({ body: null }) }))).toThrow(/capability/);
  });
});

describe("lists: cursor pagination and polling", () => {
  it("pages through every participant once, in id order, following nextCursor", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: CallResult = await call(participantsRoute.GET, { path: `/participants?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, token });
      expect(res.status).toBe(200);
      expectValid("/participants", "GET", res);
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.data.map((r: { id: string }) => r.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(placements.map((p) => p.decisionId));
  });

  it("refuses a cursor that is not one of ours", async () => {
    const res = await call(participantsRoute.GET, { path: "/participants?cursor=bm9wZQ", token });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: "cursor", message_sv: expect.any(String) }]);
  });

  it("changedSince: only participants whose decision or events are at or after the instant", async () => {
    // Placement i has an event on 2026-05-0(i+1) (in creation order); decisions were made in March.
    const all = await db.decisionEvent.findMany({ where: { type: "PERIOD_END_CHANGED" }, orderBy: { at: "asc" } });
    const res = await call(participantsRoute.GET, { path: `/participants?changedSince=${encodeURIComponent("2026-05-04T09:00:00Z")}`, token });
    expect(res.status).toBe(200);
    const expected = all.filter((e) => e.at.toISOString() >= "2026-05-04T09:00:00.000Z").map((e) => e.decisionId);
    // Placement 1 was changed again today by the POSTs above (handledare), so it is there too.
    expect(res.body.data.map((r: { id: string }) => r.id).sort()).toEqual([...new Set([...expected, placements[1].decisionId])].sort());
    for (const row of res.body.data) expect(row.changedAt >= "2026-05-04T09:00:00.000Z").toBe(true);
    const offset = await call(participantsRoute.GET, { path: `/participants?changedSince=${encodeURIComponent("2026-05-04T11:00:00+02:00")}`, token });
    expect(offset.body.data.map((r: { id: string }) => r.id).sort()).toEqual(res.body.data.map((r: { id: string }) => r.id).sort());
  });

  it("events: oldest first, `since` inclusive, cursor over (at, id), only this organisation", async () => {
    const since = await call(eventsRoute.GET, { path: `/events?since=${encodeURIComponent("2026-05-03T09:00:00Z")}&limit=2`, token });
    expect(since.status).toBe(200);
    expectValid("/events", "GET", since);
    const first = since.body.data.map((e: { at: string }) => e.at);
    expect(first).toEqual(["2026-05-03T09:00:00.000Z", "2026-05-04T09:00:00.000Z"]);
    const next = await call(eventsRoute.GET, { path: `/events?since=${encodeURIComponent("2026-05-03T09:00:00Z")}&limit=2&cursor=${since.body.nextCursor}`, token });
    expect(next.body.data[0].at).toBe("2026-05-05T09:00:00.000Z");
    const ids = new Set(placements.map((p) => p.decisionId));
    for (const e of [...since.body.data, ...next.body.data]) expect(ids.has(e.participantId)).toBe(true);
  });

  it("new participants and orders page by id too", async () => {
    const np = await call(newParticipantsRoute.GET, { path: "/new-participants?limit=1", token: receiverToken });
    expect(np.status).toBe(200);
    expectValid("/new-participants", "GET", np);
    expect(np.body.data).toHaveLength(1);
    const np2 = await call(newParticipantsRoute.GET, { path: `/new-participants?limit=100&cursor=${np.body.nextCursor}`, token: receiverToken });
    expect(np2.body.data.map((r: { id: string }) => r.id)).not.toContain(np.body.data[0].id);
    expect(np2.body.data.every((r: { id: string }) => r.id > np.body.data[0].id)).toBe(true);
    expect(np2.body.nextCursor).toBeNull();

    const orders = await call(ordersRoute.GET, { path: "/orders?limit=3", token });
    expectValid("/orders", "GET", orders);
    expect(orders.body.data).toHaveLength(3);
    const rest = await call(ordersRoute.GET, { path: `/orders?cursor=${orders.body.nextCursor}`, token });
    expect([...orders.body.data, ...rest.body.data].map((o: { id: string }) => o.id).sort()).toEqual(placements.map((p) => p.orderId).sort());
    const one = await call(ordersRoute.GET, { path: `/orders?participantId=${placements[3].decisionId}`, token });
    expect(one.body.data.map((o: { id: string }) => o.id)).toEqual([placements[3].orderId]);
  });
});

it("the contract check itself rejects answers that do not match the document", () => {
  expect(contractErrors("/participants", "GET", 200, { data: [{ id: "x" }], nextCursor: null })).toMatch(/must/);
  expect(contractErrors("/participants", "GET", 200, { data: [], nextCursor: null, extra: 1 })).toMatch(/additional/);
  expect(contractErrors("/participants", "GET", 403, { code: "forbidden" }, "application/problem+json")).toMatch(/required/);
  expect(() => contractErrors("/participants", "GET", 201, {})).toThrow();
});
