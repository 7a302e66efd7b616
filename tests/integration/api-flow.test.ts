// One flow through the API's route handlers, as a supplier's system would use them: an
// officer's decision appears among the new participants, a handledare is assigned, a joint
// planning is sent and approved by the officer, the previous month's periodic report is sent,
// and the month's order line shows as delivered. Every answer is checked against the OpenAPI
// document too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { setClock } from "@/lib/clock";
import type { OfficerActor } from "@/lib/authz/permissions";
import { createDecision } from "@/features/decisions/service";
import { createDecisionInput } from "@/features/decisions/schemas";
import { decidePlanning } from "@/features/planning/service";
import { decidePlanningInput } from "@/features/planning/schemas";
import * as newParticipantsRoute from "@/app/api/v1/new-participants/route";
import * as participantRoute from "@/app/api/v1/participants/[id]/route";
import * as optionsRoute from "@/app/api/v1/participants/[id]/handledare-options/route";
import * as handledareRoute from "@/app/api/v1/participants/[id]/handledare/route";
import * as planningsRoute from "@/app/api/v1/participants/[id]/plannings/route";
import * as periodicRoute from "@/app/api/v1/participants/[id]/periodic-reports/route";
import * as eventsRoute from "@/app/api/v1/events/route";
import * as ordersRoute from "@/app/api/v1/orders/route";
import * as orderRoute from "@/app/api/v1/orders/[id]/route";
import * as orderXmlRoute from "@/app/api/v1/orders/[id]/xml/route";
import { actorFor, makeOfficer, makeStaff, makeSupplier } from "../support/factories";
import { call, contractErrors, makeAdmin, makeToken, type CallResult } from "./api-support";

const DECIDED = "2026-05-04";
const REPORTED = "2026-06-03";

let token: string;
let officer: OfficerActor;
let org: Awaited<ReturnType<typeof makeSupplier>>;
let handledareId: string;
let adminId: string;

/** The clock is pinned; each step happens a minute after the previous one. */
let minute = 0;
const tick = () => setClock(new Date(Date.parse(`${DECIDED}T08:00:00Z`) + ++minute * 60_000));

function expectContract(path: string, method: string, res: CallResult) {
  expect(contractErrors(path, method, res.status, res.body)).toBeNull();
}

beforeAll(async () => {
  setClock(`${DECIDED}T08:00:00Z`);
  org = await makeSupplier({ units: 2, serviceVersion: "ROM2" });
  officer = (await actorFor((await makeOfficer()).id)) as OfficerActor;
  const admin = await makeAdmin(org.supplier.id);
  adminId = admin.user.id;
  handledareId = (await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] })).user.id;
  token = (await makeToken({ admin, permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], unitIds: [org.units[0].id], today: DECIDED, expiresAt: "2026-12-31" })).secret;
  await db.priceListEntry.create({ data: { serviceVersion: "ROM2", level: "B", article: "BASE_PER_DAY", amountOre: 17_500, validFrom: new Date("2026-01-01T00:00:00Z") } });
});

afterAll(() => setClock(null));

