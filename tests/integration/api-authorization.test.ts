// The authorization matrix, extended to every API endpoint: tokens with each combination of
// permissions (at one unit, and one for all units) × own unit / another unit / another
// supplier, and revoked, expired and missing tokens. Outcomes: 403 when the token lacks the
// endpoint's permission, 404 for what it may not see, otherwise the request reaches its target
// (2xx, or 422 when a rule refuses a repeated change).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { setClock } from "@/lib/clock";
import type { Permission } from "@/lib/generated/prisma/client";
import type { StaffActor } from "@/lib/authz/permissions";
import { ensureBaseOrder } from "@/features/orders/base-order";
import { submitPeriodicReport } from "@/features/periodic-reports/service";
import { submitReportInput } from "@/features/periodic-reports/schemas";
import { revokeToken } from "@/features/api-tokens/service";
import type { RouteHandler } from "@/lib/api/route";
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
import * as orderXmlRoute from "@/app/api/v1/orders/[id]/xml/route";
import { allEndpoints } from "@/features/public-api/endpoints";
import { makeOfficer, makePlacement, makeStaff, makeSupplier, staffActor } from "../support/factories";
import { call, makeAdmin, makeToken } from "./api-support";

const TODAY = "2026-06-05";
const START = "2026-03-15";
const ACTIVITIES = ["MAPPING", "INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK"];

type Target = "ownUnit" | "otherUnit" | "otherSupplier";
const TARGETS: Target[] = ["ownUnit", "otherUnit", "otherSupplier"];
type UnitPermission = Exclude<Permission, "ADMINISTER_PERMISSIONS">;

interface Placement {
  decisionId: string;
  orderId: string;
  aprilReportId: string;
  unitId: string;
}

let placements: Record<Target, Placement>;
const tokens = new Map<string, string>();
let revoked: string;
let expired: string;

function monthContent(decisionId: string, month: string) {
  const ym = month.slice(0, 7);
  return {
    decisionId, month, noActivities: false, languageSupportGiven: true, jobSuggestionsGiven: false,
    entries: [
      { date: `${ym}-02`, activityCode: "MAPPING", minutes: 90 },
      { date: `${ym}-07`, activityCode: "OWN_WORK", minutes: 60 },
    ],
    remoteByActivity: {},
  };
}

async function placement(supplierId: string, unitId: string, officerId: string, reporter: StaffActor): Promise<Placement> {
  const { decision } = await makePlacement({ supplierId, unitId, officerId, startDate: START, level: "B", serviceVersion: "ROM2" });
  const period = await db.period.findFirstOrThrow({ where: { decisionId: decision.id, number: 1 } });
  await db.jointPlanning.create({
    data: {
      decisionId: decision.id, periodId: period.id, version: 1, remote: false, submittedAt: new Date(`${START}T12:00:00Z`), submittedById: reporter.userId,
      status: "APPROVED", decidedAt: new Date(`${START}T14:00:00Z`), decidedById: officerId, activities: { create: ACTIVITIES.map((activityCode) => ({ activityCode })) },
    },
  });
  const order = await db.$transaction((tx) => ensureBaseOrder(tx, { periodId: period.id, at: new Date(`${START}T14:00:00Z`), actorId: officerId, today: START }));
  await db.decisionEvent.create({ data: { decisionId: decision.id, at: new Date(`${START}T08:00:00Z`), type: "DECISION_CREATED", data: {} } });
  const april = await submitPeriodicReport(reporter, submitReportInput.parse({ ...monthContent(decision.id, "2026-04-01"), idempotencyKey: randomUUID() }), TODAY);
  return { decisionId: decision.id, orderId: order.id, aprilReportId: april.reportId, unitId };
}

const COMBINATIONS: UnitPermission[][] = [["RECEIVE_PARTICIPANTS"], ["REPORTING"], ["RECEIVE_PARTICIPANTS", "REPORTING"]];
const key = (perms: UnitPermission[], allUnits = false) => `${perms.join("+")}${allUnits ? "@all" : ""}`;

