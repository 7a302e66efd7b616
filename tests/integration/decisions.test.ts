import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import type { OfficerActor, StaffActor } from "@/lib/authz/permissions";
import { changePeriodEnd, createDecision, grantSecondPeriod, registerInterruption, registerJobSeeker, withdrawInterruption, findJobSeeker, searchJobSeeker, suppliersForDecision } from "@/features/decisions/service";
import { getDecisionForStaff, listDecisions } from "@/features/decisions/queries";
import { createDecisionInput, registerJobSeekerInput } from "@/features/decisions/schemas";
import { listNewParticipants } from "@/features/participants/new-participants";
import { luhnCheckDigit } from "@/lib/validation/luhn";
import { setClock, today } from "@/lib/clock";
import { actorFor, makeOfficer, makeStaff, makeSupplier, staffActor } from "../support/factories";

let officer: OfficerActor;
let org: Awaited<ReturnType<typeof makeSupplier>>;
let otherOrg: Awaited<ReturnType<typeof makeSupplier>>;
let atUnit: StaffActor;
let atOtherUnit: StaffActor;
let otherSupplierStaff: StaffActor;
let pnrSeq = 100;

function pnr(): string {
  const nine = `850315${String(pnrSeq++).padStart(3, "0")}`;
  return `19${nine}${luhnCheckDigit(nine)}`;
}

async function jobSeeker() {
  const input = registerJobSeekerInput.parse({ personalIdentityNumber: pnr(), firstName: "Test", lastName: `Person${pnrSeq}` });
  return registerJobSeeker(officer, input);
}

function decisionInput(participantId: string, over: Record<string, unknown> = {}) {
  return createDecisionInput.parse({
    participantId, level: "B", serviceVersion: "ROM2", supplierId: org.supplier.id, unitId: org.units[0].id, startDate: today(),
    participationRate: 100, interpreterNeeded: false, languageSupportNeeded: true, idempotencyKey: randomUUID(), ...over,
  });
}

beforeAll(async () => {
  org = await makeSupplier({ units: 2 });
  otherOrg = await makeSupplier({ units: 1 });
  officer = (await actorFor((await makeOfficer()).id)) as OfficerActor;
  atUnit = await staffActor((await makeStaff({ supplierId: org.supplier.id, permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], unitIds: [org.units[0].id] })).user.id, org.supplier.id);
  atOtherUnit = await staffActor((await makeStaff({ supplierId: org.supplier.id, permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], unitIds: [org.units[1].id] })).user.id, org.supplier.id);
  otherSupplierStaff = await staffActor((await makeStaff({ supplierId: otherOrg.supplier.id, permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], allUnits: true })).user.id, otherOrg.supplier.id);
});

describe("job seekers", () => {
  it("are registered once, found by personal identity number, never audited with it", async () => {
    const number = pnr();
    const p = await registerJobSeeker(officer, registerJobSeekerInput.parse({ personalIdentityNumber: number, firstName: "Ada", lastName: "Ek" }));
    expect((await findJobSeeker(officer, number))?.id).toBe(p.id);
    await expect(registerJobSeeker(officer, registerJobSeekerInput.parse({ personalIdentityNumber: number, firstName: "Ada", lastName: "Ek" }))).rejects.toMatchObject({
      field: "personalIdentityNumber",
    });
    const audits = await db.auditEvent.findMany({ where: { entityId: p.id } });
    expect(JSON.stringify(audits)).not.toContain(number);
    expect(JSON.stringify(audits)).not.toContain(number.slice(2));
  });
  it("refuses an invalid personal identity number with a Swedish message", () => {
    const r = registerJobSeekerInput.safeParse({ personalIdentityNumber: "19850315-1235", firstName: "A", lastName: "B" });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ["personalIdentityNumber"], message: expect.stringMatching(/Kontrollsiffran/) });
  });
});

