// Idempotency-Key on the API's POSTs (same key twice → the same answer and one change) and the
// per-token rate limit (429 with Retry-After, one atomic counter shared by every instance).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { setClock } from "@/lib/clock";
import { ensureBaseOrder } from "@/features/orders/base-order";
import { submitPeriodicReport } from "@/features/periodic-reports/service";
import { submitReportInput } from "@/features/periodic-reports/schemas";
import { derivedUuid } from "@/lib/api/idempotency";
import { hitRateLimit } from "@/lib/api/rate-limit";
import { authenticate } from "@/lib/api/auth";
import * as participantsRoute from "@/app/api/v1/participants/route";
import * as handledareRoute from "@/app/api/v1/participants/[id]/handledare/route";
import * as planningsRoute from "@/app/api/v1/participants/[id]/plannings/route";
import * as periodicRoute from "@/app/api/v1/participants/[id]/periodic-reports/route";
import * as reportsRoute from "@/app/api/v1/participants/[id]/reports/route";
import { makeOfficer, makePlacement, makeStaff, makeSupplier } from "../support/factories";
import { call, contractErrors, makeAdmin, makeToken } from "./api-support";

const TODAY = "2026-06-05";
const NOW = `${TODAY}T10:00:20Z`;
const START = "2026-03-15";
const ACTIVITIES = ["MAPPING", "INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK", "GUIDANCE"];

let org: Awaited<ReturnType<typeof makeSupplier>>;
let admin: Awaited<ReturnType<typeof makeAdmin>>;
let officerId: string;
let handledareId: string;
let token: { id: string; secret: string };

async function placement() {
  const { decision } = await makePlacement({ supplierId: org.supplier.id, unitId: org.units[0].id, officerId, startDate: START, level: "B", serviceVersion: "ROM2" });
  const period = await db.period.findFirstOrThrow({ where: { decisionId: decision.id, number: 1 } });
  await db.jointPlanning.create({
    data: {
      decisionId: decision.id, periodId: period.id, version: 1, remote: false, submittedAt: new Date(`${START}T12:00:00Z`), submittedById: admin.user.id,
      status: "APPROVED", decidedAt: new Date(`${START}T14:00:00Z`), decidedById: officerId, activities: { create: ACTIVITIES.map((activityCode) => ({ activityCode })) },
    },
  });
  await db.$transaction((tx) => ensureBaseOrder(tx, { periodId: period.id, at: new Date(`${START}T14:00:00Z`), actorId: officerId, today: START }));
  return { decisionId: decision.id, periodId: period.id };
}

const monthBody = (month: string, over: Record<string, unknown> = {}) => ({
  month, noActivities: false, languageSupportGiven: true, jobSuggestionsGiven: false,
  entries: [{ date: `${month.slice(0, 7)}-02`, activityCode: "MAPPING", minutes: 90 }], remoteByActivity: {}, ...over,
});

async function counts() {
  return {
    plannings: await db.jointPlanning.count(),
    reports: await db.periodicReport.count(),
    participantReports: await db.participantReport.count(),
    assignments: await db.handledareAssignment.count(),
    audit: await db.auditEvent.count(),
  };
}

beforeAll(async () => {
  setClock(NOW);
  org = await makeSupplier({ units: 1, serviceVersion: "ROM2" });
  officerId = (await makeOfficer()).id;
  admin = await makeAdmin(org.supplier.id);
  handledareId = (await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], allUnits: true })).user.id;
  await db.priceListEntry.create({ data: { serviceVersion: "ROM2", level: "B", article: "BASE_PER_DAY", amountOre: 17_500, validFrom: new Date("2020-01-01T00:00:00Z") } });
  token = await makeToken({ admin, permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], allUnits: true, today: TODAY });
});

afterAll(() => setClock(null));