describe("a new participant through the API, from decision to delivered month", () => {
  let decisionId: string;
  let periodId: string;
  let planningId: string;
  let orderId: string;

  it("an officer's decision appears among the new participants", async () => {
    const person = await db.participant.create({ data: { personalIdentityNumber: "198001019876", firstName: "Alva", lastName: "Api" } });
    decisionId = await createDecision(
      officer,
      createDecisionInput.parse({
        participantId: person.id, level: "B", serviceVersion: "ROM2", supplierId: org.supplier.id, unitId: org.units[0].id, startDate: DECIDED,
        participationRate: 100, interpreterNeeded: false, languageSupportNeeded: false, idempotencyKey: randomUUID(),
      }),
      DECIDED,
    );
    const res = await call(newParticipantsRoute.GET, { path: "/new-participants", token });
    expect(res.status).toBe(200);
    expectContract("/new-participants", "GET", res);
    const row = res.body.data.find((r: { id: string }) => r.id === decisionId);
    expect(row).toMatchObject({ name: "Alva Api", level: "B", currentHandledare: null, deadlineDate: "2026-05-14", deadlineDaysLeft: 10, newPeriod: false });
    expect(JSON.stringify(res.body)).not.toContain("198001019876");
  });

  it("the participant is read, with who may become handledare", async () => {
    const detail = await call(participantRoute.GET, { path: `/participants/${decisionId}`, token, params: { id: decisionId } });
    expect(detail.status).toBe(200);
    expectContract("/participants/{id}", "GET", detail);
    expect(detail.body).toMatchObject({ id: decisionId, state: "new", handledare: null, participant: { firstName: "Alva", lastName: "Api" } });
    expect(detail.text).not.toContain("198001019876");

    const options = await call(optionsRoute.GET, { path: `/participants/${decisionId}/handledare-options`, token, params: { id: decisionId } });
    expect(options.status).toBe(200);
    expectContract("/participants/{id}/handledare-options", "GET", options);
    expect(options.body.data.map((o: { userId: string }) => o.userId)).toContain(handledareId);
  });

  it("a handledare is assigned with POST, and the participant leaves the new list", async () => {
    tick();
    const res = await call(handledareRoute.POST, {
      path: `/participants/${decisionId}/handledare`, token, params: { id: decisionId }, body: { handledareId, expectedHandledareId: null },
    });
    expect(res.status).toBe(200);
    expectContract("/participants/{id}/handledare", "POST", res);
    expect(res.body).toEqual({ participantId: decisionId, handledareId, changed: true });
    const assignment = await db.handledareAssignment.findFirstOrThrow({ where: { decisionId, endedAt: null } });
    // Attributed to the administrator who created the token, and marked as done through it.
    expect(assignment).toMatchObject({ handledareId, assignedById: adminId });
    const tokenRow = await db.apiToken.findFirstOrThrow({ where: { prefix: token.split("_").slice(0, 2).join("_") } });
    const auditRow = await db.auditEvent.findFirstOrThrow({ where: { action: "handledare.assigned", entityId: assignment.id } });
    expect(auditRow).toMatchObject({ actorId: adminId, viaApiTokenId: tokenRow.id });
    expect(await db.auditEvent.count({ where: { action: "auth.login", viaApiTokenId: { not: null } } })).toBe(0);
    const list = await call(newParticipantsRoute.GET, { path: "/new-participants", token });
    expect(list.body.data.map((r: { id: string }) => r.id)).not.toContain(decisionId);
  });

  it("a joint planning is sent with POST and approved by the officer", async () => {
    const before = await call(planningsRoute.GET, { path: `/participants/${decisionId}/plannings`, token, params: { id: decisionId } });
    expect(before.status).toBe(200);
    expectContract("/participants/{id}/plannings", "GET", before);
    expect(before.body.current).toMatchObject({ number: 1, refusal: null });
    periodId = before.body.current.periodId;

    const sent = await call(planningsRoute.POST, {
      path: `/participants/${decisionId}/plannings`, token, params: { id: decisionId },
      body: { periodId, remote: false, activityCodes: ["MAPPING", "INDIVIDUAL_DEVELOPMENT_MEETING", "OWN_WORK", "GUIDANCE"] },
    });
    expect(sent.status).toBe(201);
    expectContract("/participants/{id}/plannings", "POST", sent);
    expect(sent.body).toMatchObject({ version: 1, status: "RECEIVED", periodId, remote: false });
    planningId = sent.body.id;

    tick();
    const decided = await decidePlanning(officer, decidePlanningInput.parse({ planningId, decision: "APPROVE" }), DECIDED);
    expect(decided.status).toBe("APPROVED");
    const after = await call(planningsRoute.GET, { path: `/participants/${decisionId}/plannings`, token, params: { id: decisionId } });
    expect(after.body.periods[0].plannings[0]).toMatchObject({ id: planningId, status: "APPROVED", inForce: true, decidedBy: "Arbetsförmedlingen" });
  });

  it("the events tell the story, oldest first", async () => {
    const res = await call(eventsRoute.GET, { path: `/events?participantId=${decisionId}`, token });
    expect(res.status).toBe(200);
    expectContract("/events", "GET", res);
    expect(res.body.data.map((e: { type: string }) => e.type)).toEqual(["DECISION_CREATED", "HANDLEDARE_ASSIGNED", "REPORT_OUTCOME"]);
  });

  it("the approval created the base order; May is open until it is reported", async () => {
    const res = await call(ordersRoute.GET, { path: `/orders?participantId=${decisionId}`, token });
    expect(res.status).toBe(200);
    expectContract("/orders", "GET", res);
    expect(res.body.data).toHaveLength(1);
    orderId = res.body.data[0].id;
    expect(res.body.data[0].lines.find((l: { month: string }) => l.month === "2026-05-01")).toMatchObject({ state: "OPEN", deliveryReportId: null });
  });

  it("the previous month's periodic report is sent with POST, and the order line is delivered", async () => {
    setClock(`${REPORTED}T09:00:00Z`);
    const months = await call(periodicRoute.GET, { path: `/participants/${decisionId}/periodic-reports`, token, params: { id: decisionId } });
    expect(months.status).toBe(200);
    expectContract("/participants/{id}/periodic-reports", "GET", months);
    expect(months.body.months.find((m: { month: string }) => m.month === "2026-05-01")).toMatchObject({ state: "due", latest: null });

    const sent = await call(periodicRoute.POST, {
      path: `/participants/${decisionId}/periodic-reports`, token, params: { id: decisionId },
      body: {
        month: "2026-05-01", noActivities: false, languageSupportGiven: false, jobSuggestionsGiven: true,
        entries: [
          { date: "2026-05-05", activityCode: "MAPPING", minutes: 120 },
          { date: "2026-05-12", activityCode: "INDIVIDUAL_DEVELOPMENT_MEETING", minutes: 60 },
          { date: "2026-05-12", activityCode: "OWN_WORK", minutes: 90 },
        ],
        remoteByActivity: { OWN_WORK: true },
      },
    });
    expect(sent.status).toBe(201);
    expectContract("/participants/{id}/periodic-reports", "POST", sent);
    expect(sent.body).toMatchObject({ month: "2026-05-01", version: 1, status: "RECEIVED", jobSuggestionsGiven: true });
    expect(sent.body.entries.find((e: { activityCode: string }) => e.activityCode === "OWN_WORK").remote).toBe(true);

    const order = await call(orderRoute.GET, { path: `/orders/${orderId}`, token, params: { id: orderId } });
    expect(order.status).toBe(200);
    expectContract("/orders/{id}", "GET", order);
    expect(order.body.lines.find((l: { month: string }) => l.month === "2026-05-01")).toMatchObject({ state: "DELIVERED", deliveryReportId: sent.body.id });
    expect(order.body.state).toBe("delivered");

    const xml = await call(orderXmlRoute.GET, { path: `/orders/${orderId}/xml`, token, params: { id: orderId } });
    expect(xml.status).toBe(200);
    expect(xml.headers.get("content-type")).toContain("application/xml");
    expect(xml.text).toContain(order.body.orderNumber);
    expect(xml.headers.get("ratelimit-limit")).toBeTruthy();
  });
});
