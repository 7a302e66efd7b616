import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { NotFoundError, ForbiddenError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import type { StaffActor } from "@/lib/authz/permissions";
import { assignHandledare, caseload, eligibleHandledare, participantsOf, recordFirstMeeting, recordFollowUp } from "@/features/assignments/service";
import { addCalendarDays } from "@/features/decisions/periods";
import { countNewParticipants, listLackingFirstMeeting, listNewParticipants } from "@/features/participants/new-participants";
import { today } from "@/lib/clock";
import { makeDecision, makeOfficer, makeStaff, makeSupplier, staffActor } from "../support/factories";

let org: Awaited<ReturnType<typeof makeSupplier>>;
let otherOrg: Awaited<ReturnType<typeof makeSupplier>>;
let officerId: string;
let receiver: StaffActor; // receives at unit 0
let receiver2: StaffActor; // receives at unit 0 too
let reporterOnly: StaffActor;
let admin: StaffActor;
let h1: { id: string; name: string }; // reporting at unit 0
let h2: { id: string; name: string }; // reporting at unit 0 and 1
let hOtherUnit: { id: string; name: string }; // reporting at unit 1 only
let hNoReporting: { id: string; name: string };
let hInactive: { id: string; name: string };

const assign = (actor: StaffActor, handledareId: string, items: { decisionId: string; expectedHandledareId: string | null }[]) =>
  assignHandledare(actor, { items, handledareId, idempotencyKey: randomUUID() });

async function newDecision(unitIndex = 0, supplier = org) {
  return (await makeDecision({ supplierId: supplier.supplier.id, unitId: supplier.units[unitIndex].id, officerId, startDate: today() })).decision;
}

beforeAll(async () => {
  org = await makeSupplier({ units: 2, serviceVersion: "ROM2" });
  otherOrg = await makeSupplier({ units: 1 });
  officerId = (await makeOfficer()).id;
  const u0 = org.units[0].id, u1 = org.units[1].id;
  receiver = await staffActor((await makeStaff({ supplierId: org.supplier.id, permissions: ["RECEIVE_PARTICIPANTS"], unitIds: [u0] })).user.id, org.supplier.id);
  receiver2 = await staffActor((await makeStaff({ supplierId: org.supplier.id, permissions: ["RECEIVE_PARTICIPANTS"], unitIds: [u0] })).user.id, org.supplier.id);
  reporterOnly = await staffActor((await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [u0] })).user.id, org.supplier.id);
  admin = await staffActor((await makeStaff({ supplierId: org.supplier.id, permissions: ["ADMINISTER_PERMISSIONS"] })).user.id, org.supplier.id);
  const person = async (perms: ("REPORTING" | "RECEIVE_PARTICIPANTS")[], units: string[], active = true) => {
    const s = await makeStaff({ supplierId: org.supplier.id, permissions: perms, unitIds: units, active });
    return { id: s.user.id, name: s.user.name };
  };
  h1 = await person(["REPORTING"], [u0]);
  h2 = await person(["REPORTING"], [u0, u1]);
  hOtherUnit = await person(["REPORTING"], [u1]);
  hNoReporting = await person(["RECEIVE_PARTICIPANTS"], [u0]);
  hInactive = await person(["REPORTING"], [u0], false);
});