describe("Idempotency-Key", () => {
  it("the same planning twice with one key: the same answer, one version, one audit event", async () => {
    const { decisionId, periodId } = await placement();
    const key = randomUUID();
    const req = { path: `/participants/${decisionId}/plannings`, params: { id: decisionId }, token: token.secret, idempotencyKey: key, body: { periodId, remote: false, activityCodes: ACTIVITIES } };
    const before = await counts();
    const first = await call(planningsRoute.POST, req);
    const second = await call(planningsRoute.POST, req);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(contractErrors("/participants/{id}/plannings", "POST", 201, second.body)).toBeNull();
    const after = await counts();
    expect(after.plannings - before.plannings).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "planning.submitted", entityId: first.body.id } })).toBe(1);
    // The planning carries the UUID derived from the token and the key; the API's record the answer.
    expect(await db.jointPlanning.findUniqueOrThrow({ where: { id: first.body.id } })).toMatchObject({ idempotencyKey: derivedUuid(token.id, key), submittedById: admin.user.id });
    const records = await db.idempotencyRecord.findMany({ where: { key: { startsWith: `api:${token.id}:` } } });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ action: "api:submitPlanning", actorId: admin.user.id });
    expect(JSON.parse(records[0].resultId)).toMatchObject({ status: 201, body: { id: first.body.id } });
  });

  it("a periodic report and a handledare twice: the repeat answers the first answer instead of a refusal", async () => {
    const { decisionId } = await placement();
    const report = { path: `/participants/${decisionId}/periodic-reports`, params: { id: decisionId }, token: token.secret, idempotencyKey: randomUUID(), body: monthBody("2026-04-01") };
    const r1 = await call(periodicRoute.POST, report);
    const r2 = await call(periodicRoute.POST, report);
    expect(r1.status).toBe(201);
    expect(r2.status).toBe(201);
    expect(r2.body).toEqual(r1.body);
    expect(await db.periodicReport.count({ where: { decisionId } })).toBe(1);
    // A new key is a new request: the month is already sent.
    const r3 = await call(periodicRoute.POST, { ...report, idempotencyKey: randomUUID() });
    expect(r3.status).toBe(422);
    expect(r3.body.code).toBe("rule_violation");

    const assign = { path: `/participants/${decisionId}/handledare`, params: { id: decisionId }, token: token.secret, idempotencyKey: randomUUID(), body: { handledareId, expectedHandledareId: null } };
    const a1 = await call(handledareRoute.POST, assign);
    const a2 = await call(handledareRoute.POST, assign);
    expect(a1.status).toBe(200);
    expect(a2.status).toBe(200);
    expect(a2.body).toEqual(a1.body);
    expect(await db.handledareAssignment.count({ where: { decisionId } })).toBe(1);
    const a3 = await call(handledareRoute.POST, { ...assign, idempotencyKey: randomUUID() });
    expect(a3.status).toBe(422);
  });

  it("two identical requests at once change one thing and answer alike", async () => {
    const { decisionId } = await placement();
    const req = {
      path: `/participants/${decisionId}/reports`, params: { id: decisionId }, token: token.secret, idempotencyKey: randomUUID(),
      body: { kind: "INFORMATIVE", concerns: ["AIDS"], text: "Behöver hjälpmedel.", contactName: "Handledare", contactEmail: "h@example.se" },
    };
    const before = await counts();
    const [a, b] = await Promise.all([call(reportsRoute.POST, req), call(reportsRoute.POST, req)]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body).toEqual(b.body);
    expect((await counts()).participantReports - before.participantReports).toBe(1);
  });

  it("the same key for a different request is refused (422) and changes nothing", async () => {
    const { decisionId, periodId } = await placement();
    const key = randomUUID();
    const base = { path: `/participants/${decisionId}/plannings`, params: { id: decisionId }, token: token.secret, idempotencyKey: key };
    expect((await call(planningsRoute.POST, { ...base, body: { periodId, remote: false, activityCodes: ACTIVITIES } })).status).toBe(201);
    const before = await counts();
    const otherBody = await call(planningsRoute.POST, { ...base, body: { periodId, remote: true, activityCodes: ACTIVITIES } });
    expect(otherBody.status).toBe(422);
    expect(otherBody.body.code).toBe("idempotency_key_reused");
    expect(contractErrors("/participants/{id}/plannings", "POST", 422, otherBody.body, "application/problem+json")).toBeNull();
    const otherRoute = await call(periodicRoute.POST, { path: `/participants/${decisionId}/periodic-reports`, params: { id: decisionId }, token: token.secret, idempotencyKey: key, body: monthBody("2026-04-01") });
    expect(otherRoute.status).toBe(422);
    expect(otherRoute.body.code).toBe("idempotency_key_reused");
    expect(await counts()).toEqual(before);
  });

  it("is required on POST: missing or malformed keys are refused (400)", async () => {
    const { decisionId, periodId } = await placement();
    const base = { path: `/participants/${decisionId}/plannings`, params: { id: decisionId }, token: token.secret, body: { periodId, remote: false, activityCodes: ACTIVITIES } };
    for (const idempotencyKey of [null, "has space", "x".repeat(256), "åäö"]) {
      const res = await call(planningsRoute.POST, { ...base, idempotencyKey });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe("idempotency_key_required");
    }
    expect(await db.jointPlanning.count({ where: { decisionId, version: { gt: 1 } } })).toBe(0);
  });

  it("a failed request is not stored: the key may be used again once the request is right", async () => {
    const { decisionId } = await placement();
    const key = randomUUID();
    const req = { path: `/participants/${decisionId}/periodic-reports`, params: { id: decisionId }, token: token.secret, idempotencyKey: key };
    const early = await call(periodicRoute.POST, { ...req, body: monthBody("2026-06-01") });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: "rule_violation", field: "month" });
    const invalid = await call(periodicRoute.POST, { ...req, body: monthBody("2026-05-01", { entries: [{ date: "2026-05-04", activityCode: "MAPPING", minutes: 10 }] }) });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0].field).toBe("entries.0.minutes");
    const fixed = await call(periodicRoute.POST, { ...req, body: monthBody("2026-05-01") });
    expect(fixed.status).toBe(201);
  });

  it("an answer lost after the change was saved is given on the retry from the domain's own record", async () => {
    const { decisionId } = await placement();
    const key = randomUUID();
    // As if an instance had saved the report and stopped before storing the API's answer.
    const auth = await authenticate(new Request("http://localhost/", { headers: { Authorization: `Bearer ${token.secret}` } }));
    if (!auth.ok) throw new Error(auth.code);
    const saved = await submitPeriodicReport(auth.actor, submitReportInput.parse({ ...monthBody("2026-04-01"), decisionId, idempotencyKey: derivedUuid(token.id, key) }), TODAY);
    const before = await counts();
    const retry = await call(periodicRoute.POST, { path: `/participants/${decisionId}/periodic-reports`, params: { id: decisionId }, token: token.secret, idempotencyKey: key, body: monthBody("2026-04-01") });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(saved.reportId);
    expect((await counts()).reports).toBe(before.reports);
  });
});