beforeAll(async () => {
  setClock(`${TODAY}T10:00:00Z`);
  const own = await makeSupplier({ units: 2, serviceVersion: "ROM2" });
  const other = await makeSupplier({ units: 1, serviceVersion: "ROM2" });
  const officer = await makeOfficer();
  await db.priceListEntry.create({ data: { serviceVersion: "ROM2", level: "B", article: "BASE_PER_DAY", amountOre: 17_500, validFrom: new Date("2020-01-01T00:00:00Z") } });
  const ownReporter = await staffActor((await makeStaff({ supplierId: own.supplier.id, permissions: ["REPORTING"], allUnits: true })).user.id, own.supplier.id);
  const otherReporter = await staffActor((await makeStaff({ supplierId: other.supplier.id, permissions: ["REPORTING"], allUnits: true })).user.id, other.supplier.id);
  placements = {
    ownUnit: await placement(own.supplier.id, own.units[0].id, officer.id, ownReporter),
    otherUnit: await placement(own.supplier.id, own.units[1].id, officer.id, ownReporter),
    otherSupplier: await placement(other.supplier.id, other.units[0].id, officer.id, otherReporter),
  };
  const admin = await makeAdmin(own.supplier.id);
  for (const perms of COMBINATIONS) tokens.set(key(perms), (await makeToken({ admin, permissions: perms, unitIds: [own.units[0].id], today: TODAY })).secret);
  tokens.set(key(["RECEIVE_PARTICIPANTS", "REPORTING"], true), (await makeToken({ admin, permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], allUnits: true, today: TODAY })).secret);
  const toRevoke = await makeToken({ admin, permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], allUnits: true, today: TODAY });
  await revokeToken(admin.actor, toRevoke.id);
  revoked = toRevoke.secret;
  expired = (await makeToken({ admin, permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], allUnits: true, today: TODAY, expiresAt: "2026-06-06" })).secret;
}, 120_000);

afterAll(() => setClock(null));

type Outcome = "allow" | "forbidden" | "not-found";

function outcomeOf(status: number, body: unknown): Outcome {
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  if ((status >= 200 && status < 300) || status === 422) return "allow";
  throw new Error(`unexpected ${status}: ${JSON.stringify(body)}`);
}

interface ItemCase {
  name: string;
  operationId: string;
  handler: RouteHandler;
  needs: UnitPermission[];
  request: (p: Placement) => { path: string; params: Record<string, string>; body?: unknown };
}