describe("assigning a handledare", () => {
  it("lists only active reporters at the unit, with their load", async () => {
    const options = await eligibleHandledare(receiver, [org.units[0].id]);
    const ids = options.map((o) => o.userId);
    expect(ids).toEqual(expect.arrayContaining([h1.id, h2.id, reporterOnly.userId]));
    expect(ids).not.toContain(hOtherUnit.id);
    expect(ids).not.toContain(hNoReporting.id);
    expect(ids).not.toContain(hInactive.id);
    expect(options.every((o) => o.cap === 50)).toBe(true);
    // Both units at once: only those who can take participants at both.
    await expect(eligibleHandledare(receiver, [org.units[0].id, org.units[1].id])).rejects.toBeInstanceOf(ForbiddenError);
    expect((await eligibleHandledare(admin, [org.units[0].id, org.units[1].id])).map((o) => o.userId)).toEqual([h2.id]);
  });

  it("assigns, leaves the new list, writes the event and the audit record", async () => {
    const d = await newDecision();
    expect((await listNewParticipants(receiver)).rows.map((r) => r.decisionId)).toContain(d.id);
    const before = await countNewParticipants(receiver);
    expect(await assign(receiver, h1.id, [{ decisionId: d.id, expectedHandledareId: null }])).toEqual({ assigned: 1, unchanged: 0 });
    expect((await listNewParticipants(receiver)).rows.map((r) => r.decisionId)).not.toContain(d.id);
    expect(await countNewParticipants(receiver)).toBe(before - 1);
    // The menu's count stops past its cap ("99+").
    await newDecision();
    await newDecision();
    expect(await countNewParticipants(receiver)).toBeGreaterThanOrEqual(2);
    expect(await countNewParticipants(receiver, undefined, 1)).toBe(1);
    const event = await db.decisionEvent.findFirstOrThrow({ where: { decisionId: d.id, type: "HANDLEDARE_ASSIGNED" } });
    expect(event.data).toMatchObject({ handledareId: h1.id, handledareName: h1.name });
    // Who did it: their own action is no news to them in Händelser.
    expect(event.actorId).toBe(receiver.userId);
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "handledare.assigned", after: { path: ["decisionId"], equals: d.id } } });
    expect(row.actorId).toBe(receiver.userId);
  });

  it("a change keeps the history and can be made by anyone who receives at the unit", async () => {
    const d = await newDecision();
    await assign(receiver, h1.id, [{ decisionId: d.id, expectedHandledareId: null }]);
    await assign(receiver2, h2.id, [{ decisionId: d.id, expectedHandledareId: h1.id }]);
    const history = await db.handledareAssignment.findMany({ where: { decisionId: d.id }, orderBy: { assignedAt: "asc" } });
    expect(history.map((h) => [h.handledareId, h.endedAt !== null])).toEqual([[h1.id, true], [h2.id, false]]);
    expect(history[0].endedById).toBe(receiver2.userId);
    expect(await db.auditEvent.count({ where: { action: "handledare.changed", before: { path: ["handledareId"], equals: h1.id } } })).toBe(1);
  });

  it("refuses a handledare of another unit, without the reporting permission, or inactive; nothing changes", async () => {
    const d = await newDecision();
    for (const h of [hOtherUnit, hNoReporting, hInactive]) {
      await expect(assign(receiver, h.id, [{ decisionId: d.id, expectedHandledareId: null }])).rejects.toMatchObject({ field: "handledareId" });
    }
    expect(await db.handledareAssignment.count({ where: { decisionId: d.id } })).toBe(0);
  });

  it("refuses participants of another supplier or unit, and users without the permission", async () => {
    const foreign = await newDecision(0, otherOrg);
    await expect(assign(receiver, h1.id, [{ decisionId: foreign.id, expectedHandledareId: null }])).rejects.toBeInstanceOf(NotFoundError);
    const otherUnit = await newDecision(1);
    await expect(assign(receiver, h2.id, [{ decisionId: otherUnit.id, expectedHandledareId: null }])).rejects.toBeInstanceOf(NotFoundError);
    const own = await newDecision();
    await expect(assign(reporterOnly, h1.id, [{ decisionId: own.id, expectedHandledareId: null }])).rejects.toBeInstanceOf(NotFoundError);
    // All or nothing: one bad participant spoils the batch.
    await expect(assign(receiver, h1.id, [{ decisionId: own.id, expectedHandledareId: null }, { decisionId: foreign.id, expectedHandledareId: null }])).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.handledareAssignment.count({ where: { decisionId: own.id } })).toBe(0);
  });

  it("two people assigning the same participant at once: exactly one wins, the other is told", async () => {
    const d = await newDecision();
    const results = await Promise.allSettled([
      assign(receiver, h1.id, [{ decisionId: d.id, expectedHandledareId: null }]),
      assign(receiver2, h2.id, [{ decisionId: d.id, expectedHandledareId: null }]),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(RuleError);
    expect(String(lost.reason.message)).toMatch(/har just fått .* som handledare av någon annan/);
    expect(await db.handledareAssignment.count({ where: { decisionId: d.id, endedAt: null } })).toBe(1);
  });

  it("is idempotent for a double click", async () => {
    const d = await newDecision();
    const input = { items: [{ decisionId: d.id, expectedHandledareId: null }], handledareId: h1.id, idempotencyKey: randomUUID() };
    const [a, b] = await Promise.all([assignHandledare(receiver, input), assignHandledare(receiver, input)]);
    expect(a).toEqual({ assigned: 1, unchanged: 0 });
    expect(b).toEqual(a);
    expect(await db.handledareAssignment.count({ where: { decisionId: d.id } })).toBe(1);
  });

  it("enforces the cap of 50 in Rusta och matcha 2 but not in version 1", async () => {
    const capped = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] });
    const decisions = [];
    for (let i = 0; i < 49; i++) decisions.push(await newDecision());
    await assign(receiver, capped.user.id, decisions.map((d) => ({ decisionId: d.id, expectedHandledareId: null })));
    const two = [await newDecision(), await newDecision()];
    await expect(assign(receiver, capped.user.id, two.map((d) => ({ decisionId: d.id, expectedHandledareId: null })))).rejects.toThrow(/plats för 1 till/);
    await assign(receiver, capped.user.id, [{ decisionId: two[0].id, expectedHandledareId: null }]);
    await expect(assign(receiver, capped.user.id, [{ decisionId: two[1].id, expectedHandledareId: null }])).rejects.toThrow(/taket är 50/);

    const v1 = await makeSupplier({ units: 1, serviceVersion: "ROM1" });
    const v1Receiver = await staffActor((await makeStaff({ supplierId: v1.supplier.id, permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], unitIds: [v1.units[0].id] })).user.id, v1.supplier.id);
    const many = [];
    for (let i = 0; i < 51; i++) many.push(await newDecision(0, v1));
    expect(await assign(v1Receiver, v1Receiver.userId, many.map((d) => ({ decisionId: d.id, expectedHandledareId: null })))).toEqual({ assigned: 51, unchanged: 0 });
  }, 120_000);

  it("offers the handledare in Swedish alphabetical order (Z before Å, Å before Ä, Ä before Ö)", async () => {
    const s = await makeSupplier({ units: 1, serviceVersion: "ROM2" });
    const r = await staffActor((await makeStaff({ supplierId: s.supplier.id, permissions: ["RECEIVE_PARTICIPANTS"], allUnits: true })).user.id, s.supplier.id);
    for (const name of ["Örjan Öst", "Ärla Äng", "Zelda Zorn", "Åsa Ås", "adam Ek"]) {
      const m = await makeStaff({ supplierId: s.supplier.id, permissions: ["REPORTING"], unitIds: [s.units[0].id] });
      await db.user.update({ where: { id: m.user.id }, data: { name } });
    }
    const names = (await eligibleHandledare(r, [s.units[0].id])).map((o) => o.name);
    expect(names).toEqual(["adam Ek", "Zelda Zorn", "Åsa Ås", "Ärla Äng", "Örjan Öst"]);
  });

  it("lists a handledare's participants to move by last name in the Swedish alphabet", async () => {
    const h = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] });
    const made = [await newDecision(), await newDecision(), await newDecision()];
    await assign(receiver, h.user.id, made.map((d) => ({ decisionId: d.id, expectedHandledareId: null })));
    for (const [d, lastName] of [[made[0], "Öst"], [made[1], "Zorn"], [made[2], "Ås"]] as const) {
      await db.participant.update({ where: { id: d.participantId }, data: { lastName } });
    }
    expect((await participantsOf(admin, h.user.id)).map((p) => p.name.split(" ").at(-1))).toEqual(["Zorn", "Ås", "Öst"]);
  });

  it("a handledare's load is their running participants: one whose placement has ended or been interrupted frees the place (50 at a time)", async () => {
    const h = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] });
    const running = await newDecision();
    const interrupted = await newDecision();
    await assign(receiver, h.user.id, [running, interrupted].map((d) => ({ decisionId: d.id, expectedHandledareId: null })));
    await db.interruption.create({ data: { decisionId: interrupted.id, date: new Date(`${today()}T00:00:00Z`), reason: "OTHER_SERVICE", registeredAt: new Date(), registeredById: officerId } });
    // Ended 20-odd days ago, with the handledare it had to the end.
    const ended = (await makeDecision({ supplierId: org.supplier.id, unitId: org.units[0].id, officerId, startDate: addCalendarDays(today(), -200), handledareId: h.user.id, assignedById: receiver.userId })).decision;

    const load = (rows: { userId: string; load: number }[]) => rows.find((r) => r.userId === h.user.id)?.load;
    expect(load(await caseload(admin))).toBe(1);
    expect(load(await eligibleHandledare(receiver, [org.units[0].id]))).toBe(1);
    expect((await participantsOf(admin, h.user.id)).map((p) => p.decisionId)).toEqual([running.id]);
    expect(await db.decision.count({ where: { currentHandledareId: h.user.id, id: { in: [running.id, interrupted.id, ended.id] } } })).toBe(3);

    // With 49 running, the 50th is the last place: the ended and interrupted ones do not hold any.
    const more = [];
    for (let i = 0; i < 48; i++) more.push(await newDecision());
    await assign(receiver, h.user.id, more.map((d) => ({ decisionId: d.id, expectedHandledareId: null })));
    expect(load(await caseload(admin))).toBe(49);
    await assign(receiver, h.user.id, [{ decisionId: (await newDecision()).id, expectedHandledareId: null }]);
    await expect(assign(receiver, h.user.id, [{ decisionId: (await newDecision()).id, expectedHandledareId: null }])).rejects.toThrow(/redan 50 deltagare/);
  }, 120_000);

  it("period 2 brings the participant back as new until the handledare is confirmed", async () => {
    const d = await newDecision();
    await assign(receiver, h1.id, [{ decisionId: d.id, expectedHandledareId: null }]);
    const p1 = await db.period.findFirstOrThrow({ where: { decisionId: d.id } });
    await db.period.create({ data: { decisionId: d.id, number: 2, startDate: new Date(p1.endDate.getTime() + 86400_000), endDate: new Date(p1.endDate.getTime() + 180 * 86400_000), originalEndDate: new Date(p1.endDate.getTime() + 180 * 86400_000), grantedAt: new Date(), grantedById: officerId } });
    const row = (await listNewParticipants(receiver)).rows.find((r) => r.decisionId === d.id);
    expect(row).toMatchObject({ newPeriod: true, currentHandledare: { id: h1.id } });
    expect(await assign(receiver, h1.id, [{ decisionId: d.id, expectedHandledareId: h1.id }])).toEqual({ assigned: 0, unchanged: 1 });
    expect((await listNewParticipants(receiver)).rows.map((r) => r.decisionId)).not.toContain(d.id);
    expect(await db.handledareAssignment.count({ where: { decisionId: d.id } })).toBe(1);
  });
});