describe("rate limit", () => {
  const saved = process.env.API_RATE_LIMIT_PER_MINUTE;
  afterEach(() => {
    if (saved === undefined) delete process.env.API_RATE_LIMIT_PER_MINUTE;
    else process.env.API_RATE_LIMIT_PER_MINUTE = saved;
    setClock(NOW);
  });

  it("answers 429 with Retry-After over the limit, per token, until the next minute", async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
    const limited = await makeToken({ admin, permissions: ["REPORTING"], allUnits: true, today: TODAY, name: "Begränsad" });
    const other = await makeToken({ admin, permissions: ["REPORTING"], allUnits: true, today: TODAY, name: "Annan" });
    const get = (secret: string) => call(participantsRoute.GET, { path: "/participants", token: secret });
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const ok = await get(limited.secret);
      expect(ok.status).toBe(200);
      expect(ok.headers.get("ratelimit-limit")).toBe("3");
      remaining.push(ok.headers.get("ratelimit-remaining"));
    }
    expect(remaining).toEqual(["2", "1", "0"]);
    const refused = await get(limited.secret);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.headers.get("retry-after")).toBe("40");
    expect(refused.body).toMatchObject({ status: 429, code: "rate_limited", type: "/api-dokumentation#fel-rate-limited" });
    expect(contractErrors("/participants", "GET", 429, refused.body, "application/problem+json")).toBeNull();
    expect((await get(other.secret)).status).toBe(200);
    setClock(`${TODAY}T10:01:00Z`);
    const next = await get(limited.secret);
    expect(next.status).toBe(200);
    expect(next.headers.get("ratelimit-remaining")).toBe("2");
  });

  it("counts with one atomic upsert: concurrent hits each get their own count", async () => {
    const at = new Date(NOW);
    const results = await Promise.all(Array.from({ length: 25 }, () => hitRateLimit("test:concurrent", 20, at)));
    expect(results.map((r) => r.remaining).sort((a, b) => a - b)).toEqual([...Array(5).fill(0), ...Array.from({ length: 20 }, (_, i) => i)]);
    expect(results.filter((r) => r.allowed)).toHaveLength(20);
    const row = await db.rateLimitWindow.findUniqueOrThrow({ where: { key: "test:concurrent" } });
    expect(row.count).toBe(25);
  });

  it("a later window starts over; a request stamped with an earlier window counts in the current one", async () => {
    await hitRateLimit("test:windows", 5, new Date("2026-06-05T10:00:10Z"));
    const later = await hitRateLimit("test:windows", 5, new Date("2026-06-05T10:01:10Z"));
    expect(later.remaining).toBe(4);
    const behind = await hitRateLimit("test:windows", 5, new Date("2026-06-05T10:00:59Z"));
    expect(behind.remaining).toBe(3);
    expect((await db.rateLimitWindow.findUniqueOrThrow({ where: { key: "test:windows" } })).windowStart.toISOString()).toBe("2026-06-05T10:01:00.000Z");
  });
});