const ITEM_CASES: ItemCase[] = [
  { name: "GET participant", operationId: "getParticipant", handler: participantRoute.GET, needs: ["RECEIVE_PARTICIPANTS", "REPORTING"], request: (p) => ({ path: `/participants/${p.decisionId}`, params: { id: p.decisionId } }) },
  { name: "GET handledare-options", operationId: "listHandledareOptions", handler: optionsRoute.GET, needs: ["RECEIVE_PARTICIPANTS"], request: (p) => ({ path: `/participants/${p.decisionId}/handledare-options`, params: { id: p.decisionId } }) },
  { name: "GET plannings", operationId: "listPlannings", handler: planningsRoute.GET, needs: ["REPORTING"], request: (p) => ({ path: `/participants/${p.decisionId}/plannings`, params: { id: p.decisionId } }) },
  { name: "GET periodic-reports", operationId: "listPeriodicReports", handler: periodicRoute.GET, needs: ["REPORTING"], request: (p) => ({ path: `/participants/${p.decisionId}/periodic-reports`, params: { id: p.decisionId } }) },
  {
    name: "GET periodic-reports/{month}", operationId: "getPeriodicReportMonth", handler: periodicMonthRoute.GET, needs: ["REPORTING"],
    request: (p) => ({ path: `/participants/${p.decisionId}/periodic-reports/2026-04-01`, params: { id: p.decisionId, month: "2026-04-01" } }),
  },
  { name: "GET reports", operationId: "listParticipantReports", handler: reportsRoute.GET, needs: ["REPORTING"], request: (p) => ({ path: `/participants/${p.decisionId}/reports`, params: { id: p.decisionId } }) },
  { name: "GET order", operationId: "getOrder", handler: orderRoute.GET, needs: ["REPORTING"], request: (p) => ({ path: `/orders/${p.orderId}`, params: { id: p.orderId } }) },
  { name: "GET order XML", operationId: "getOrderXml", handler: orderXmlRoute.GET, needs: ["REPORTING"], request: (p) => ({ path: `/orders/${p.orderId}/xml`, params: { id: p.orderId } }) },
  {
    name: "POST plannings", operationId: "submitPlanning", handler: planningsRoute.POST, needs: ["REPORTING"],
    request: (p) => ({ path: `/participants/${p.decisionId}/plannings`, params: { id: p.decisionId }, body: { periodId: "$period", remote: true, activityCodes: [...ACTIVITIES, "GUIDANCE"] } }),
  },
  {
    name: "POST periodic-reports", operationId: "submitPeriodicReport", handler: periodicRoute.POST, needs: ["REPORTING"],
    request: (p) => {
      const { decisionId: _d, ...content } = monthContent(p.decisionId, "2026-05-01");
      return { path: `/participants/${p.decisionId}/periodic-reports`, params: { id: p.decisionId }, body: content };
    },
  },
  {
    name: "POST periodic correction", operationId: "submitPeriodicReportCorrection", handler: correctionRoute.POST, needs: ["REPORTING"],
    request: (p) => {
      const { decisionId: _d, month: _m, ...content } = monthContent(p.decisionId, "2026-04-01");
      return { path: `/participants/${p.decisionId}/periodic-reports/2026-04-01/corrections`, params: { id: p.decisionId, month: "2026-04-01" }, body: { ...content, correctsReportId: p.aprilReportId } };
    },
  },
  {
    name: "POST reports", operationId: "submitParticipantReport", handler: reportsRoute.POST, needs: ["REPORTING"],
    request: (p) => ({
      path: `/participants/${p.decisionId}/reports`, params: { id: p.decisionId },
      body: { kind: "INFORMATIVE", concerns: ["DIALOGUE"], text: "Deltagaren vill byta tid för mötet.", contactName: "Handledare", contactPhone: "08-123 456 78" },
    }),
  },
  // Last: it takes the participant off the new list (checked in the list cases above it).
  {
    name: "POST handledare", operationId: "assignHandledare", handler: handledareRoute.POST, needs: ["RECEIVE_PARTICIPANTS"],
    request: (p) => ({ path: `/participants/${p.decisionId}/handledare`, params: { id: p.decisionId }, body: { handledareId: "$handledare", expectedHandledareId: null } }),
  },
];

interface ListCase {
  name: string;
  operationId: string;
  handler: RouteHandler;
  needs: UnitPermission[];
  path: string;
  ids: (p: Placement) => string;
}

const LIST_CASES: ListCase[] = [
  { name: "GET participants", operationId: "listParticipants", handler: participantsRoute.GET, needs: ["REPORTING"], path: "/participants?limit=100", ids: (p) => p.decisionId },
  { name: "GET new-participants", operationId: "listNewParticipants", handler: newParticipantsRoute.GET, needs: ["RECEIVE_PARTICIPANTS"], path: "/new-participants?limit=100", ids: (p) => p.decisionId },
  { name: "GET events", operationId: "listEvents", handler: eventsRoute.GET, needs: ["RECEIVE_PARTICIPANTS", "REPORTING"], path: "/events?limit=100", ids: (p) => p.decisionId },
  { name: "GET orders", operationId: "listOrders", handler: ordersRoute.GET, needs: ["REPORTING"], path: "/orders?limit=100", ids: (p) => p.orderId },
];

const rowIds = (name: string, body: { data: Record<string, string>[] }) => body.data.map((r) => (name === "GET events" ? r.participantId : r.id));

it("covers every endpoint of the API", () => {
  const covered = new Set([...ITEM_CASES, ...LIST_CASES].map((c) => c.operationId));
  expect(allEndpoints.map((e) => e.operationId).filter((id) => !covered.has(id))).toEqual([]);
});