describe("a decision", () => {
  it("creates period 1, an implementation reference, an event and an audit record; the supplier's unit sees it at once", async () => {
    const p = await jobSeeker();
    const id = await createDecision(officer, decisionInput(p.id));
    const d = await db.decision.findUniqueOrThrow({ where: { id }, include: { periods: true, events: true } });
    expect(d.implementationReference).toMatch(/^GR-\d{4}-[2-9A-Z]{8}$/);
    expect(d.periods).toHaveLength(1);
    expect(d.events.map((e) => e.type)).toEqual(["DECISION_CREATED"]);
    const a = await db.auditEvent.findFirstOrThrow({ where: { action: "decision.created", entityId: id } });
    expect(a.actorId).toBe(officer.userId);
    expect(a.after).toMatchObject({ level: "B", unitId: org.units[0].id, startDate: today() });

    expect((await listNewParticipants(atUnit)).rows.map((r) => r.decisionId)).toContain(id);
    expect((await listNewParticipants(atOtherUnit)).rows.map((r) => r.decisionId)).not.toContain(id);
    expect((await listNewParticipants(otherSupplierStaff)).rows.map((r) => r.decisionId)).not.toContain(id);
    const seen = await getDecisionForStaff(atUnit, id);
    expect(seen.level).toBe("B");
    expect("personalIdentityNumber" in seen.participant).toBe(false);
    await expect(getDecisionForStaff(atOtherUnit, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDecisionForStaff(otherSupplierStaff, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a second ongoing placement for the same job seeker", async () => {
    const p = await jobSeeker();
    await createDecision(officer, decisionInput(p.id));
    await expect(createDecision(officer, decisionInput(p.id, { unitId: org.units[1].id }))).rejects.toMatchObject({ field: "participantId" });
  });

  it("refuses a unit of another supplier, a unit outside the supplier's delivery areas, and a mismatched service version", async () => {
    const p = await jobSeeker();
    await expect(createDecision(officer, decisionInput(p.id, { unitId: otherOrg.units[0].id }))).rejects.toMatchObject({ field: "unitId" });
    const area = await db.deliveryArea.create({ data: { code: `X-${randomUUID().slice(0, 6)}`, name: "Utanför" } });
    const outside = await db.performingUnit.create({
      data: { supplierId: org.supplier.id, deliveryAreaId: area.id, name: "Utanför området", street: "V 1", postalCode: "999 99", city: "Kiruna", municipality: "Kiruna" },
    });
    await expect(createDecision(officer, decisionInput(p.id, { unitId: outside.id }))).rejects.toMatchObject({ field: "unitId" });
    // The form offers the same units the rule accepts.
    const choices = (await suppliersForDecision(officer)).find((s) => s.id === org.supplier.id)!;
    expect(choices.units.map((u) => u.id)).toEqual(expect.arrayContaining(org.units.map((u) => u.id)));
    expect(choices.units.map((u) => u.id)).not.toContain(outside.id);
    await expect(createDecision(officer, decisionInput(p.id, { serviceVersion: "ROM1" }))).rejects.toMatchObject({ field: "serviceVersion" });
    await expect(createDecision(officer, decisionInput(p.id, { startDate: "2020-01-01" }))).rejects.toMatchObject({ field: "startDate" });
    expect(await db.decision.count({ where: { participantId: p.id } })).toBe(0);
  });

  it("is created once for a double click, also when the two requests race", async () => {
    const p = await jobSeeker();
    const input = decisionInput(p.id);
    const [a, b] = await Promise.all([createDecision(officer, input), createDecision(officer, input)]);
    const c = await createDecision(officer, input);
    expect(new Set([a, b, c]).size).toBe(1);
    expect(await db.decision.count({ where: { participantId: p.id } })).toBe(1);
  });

  it("never changes level, whatever path tries", async () => {
    const p = await jobSeeker();
    const id = await createDecision(officer, decisionInput(p.id, { level: "A" }));
    await expect(db.decision.update({ where: { id }, data: { level: "C" } })).rejects.toThrow(/Nivån kan inte ändras/);
    await expect(db.$executeRawUnsafe(`UPDATE "Decision" SET level = 'C' WHERE id = '${id}'`)).rejects.toThrow();
    expect((await db.decision.findUniqueOrThrow({ where: { id } })).level).toBe("A");
    // Other fields still update.
    await db.decision.update({ where: { id }, data: { participationRate: 50 } });
  });

  it("is officer work only", async () => {
    const p = await jobSeeker();
    for (const staff of [atUnit, otherSupplierStaff]) {
      await expect(createDecision(staff, decisionInput(p.id))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(registerJobSeeker(staff, registerJobSeekerInput.parse({ personalIdentityNumber: pnr(), firstName: "X", lastName: "Y" }))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listDecisions(staff, {})).rejects.toBeInstanceOf(ForbiddenError);
      await expect(grantSecondPeriod(staff, randomUUID())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(registerInterruption(staff, { decisionId: randomUUID(), date: today(), reason: "WORK" })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("interruptions", () => {
  it("are never backdated; a future one is planned and can be withdrawn until its date", async () => {
    const p = await jobSeeker();
    const id = await createDecision(officer, decisionInput(p.id));
    const t = today();
    const yesterday = new Date(Date.parse(`${t}T12:00:00Z`) - 86400_000).toISOString().slice(0, 10);
    const later = new Date(Date.parse(`${t}T12:00:00Z`) + 5 * 86400_000).toISOString().slice(0, 10);
    await expect(registerInterruption(officer, { decisionId: id, date: yesterday, reason: "WORK" })).rejects.toMatchObject({ field: "date" });
    const i = await registerInterruption(officer, { decisionId: id, date: later, reason: "ILLNESS" });
    const seen = await getDecisionForStaff(atUnit, id);
    expect(seen.state).toBe("planned-interruption");
    expect(seen.events[0]).toMatchObject({ type: "INTERRUPTION_REGISTERED", data: { date: later, reason: "ILLNESS", planned: true } });
    await expect(registerInterruption(officer, { decisionId: id, date: later, reason: "WORK" })).rejects.toBeInstanceOf(RuleError);
    await withdrawInterruption(officer, i.id);
    expect((await getDecisionForStaff(atUnit, id)).state).toBe("new");
    const actions = (await db.auditEvent.findMany({ where: { entityId: i.id }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["interruption.registered", "interruption.withdrawn"]);

    const now = await registerInterruption(officer, { decisionId: id, date: t, reason: "WORK" });
    expect((await getDecisionForStaff(atUnit, id)).state).toBe("interrupted");
    await expect(withdrawInterruption(officer, now.id)).rejects.toBeInstanceOf(RuleError);
    // An interrupted placement is no longer new for the supplier.
    expect((await listNewParticipants(atUnit)).rows.map((r) => r.decisionId)).not.toContain(id);
  });
});

describe("periods", () => {
  async function decisionEndingSoon() {
    const p = await jobSeeker();
    // Decided five months and 20 days ago: period 1 ends in about ten days.
    const started = new Date(Date.now() - 172 * 86400_000);
    setClock(started);
    const id = await createDecision(officer, decisionInput(p.id, { startDate: today(), idempotencyKey: randomUUID() }));
    setClock(null);
    return id;
  }

  it("period 2 is granted once, follows period 1, and reaches the supplier", async () => {
    const id = await decisionEndingSoon();
    const p2 = await grantSecondPeriod(officer, id);
    const p1 = await db.period.findFirstOrThrow({ where: { decisionId: id, number: 1 } });
    expect(p2.startDate.getTime()).toBe(p1.endDate.getTime() + 86400_000);
    await expect(grantSecondPeriod(officer, id)).rejects.toThrow(/redan beviljats/);
    const seen = await getDecisionForStaff(atUnit, id);
    expect(seen.periodsIso.map((p) => p.number)).toEqual([1, 2]);
    expect(seen.events[0].type).toBe("PERIOD_GRANTED");
    expect(await db.auditEvent.count({ where: { action: "period.granted", entityId: p2.id, actorId: officer.userId } })).toBe(1);
  });

  it("an end date change shows as 'avropsperiod ändrad' with the new date, within one year", async () => {
    const id = await decisionEndingSoon();
    const p1 = await db.period.findFirstOrThrow({ where: { decisionId: id, number: 1 } });
    const newEnd = new Date(p1.endDate.getTime() + 14 * 86400_000).toISOString().slice(0, 10);
    await changePeriodEnd(officer, { periodId: p1.id, endDate: newEnd });
    const seen = await getDecisionForStaff(atUnit, id);
    expect(seen.events[0]).toMatchObject({ type: "PERIOD_END_CHANGED", data: { endDate: newEnd } });
    expect(seen.periodsIso[0].endDate).toBe(newEnd);
    expect(seen.periodsIso[0].originalEndDate).toBe(p1.originalEndDate.toISOString().slice(0, 10));
    await expect(changePeriodEnd(officer, { periodId: p1.id, endDate: "2099-01-01" })).rejects.toMatchObject({ field: "endDate" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "period.end-changed", entityId: p1.id } });
    expect(audit.before).toEqual({ endDate: p1.endDate.toISOString().slice(0, 10) });
  });
});

describe("state filter", () => {
  it("officers search and filter decisions on the server", async () => {
    const p = await jobSeeker();
    const id = await createDecision(officer, decisionInput(p.id, { level: "C", unitId: org.units[1].id }));
    const d = await db.decision.findUniqueOrThrow({ where: { id } });
    const byRef = await listDecisions(officer, { q: d.implementationReference.toLowerCase() });
    expect(byRef.rows.map((r) => r.id)).toEqual([id]);
    // The list's search is a GET form: a personnummer in it would land in addresses and logs.
    const byPnr = await listDecisions(officer, { q: p.personalIdentityNumber.slice(2) });
    expect(byPnr.rows).toEqual([]);
    // The posted job-seeker search finds the person and the decision instead.
    const found = await searchJobSeeker(officer, p.personalIdentityNumber);
    expect(found.person?.decisions.map((x) => x.id)).toEqual([id]);
    expect(found.person?.hasOngoing).toBe(true);
    expect((await searchJobSeeker(officer, "199001019802")).person).toBeNull();
    const filtered = await listDecisions(officer, { unitId: org.units[1].id, level: "C", state: "new" });
    expect(filtered.rows.map((r) => r.id)).toContain(id);
    expect(filtered.rows.every((r) => r.level === "C" && r.state === "new")).toBe(true);
  });
});

describe("the officer's decision list", () => {
  it("sorts its Start column on period 1's start, not on when the decision was made (issue #14)", async () => {
    const own = await makeSupplier({ units: 1 });
    const plus = (n: number) => new Date(Date.parse(`${today()}T12:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);
    // Decided in this order, starting in another.
    const ids: Record<string, string> = {};
    for (const [key, start] of [["late", plus(20)], ["early", plus(2)], ["middle", plus(9)]] as const) {
      const p = await jobSeeker();
      ids[key] = await createDecision(officer, decisionInput(p.id, { supplierId: own.supplier.id, unitId: own.units[0].id, startDate: start }));
    }
    const asc = await listDecisions(officer, { supplierId: own.supplier.id, sort: "start", dir: "asc" });
    expect(asc.rows.map((r) => r.id)).toEqual([ids.early, ids.middle, ids.late]);
    expect(asc.rows.map((r) => r.startDate)).toEqual([plus(2), plus(9), plus(20)]);
    const desc = await listDecisions(officer, { supplierId: own.supplier.id, sort: "start", dir: "desc" });
    expect(desc.rows.map((r) => r.id)).toEqual([ids.late, ids.middle, ids.early]);
  });

  it("counts exactly up to its cap, then says there are more; the rows are the same", async () => {
    const own = await makeSupplier({ units: 1 });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await createDecision(officer, decisionInput((await jobSeeker()).id, { supplierId: own.supplier.id, unitId: own.units[0].id })));
    const exact = await listDecisions(officer, { supplierId: own.supplier.id });
    expect(exact).toMatchObject({ total: 3, totalIsCapped: false });
    const capped = await listDecisions(officer, { supplierId: own.supplier.id }, today(), 2);
    expect(capped).toMatchObject({ total: 2, totalIsCapped: true });
    expect(capped.rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(await listDecisions(officer, { supplierId: own.supplier.id }, today(), 3)).toMatchObject({ total: 3, totalIsCapped: false });
  });
});