describe("bulk reassignment by an administrator", () => {
  it("moves all or nothing, respecting units", async () => {
    const from = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], allUnits: true });
    const a = await newDecision(0), b = await newDecision(0), c = await newDecision(1);
    await assign(admin, from.user.id, [a, b, c].map((d) => ({ decisionId: d.id, expectedHandledareId: null })));
    // h1 cannot take c (unit 1): nothing moves.
    await expect(assign(admin, h1.id, [a, b, c].map((d) => ({ decisionId: d.id, expectedHandledareId: from.user.id })))).rejects.toMatchObject({ field: "handledareId" });
    expect(await db.handledareAssignment.count({ where: { handledareId: from.user.id, endedAt: null } })).toBe(3);
    await assign(admin, h2.id, [a, b, c].map((d) => ({ decisionId: d.id, expectedHandledareId: from.user.id })));
    expect(await db.handledareAssignment.count({ where: { handledareId: from.user.id, endedAt: null } })).toBe(0);
    const load = (await caseload(admin)).find((r) => r.userId === h2.id)!;
    expect(load.load).toBeGreaterThanOrEqual(3);
    await expect(caseload(receiver)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("meetings", () => {
  it("first meeting booked; assigned participants without one are listed; follow-ups only in the past", async () => {
    const d = await newDecision();
    await assign(receiver, h1.id, [{ decisionId: d.id, expectedHandledareId: null }]);
    expect((await listLackingFirstMeeting(reporterOnly, today(), { take: 1000 })).rows.map((r) => r.decisionId)).toContain(d.id);
    const inAWeek = new Date(Date.parse(`${today()}T12:00:00Z`) + 7 * 86400_000).toISOString().slice(0, 10);
    await recordFirstMeeting(reporterOnly, { decisionId: d.id, date: inAWeek });
    expect((await listLackingFirstMeeting(reporterOnly, today(), { take: 1000 })).rows.map((r) => r.decisionId)).not.toContain(d.id);
    await expect(recordFollowUp(reporterOnly, { decisionId: d.id, date: inAWeek })).rejects.toMatchObject({ field: "date" });
    await recordFollowUp(reporterOnly, { decisionId: d.id, date: today() });
    expect(await db.followUpMeeting.count({ where: { decisionId: d.id } })).toBe(1);
    const foreign = await newDecision(0, otherOrg);
    await expect(recordFirstMeeting(reporterOnly, { decisionId: foreign.id, date: inAWeek })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("Nya deltagare's filter counts (issue #14)", () => {
  it("follow the other chosen filters; each facet leaves out only its own", async () => {
    const s = await makeSupplier({ units: 2, serviceVersion: "ROM2" });
    await db.performingUnit.update({ where: { id: s.units[1].id }, data: { municipality: "Solna" } });
    const r = await staffActor((await makeStaff({ supplierId: s.supplier.id, permissions: ["RECEIVE_PARTICIPANTS"], allUnits: true })).user.id, s.supplier.id);
    for (const unit of [s.units[0], s.units[0], s.units[1]]) await makeDecision({ supplierId: s.supplier.id, unitId: unit.id, officerId });
    await db.decision.updateMany({ where: { unitId: s.units[1].id }, data: { serviceVersion: "ROM1" } });
    const all = await listNewParticipants(r);
    expect(all.facets.services.map((f) => [f.value, f.n])).toEqual([["ROM1", 1], ["ROM2", 2]]);
    const atUnit0 = await listNewParticipants(r, { unitId: s.units[0].id });
    expect(atUnit0.total).toBe(2);
    expect(atUnit0.facets.services.map((f) => [f.value, f.n])).toEqual([["ROM2", 2]]);
    expect(atUnit0.facets.units.map((f) => f.n).sort()).toEqual([1, 2]); // its own facet is unaffected
    const rom1 = await listNewParticipants(r, { serviceVersion: "ROM1" });
    expect(rom1.facets.units.map((f) => [f.value, f.n])).toEqual([[s.units[1].id, 1]]);
    expect(rom1.facets.municipalities.map((f) => [f.value, f.n])).toEqual([["Solna", 1]]);
    expect((await listNewParticipants(r, { municipality: "Solna" })).facets.units.map((f) => f.value)).toEqual([s.units[1].id]);
    // The rows follow the same filters as the counts.
    const unitOf = async (q: Parameters<typeof listNewParticipants>[1]) => (await listNewParticipants(r, q)).rows.map((row) => row.unit.id).sort();
    expect(await unitOf({ municipality: "Solna" })).toEqual([s.units[1].id]);
    expect(await unitOf({ serviceVersion: "ROM2" })).toEqual([s.units[0].id, s.units[0].id]);
    expect(await unitOf({ unitId: s.units[1].id })).toEqual([s.units[1].id]);
    expect(await unitOf({ municipality: "Uppsala" })).toEqual([]);
  });

  it("a placement that ended without a handledare is not new; the rest come most urgent first, a page at a time", async () => {
    const s = await makeSupplier({ units: 1, serviceVersion: "ROM2" });
    const r = await staffActor((await makeStaff({ supplierId: s.supplier.id, permissions: ["RECEIVE_PARTICIPANTS"], allUnits: true })).user.id, s.supplier.id);
    const ended = (await makeDecision({ supplierId: s.supplier.id, unitId: s.units[0].id, officerId, startDate: addCalendarDays(today(), -200) })).decision;
    const made = [];
    for (let i = 0; i < 27; i++) made.push((await makeDecision({ supplierId: s.supplier.id, unitId: s.units[0].id, officerId })).decision);
    const first = await listNewParticipants(r);
    const second = await listNewParticipants(r, { page: 2 });
    expect(first.total).toBe(27);
    expect(first.rows).toHaveLength(25);
    const ids = [...first.rows, ...second.rows].map((row) => row.decisionId);
    expect(ids).not.toContain(ended.id);
    expect(new Set(ids)).toEqual(new Set(made.map((d) => d.id)));
    const deadlines = [...first.rows, ...second.rows].map((row) => row.deadlineDate);
    expect(deadlines).toEqual([...deadlines].sort());
    // A page past the end is the last page, and says so.
    const past = await listNewParticipants(r, { page: 7 });
    expect(past).toMatchObject({ total: 27, page: 2 });
    expect(past.rows.map((row) => row.decisionId)).toEqual(second.rows.map((row) => row.decisionId));
  });
});