/** Fills in the placeholders that depend on the target: its current period and an eligible handledare. */
async function resolveBody(body: unknown, p: Placement): Promise<unknown> {
  if (!body || typeof body !== "object") return body;
  const out = { ...(body as Record<string, unknown>) };
  if (out.periodId === "$period") out.periodId = (await db.period.findFirstOrThrow({ where: { decisionId: p.decisionId, number: 1 } })).id;
  if (out.handledareId === "$handledare") {
    const d = await db.decision.findUniqueOrThrow({ where: { id: p.decisionId } });
    const m = await db.membership.findFirstOrThrow({ where: { supplierId: d.supplierId, permissions: { isEmpty: false }, allUnits: true, active: true } });
    out.handledareId = m.userId;
  }
  return out;
}

const SCOPES: { label: string; key: string; perms: UnitPermission[]; allUnits: boolean }[] = [
  ...COMBINATIONS.map((perms) => ({ label: `[${perms.join(", ")}] at one unit`, key: key(perms), perms, allUnits: false })),
  { label: "[RECEIVE_PARTICIPANTS, REPORTING] at all units", key: key(["RECEIVE_PARTICIPANTS", "REPORTING"], true), perms: ["RECEIVE_PARTICIPANTS", "REPORTING"] as UnitPermission[], allUnits: true },
];

const visibleTo = (allUnits: boolean) => (t: Target) => t === "ownUnit" || (allUnits && t === "otherUnit");

// Lists first, for every token: the POSTs below change what the new-participant list holds.
describe.each(SCOPES)("lists, for a token with $label", ({ key: tokenKey, perms, allUnits }) => {
  it.each(LIST_CASES)("$name lists own-unit rows only with the permission", async (c) => {
    const res = await call(c.handler, { path: c.path, token: tokens.get(tokenKey)! });
    const permitted = c.needs.some((n) => perms.includes(n));
    expect(outcomeOf(res.status, res.body)).toBe(permitted ? "allow" : "forbidden");
    if (!permitted) return;
    const ids = rowIds(c.name, res.body);
    for (const t of TARGETS) expect(ids.includes(c.ids(placements[t])), `${c.name} ${t}`).toBe(visibleTo(allUnits)(t));
  });
});

describe.each(SCOPES)("one participant or order, for a token with $label", ({ key: tokenKey, perms, allUnits }) => {
  it.each(ITEM_CASES)("$name: allowed at the token's units, not found elsewhere, forbidden without the permission", async (c) => {
    const permitted = c.needs.some((n) => perms.includes(n));
    for (const t of TARGETS) {
      const req = c.request(placements[t]);
      const res = await call(c.handler, { ...req, body: await resolveBody(req.body, placements[t]), token: tokens.get(tokenKey)! });
      const expected: Outcome = !permitted ? "forbidden" : visibleTo(allUnits)(t) ? "allow" : "not-found";
      expect(outcomeOf(res.status, res.body), `${c.name} at ${t}: ${res.status} ${res.text.slice(0, 200)}`).toBe(expected);
    }
  });
});

describe("tokens that do not work", () => {
  const everyCall = () => [
    ...LIST_CASES.map((c) => ({ handler: c.handler, path: c.path, params: {}, body: undefined as unknown })),
    ...ITEM_CASES.map((c) => ({ handler: c.handler, ...c.request(placements.ownUnit) })),
  ];

  const cases: [string, () => string | null, string][] = [
    ["no token", () => null, "unauthorized"],
    ["a revoked token", () => revoked, "token_revoked"],
    ["an unknown token", () => "msfa_unknown0_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "invalid_token"],
  ];
  it.each(cases)("%s is refused on every endpoint (401) and changes nothing", async (_label, secret, code) => {
    const before = await db.auditEvent.count();
    for (const c of everyCall()) {
      const res = await call(c.handler, { path: c.path, params: c.params, body: c.body, token: secret() });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe(code);
    }
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("an expired token is refused on every endpoint (401)", async () => {
    setClock("2026-06-07T10:00:00Z");
    try {
      for (const c of everyCall()) {
        const res = await call(c.handler, { path: c.path, params: c.params, body: c.body, token: expired });
        expect(res.status).toBe(401);
        expect(res.body.code).toBe("token_expired");
      }
    } finally {
      setClock(`${TODAY}T10:00:00Z`);
    }
  });
});
