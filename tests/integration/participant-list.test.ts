// Deltagarlista and its export: scope, filters, sorting, paging; the export's rows, its
// record (ParticipantExport, ExportedDecision, audit), "Utelämna redan exporterade", the
// files. The route's answers are tested over HTTP with real sessions (tests/e2e/export-route.spec.ts).
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { setClock } from "@/lib/clock";
import { ForbiddenError } from "@/lib/authz/errors";
import type { Actor } from "@/lib/authz/permissions";
import { decisionFacts, factsInclude } from "@/features/decisions/facts";
import { decisionState, DECISION_STATE_LABELS, type DecisionState } from "@/features/decisions/rules";
import { listParticipantsForStaff, participantListOptions } from "@/features/participants/list";
import { listNewParticipants } from "@/features/participants/new-participants";
import { csvStream, exportParticipants, exportRows, recordExport, toCsv, toXlsx, EXPORT_COLUMNS, type ExportRow } from "@/features/participants/export";
import { participantExportQuery, type ParticipantExportQuery } from "@/features/participants/schemas";
import { actorFor, makeDecision, makeOfficer, makePlacement, makeStaff, makeSupplier, staffActor } from "../support/factories";


const TODAY = "2026-11-15";
const STATES: DecisionState[] = ["new", "active", "planned-interruption", "interrupted", "period-ended", "completed"];

type World = Awaited<ReturnType<typeof buildWorld>>;
let w: World;

async function buildWorld() {
  const org = await makeSupplier({ units: 3 });
  const other = await makeSupplier({ units: 1 });
  const [u1, u2, u3] = org.units;
  const officer = await makeOfficer();
  const staff = async (perms: Parameters<typeof makeStaff>[0]["permissions"], unitIds: string[], supplierId = org.supplier.id, allUnits = false) =>
    (await makeStaff({ supplierId, permissions: perms, unitIds, allUnits })).user;

  const reporterUser = await staff(["REPORTING"], [u1.id, u2.id]);
  const h1User = await staff(["REPORTING"], [u1.id, u2.id]);
  const h2User = await staff(["REPORTING"], [u1.id]);
  const h3User = await staff(["REPORTING"], [u3.id]);
  const receiveOnlyUser = await staff(["RECEIVE_PARTICIPANTS"], [u1.id, u2.id]);
  const adminOnlyUser = await staff(["ADMINISTER_PERMISSIONS"], [], org.supplier.id, true);
  const u1OnlyUser = await staff(["REPORTING"], [u1.id]);
  const allUnitsUser = await staff(["REPORTING"], [], org.supplier.id, true);
  const foreignUser = await staff(["REPORTING"], [], other.supplier.id, true);

  const base = { supplierId: org.supplier.id, officerId: officer.id };
  const d = {
    d1: (await makePlacement({ ...base, unitId: u1.id, startDate: "2026-09-01", firstName: "Åsa", lastName: "Öberg", level: "A", serviceVersion: "ROM1", handledareId: reporterUser.id })).decision,
    d2: (await makePlacement({ ...base, unitId: u1.id, startDate: "2026-11-10", firstName: "Anna", lastName: "Åberg" })).decision,
    d3: (await makePlacement({ ...base, unitId: u2.id, startDate: "2026-10-01", firstName: "Bertil", lastName: "Ek", level: "C", handledareId: h1User.id, interruptionDate: "2026-12-01" })).decision,
    d4: (await makePlacement({ ...base, unitId: u2.id, startDate: "2026-03-01", firstName: "Cecilia", lastName: "Ström", handledareId: h1User.id, secondPeriod: true, interpreterLanguage: "arabiska" })).decision,
    d5: (await makePlacement({ ...base, unitId: u1.id, startDate: "2026-04-01", firstName: "David", lastName: "Zorn" })).decision,
    d6: (await makePlacement({ ...base, unitId: u1.id, startDate: "2026-05-01", firstName: "Eva", lastName: "Älv" })).decision,
    d7: (await makePlacement({ ...base, unitId: u2.id, startDate: "2026-08-01", firstName: "Fredrik", lastName: "Ahl", handledareId: reporterUser.id, interruptionDate: "2026-11-01" })).decision,
    // Outside the reporter's scope: another unit of the organisation, another supplier.
    d8: (await makePlacement({ ...base, unitId: u3.id, startDate: "2026-09-15", firstName: "Gustav", lastName: "Utanför", handledareId: h3User.id })).decision,
    d9: (await makePlacement({ supplierId: other.supplier.id, officerId: officer.id, unitId: other.units[0].id, startDate: "2026-09-10", firstName: "Hanna", lastName: "Annan" })).decision,
  };
  // A former handledare: the assignment has ended, so d5 has none now.
  await db.handledareAssignment.create({
    data: { decisionId: d.d5.id, handledareId: h2User.id, assignedAt: new Date("2026-04-02T08:00:00Z"), assignedById: h2User.id, endedAt: new Date("2026-06-01T08:00:00Z"), endedById: h2User.id },
  });

  // d1's period 1 was granted to 2027-01-31 and extended by a month; d4's period 2 has its
  // base order (period 1 none yet).
  await db.period.update({ where: { decisionId_number: { decisionId: d.d1.id, number: 1 } }, data: { originalEndDate: new Date("2027-01-31T00:00:00Z") } });
  const d4p2 = await db.period.findUniqueOrThrow({ where: { decisionId_number: { decisionId: d.d4.id, number: 2 } } });
  const d4Order = await db.order.create({ data: { orderNumber: `RM-${d.d4.implementationReference}`, decisionId: d.d4.id, periodId: d4p2.id, kind: "BASE" } });

  const actor = (u: { id: string }, supplierId = org.supplier.id) => staffActor(u.id, supplierId);
  return {
    org, other, u1, u2, u3, officer, d, d4Order,
    users: { reporter: reporterUser, h1: h1User, h2: h2User, h3: h3User },
    reporter: await actor(reporterUser),
    h1: await actor(h1User),
    receiveOnly: await actor(receiveOnlyUser),
    adminOnly: await actor(adminOnlyUser),
    u1Only: await actor(u1OnlyUser),
    allUnits: await actor(allUnitsUser),
    foreign: await actor(foreignUser, other.supplier.id),
    officerActor: await actorFor(officer.id),
  };
}

beforeAll(async () => {
  setClock(`${TODAY}T10:00:00Z`);
  w = await buildWorld();
}, 120_000);

const ids = (rows: { decisionId: string }[]) => rows.map((r) => r.decisionId);
const idSet = (rows: { decisionId: string }[]) => new Set(ids(rows));
const list = (actor: Actor, query: Parameters<typeof listParticipantsForStaff>[1] = {}) => listParticipantsForStaff(actor, query, TODAY);

describe("scope", () => {
  it("lists the organisation's placements at the reporter's units, and nothing else", async () => {
    const { d } = w;
    const r = await list(w.reporter);
    expect(r.total).toBe(7);
    expect(idSet(r.rows)).toEqual(new Set([d.d1, d.d2, d.d3, d.d4, d.d5, d.d6, d.d7].map((x) => x.id)));
    expect(ids(r.rows)).not.toContain(d.d8.id);
    expect(ids(r.rows)).not.toContain(d.d9.id);
  });

  it("follows each person's own units and organisation", async () => {
    const { d } = w;
    expect(idSet((await list(w.u1Only)).rows)).toEqual(new Set([d.d1.id, d.d2.id, d.d5.id, d.d6.id]));
    expect(idSet((await list(w.allUnits)).rows)).toEqual(new Set([d.d1, d.d2, d.d3, d.d4, d.d5, d.d6, d.d7, d.d8].map((x) => x.id)));
    expect(ids((await list(w.foreign)).rows)).toEqual([d.d9.id]);
    // Asking for a unit outside the scope does not widen it.
    expect((await list(w.u1Only, { unitId: w.u2.id })).total).toBe(0);
    expect((await list(w.reporter, { unitId: w.u3.id })).total).toBe(0);
    expect((await list(w.reporter, { unitId: w.other.units[0].id })).total).toBe(0);
  });

  it("gives staff without the reporting permission, and officers, nothing", async () => {
    for (const a of [w.receiveOnly, w.adminOnly, w.officerActor]) {
      expect(await list(a)).toMatchObject({ total: 0, rows: [] });
      expect(await participantListOptions(a)).toEqual({ units: [], handledare: [] });
      expect((await listParticipantsForStaff(a)).rows).toEqual([]);
    }
  });

  it("offers the actor's units and the current handledare there as filter choices", async () => {
    const o = await participantListOptions(w.reporter);
    expect(o.units.map((u) => u.id).sort()).toEqual([w.u1.id, w.u2.id].sort());
    // h2's only assignment has ended; h3 works at a unit outside the scope.
    expect(o.handledare.map((h) => h.id).sort()).toEqual([w.users.reporter.id, w.users.h1.id].sort());
  });
});

describe("rows", () => {
  it("show service, unit, period 1 start, last period end, reference, state label and handledare", async () => {
    const { d } = w;
    const rows = new Map((await list(w.reporter)).rows.map((r) => [r.decisionId, r]));
    expect(rows.get(d.d1.id)).toMatchObject({
      name: "Åsa Öberg", service: "Rusta och matcha", unitName: w.u1.name, level: "A", startDate: "2026-09-01", endDate: "2027-02-28",
      implementationReference: d.d1.implementationReference, state: "active", status: "Pågående", handledare: w.users.reporter.name,
    });
    expect(rows.get(d.d4.id)).toMatchObject({ service: "Rusta och matcha 2", startDate: "2026-03-01", endDate: "2027-02-28", state: "active", handledare: w.users.h1.name });
    expect(rows.get(d.d2.id)).toMatchObject({ state: "new", status: "Ny, saknar handledare", handledare: null });
    expect(rows.get(d.d5.id)).toMatchObject({ state: "completed", handledare: null });
  });

  it("defaults: sorted by name", async () => {
    const r = await listParticipantsForStaff(w.reporter, {}, TODAY);
    expect(r.total).toBe(7);
    expect(r.rows[0].name).toBe("Fredrik Ahl");
  });
});

describe("search and filters", () => {
  it("search by name, whole name in any order, or part of the genomförandereferens", async () => {
    const { d } = w;
    expect(ids((await list(w.reporter, { q: "Öberg" })).rows)).toEqual([d.d1.id]);
    expect(ids((await list(w.reporter, { q: "AHL" })).rows)).toEqual([d.d7.id]);
    expect(ids((await list(w.reporter, { q: "Åsa Öberg" })).rows)).toEqual([d.d1.id]);
    expect(ids((await list(w.reporter, { q: "Öberg Åsa" })).rows)).toEqual([d.d1.id]);
    expect((await list(w.reporter, { q: "Anna Ek" })).total).toBe(0);
    expect(ids((await list(w.reporter, { q: d.d3.implementationReference.slice(-8).toLowerCase() })).rows)).toEqual([d.d3.id]);
    // Case is folded for å, ä and ö too, and % or _ are searched for as themselves.
    expect(ids((await list(w.reporter, { q: "öBERG åsa" })).rows)).toEqual([d.d1.id]);
    expect((await list(w.reporter, { q: "%" })).total).toBe(0);
    expect((await list(w.reporter, { q: "_" })).total).toBe(0);
    // Another unit's participant is not found by name either.
    expect((await list(w.reporter, { q: "Utanför" })).total).toBe(0);
  });

  it("Visa bara mina deltagare: the actor is the current handledare", async () => {
    expect(idSet((await list(w.reporter, { mine: true })).rows)).toEqual(new Set([w.d.d1.id, w.d.d7.id]));
    expect(idSet((await list(w.h1, { mine: true })).rows)).toEqual(new Set([w.d.d3.id, w.d.d4.id]));
    expect((await list(w.u1Only, { mine: true })).total).toBe(0);
  });

  it("handledare, unit and level", async () => {
    const { d } = w;
    expect(idSet((await list(w.reporter, { handledareId: w.users.h1.id })).rows)).toEqual(new Set([d.d3.id, d.d4.id]));
    expect((await list(w.reporter, { handledareId: w.users.h2.id })).total).toBe(0);
    expect((await list(w.reporter, { handledareId: w.users.h3.id })).total).toBe(0);
    expect(idSet((await list(w.reporter, { unitId: w.u2.id })).rows)).toEqual(new Set([d.d3.id, d.d4.id, d.d7.id]));
    expect(ids((await list(w.reporter, { level: "A" })).rows)).toEqual([d.d1.id]);
    expect(ids((await list(w.reporter, { level: "C" })).rows)).toEqual([d.d3.id]);
    expect((await list(w.reporter, { level: "B" })).total).toBe(5);
    expect(ids((await list(w.reporter, { unitId: w.u2.id, state: "active" })).rows)).toEqual([d.d4.id]);
    expect(ids((await list(w.reporter, { mine: true, unitId: w.u2.id })).rows)).toEqual([d.d7.id]);
  });

  it("status: each of the six states, server-side, agreeing with decisionState", async () => {
    const { d } = w;
    const expected: Record<DecisionState, string[]> = {
      new: [d.d2.id],
      active: [d.d1.id, d.d4.id],
      "planned-interruption": [d.d3.id],
      interrupted: [d.d7.id],
      "period-ended": [d.d6.id],
      completed: [d.d5.id],
    };
    for (const state of STATES) {
      const r = await list(w.reporter, { state });
      expect(idSet(r.rows), state).toEqual(new Set(expected[state]));
      for (const row of r.rows) {
        expect(row.state).toBe(state);
        expect(row.status).toBe(DECISION_STATE_LABELS[state]);
        const facts = decisionFacts(await db.decision.findUniqueOrThrow({ where: { id: row.decisionId }, include: factsInclude }));
        expect(decisionState(facts, TODAY)).toBe(state);
      }
    }
  });
});

describe("sorting", () => {
  it("by name in Swedish alphabetical order (å, ä, ö last), both ways", async () => {
    const names = async (dir: "asc" | "desc") => (await list(w.reporter, { sort: "name", dir })).rows.map((r) => r.name);
    const asc = ["Fredrik Ahl", "Bertil Ek", "Cecilia Ström", "David Zorn", "Anna Åberg", "Eva Älv", "Åsa Öberg"];
    expect(await names("asc")).toEqual(asc);
    expect(await names("desc")).toEqual([...asc].reverse());
  });

  it("by period 1 start and by the last period's end (ties by name)", async () => {
    const { d } = w;
    expect(ids((await list(w.reporter, { sort: "start" })).rows)).toEqual([d.d4, d.d5, d.d6, d.d7, d.d1, d.d3, d.d2].map((x) => x.id));
    expect(ids((await list(w.reporter, { sort: "start", dir: "desc" })).rows)).toEqual([d.d2, d.d3, d.d1, d.d7, d.d6, d.d5, d.d4].map((x) => x.id));
    // d4 (period 2) and d1 both end 2027-02-28: Ström before Öberg in either direction.
    expect(ids((await list(w.reporter, { sort: "end" })).rows)).toEqual([d.d5, d.d6, d.d7, d.d4, d.d1, d.d3, d.d2].map((x) => x.id));
    expect(ids((await list(w.reporter, { sort: "end", dir: "desc" })).rows)).toEqual([d.d2, d.d3, d.d4, d.d1, d.d7, d.d6, d.d5].map((x) => x.id));
  });
});

describe("pagination", () => {
  it("25 a page, totals, the last page, a page past the end answered with the last", async () => {
    const p = await makeSupplier({ units: 1 });
    const officer = await makeOfficer();
    for (let i = 0; i < 27; i++) {
      await makeDecision({ supplierId: p.supplier.id, unitId: p.units[0].id, officerId: officer.id, startDate: "2026-10-01" });
    }
    const reader = await staffActor((await makeStaff({ supplierId: p.supplier.id, permissions: ["REPORTING"], unitIds: [p.units[0].id] })).user.id, p.supplier.id);
    const first = await list(reader, { page: 1 });
    const second = await list(reader, { page: 2 });
    expect(first).toMatchObject({ total: 27, page: 1, pageSize: 25 });
    expect(first.rows).toHaveLength(25);
    expect(second).toMatchObject({ total: 27, page: 2 });
    expect(second.rows).toHaveLength(2);
    const all = [...first.rows, ...second.rows];
    expect(new Set(ids(all)).size).toBe(27);
    const collator = new Intl.Collator("sv");
    const lastNames = all.map((r) => r.name.split(" ")[1]);
    expect(lastNames).toEqual([...lastNames].sort(collator.compare));
    const beyond = await list(reader, { page: 99 });
    expect(beyond.page).toBe(2);
    expect(ids(beyond.rows)).toEqual(ids(second.rows));
    expect(first.totalIsCapped).toBe(false);
    // Counted only up to a cap ("fler än"): the page as asked, its rows as without the cap.
    const capped = await listParticipantsForStaff(reader, { page: 2 }, TODAY, 20);
    expect(capped).toMatchObject({ total: 20, totalIsCapped: true, page: 2 });
    expect(ids(capped.rows)).toEqual(ids(second.rows));
  });
});

describe("Nya deltagare's pages", () => {
  it("25 cards a page like every other list, most urgent first across the pages, the filter counts over all", async () => {
    const p = await makeSupplier({ units: 1 });
    const officer = await makeOfficer();
    for (let i = 0; i < 27; i++) {
      await makeDecision({ supplierId: p.supplier.id, unitId: p.units[0].id, officerId: officer.id, startDate: `2026-10-${String(1 + i).padStart(2, "0")}` });
    }
    const receiver = await staffActor((await makeStaff({ supplierId: p.supplier.id, permissions: ["RECEIVE_PARTICIPANTS"], unitIds: [p.units[0].id] })).user.id, p.supplier.id);
    const first = await listNewParticipants(receiver, { page: 1 }, TODAY);
    const second = await listNewParticipants(receiver, { page: 2 }, TODAY);
    expect(first).toMatchObject({ total: 27, page: 1, pageSize: 25 });
    expect(first.rows).toHaveLength(25);
    expect(second.rows).toHaveLength(2);
    expect(first.facets.units).toEqual([expect.objectContaining({ value: p.units[0].id, n: 27 })]);
    const deadlines = [...first.rows, ...second.rows].map((r) => r.deadlineDate);
    expect(deadlines).toEqual([...deadlines].sort());
    expect(new Set(ids([...first.rows, ...second.rows])).size).toBe(27);
  });
});

// --- Export -----------------------------------------------------------------------------

function exportQuery(over: Partial<ParticipantExportQuery> & Pick<ParticipantExportQuery, "from" | "to">): ParticipantExportQuery {
  return participantExportQuery.parse({ format: "csv", ...over });
}
const rowKeys = (rows: ExportRow[]) => rows.map((r) => `${r.decisionId}/${r.period}`);
let firstCsvRows: ExportRow[] = [];
let medRows: ExportRow[] = [];
let utanRows: ExportRow[] = [];

describe("export", () => {
  it("has a row per period starting in the range (period 2 included), only in the actor's scope, and is recorded", async () => {
    const { d } = w;
    const { exportId, rows } = await exportParticipants(w.reporter, exportQuery({ from: "2026-09-01", to: "2026-09-30" }), TODAY);
    firstCsvRows = rows;
    expect(rowKeys(rows)).toEqual([`${d.d4.id}/2`, `${d.d1.id}/1`]);
    expect(rows[0]).toEqual({
      decisionId: d.d4.id, name: "Cecilia Ström", service: "Rusta och matcha 2", level: "B", trackCode: "A012SP2", unitName: w.u2.name, period: 2,
      periodStart: "2026-09-01", periodEnd: "2027-02-28", extended: "Ja", implementationReference: d.d4.implementationReference,
      orderNumber: w.d4Order.orderNumber, status: "Pågående", interruptionDate: null, interpreter: "Ja, arabiska", handledare: w.users.h1.name,
    });
    expect(rows[1]).toMatchObject({
      name: "Åsa Öberg", service: "Rusta och matcha", level: "A", trackCode: "A012SP1", period: 1, periodStart: "2026-09-01", periodEnd: "2027-02-28",
      // Its end was moved later, but Förlängning names a granted period 2 (features/participants/export-values.ts).
      extended: "Nej", orderNumber: null, interruptionDate: null, interpreter: "Nej",
    });

    const record = await db.participantExport.findUniqueOrThrow({ where: { id: exportId }, include: { decisions: true } });
    expect(record).toMatchObject({ supplierId: w.org.supplier.id, userId: w.users.reporter.id, format: "csv", fromDate: new Date("2026-09-01T00:00:00Z"), toDate: new Date("2026-09-30T00:00:00Z") });
    expect(record.at.toISOString()).toBe(`${TODAY}T10:00:00.000Z`);
    expect(record.decisions.map((x) => x.decisionId).sort()).toEqual([d.d1.id, d.d4.id].sort());
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "participants.exported", entityId: exportId } });
    expect(audit).toMatchObject({ actorId: w.users.reporter.id, supplierId: w.org.supplier.id, entityType: "ParticipantExport" });
    expect(audit.after).toMatchObject({ from: "2026-09-01", to: "2026-09-30", format: "csv", count: 2 });
  });

  it("with and without handledare; both periods of one placement in range give two rows and one recorded placement", async () => {
    const { d } = w;
    const med = await exportParticipants(w.reporter, exportQuery({ from: "2026-03-01", to: "2026-09-30", handledare: "med", format: "xlsx" }), TODAY);
    medRows = med.rows;
    expect(rowKeys(med.rows)).toEqual([`${d.d4.id}/1`, `${d.d7.id}/1`, `${d.d4.id}/2`, `${d.d1.id}/1`]);
    // Period 1 of d4 has no order of its own, and its placement has period 2; d7 was interrupted on 2026-11-01.
    expect(med.rows[0]).toMatchObject({ period: 1, orderNumber: null, extended: "Ja", interpreter: "Ja, arabiska" });
    expect(med.rows[1]).toMatchObject({ level: "B", trackCode: "A012SP2", status: "Avbrott", interruptionDate: "2026-11-01", interpreter: "Nej" });
    const recorded = await db.exportedDecision.findMany({ where: { exportId: med.exportId } });
    expect(recorded.map((x) => x.decisionId).sort()).toEqual([d.d1.id, d.d4.id, d.d7.id].sort());
    expect((await db.auditEvent.findFirstOrThrow({ where: { entityId: med.exportId } })).after).toMatchObject({ format: "xlsx", count: 4, handledare: "med" });

    const utan = await exportParticipants(w.reporter, exportQuery({ from: "2026-03-01", to: "2026-09-30", handledare: "utan" }), TODAY);
    utanRows = utan.rows;
    // d5's handledare has ended: it counts as without.
    expect(rowKeys(utan.rows)).toEqual([`${d.d5.id}/1`, `${d.d6.id}/1`]);
    expect(utan.rows.every((r) => r.handledare === null)).toBe(true);
  });

  it("Utelämna redan exporterade leaves out what anyone in the organisation exported before", async () => {
    const { d } = w;
    // Exported so far (by the reporter): d1, d4, d7, d5, d6. Now a colleague exports.
    const range = { from: "2026-08-01", to: "2026-11-30" };
    const all = await exportParticipants(w.h1, exportQuery(range), TODAY);
    expect(rowKeys(all.rows)).toEqual([`${d.d7.id}/1`, `${d.d4.id}/2`, `${d.d1.id}/1`, `${d.d3.id}/1`, `${d.d2.id}/1`]);
    // An interruption registered for a later date is in the file too: invoices stop at it.
    expect(all.rows[3]).toMatchObject({ level: "C", trackCode: "A012SP3", status: "Planerat avbrott", interruptionDate: "2026-12-01" });
    // That export recorded d3 and d2 too, so nothing new is left.
    expect((await exportParticipants(w.h1, exportQuery({ ...range, excludeExported: true }), TODAY)).rows).toEqual([]);

    // A placement that has not been exported appears once, then never again with the option.
    const fresh = (await makePlacement({ supplierId: w.org.supplier.id, unitId: w.u1.id, officerId: w.officer.id, startDate: "2026-11-12", firstName: "Ivar", lastName: "Ny" })).decision;
    const once = await exportParticipants(w.h1, exportQuery({ ...range, excludeExported: true }), TODAY);
    expect(rowKeys(once.rows)).toEqual([`${fresh.id}/1`]);
    expect((await exportParticipants(w.reporter, exportQuery({ ...range, excludeExported: true }), TODAY)).rows).toEqual([]);
    // Without the option everything in range is there again.
    expect((await exportParticipants(w.reporter, exportQuery(range), TODAY)).rows).toHaveLength(6);
    // The empty export is recorded too.
    const empties = await db.auditEvent.findMany({ where: { action: "participants.exported", actorId: w.users.h1.id } });
    expect(empties.map((a) => (a.after as { count: number }).count).sort()).toEqual([0, 1, 5]);
  });

  it("streams the CSV from the database in the file's order: the same bytes as the whole file, read in batches", async () => {
    const query = exportQuery({ from: "2026-01-01", to: "2026-12-31" });
    const { rows } = await exportParticipants(w.reporter, query, TODAY);
    const { exportId } = await recordExport(w.reporter, query);
    const streamed = Buffer.from(await new Response(csvStream(exportRows(w.reporter, exportId, query, TODAY))).arrayBuffer());
    expect(rows.length).toBeGreaterThan(3);
    expect(streamed.equals(Buffer.from(toCsv(rows), "utf8"))).toBe(true);
    // Another organisation's staff cannot read the rows of this export.
    const foreignRows: ExportRow[] = [];
    for await (const batch of exportRows(w.foreign, exportId, query, TODAY)) foreignRows.push(...batch);
    expect(foreignRows).toEqual([]);
  });

  it("streams from one snapshot: a name changed mid-export neither repeats nor drops a row (issue #11)", async () => {
    const query = exportQuery({ from: "2026-01-01", to: "2026-12-31" });
    const { exportId } = await recordExport(w.reporter, query);
    const read = async (batch?: number, during?: (rows: ExportRow[]) => Promise<void>) => {
      const rows: ExportRow[] = [];
      for await (const part of exportRows(w.reporter, exportId, query, TODAY, { batch })) {
        rows.push(...part);
        await during?.(rows);
      }
      return rows;
    };
    const whole = await read();
    // Two rows that start the same day are ordered by name: renaming the first so that it sorts
    // after the second, once the first has been read, moves it across the reading position.
    const i = whole.findIndex((r, k) => k + 1 < whole.length && whole[k + 1].periodStart === r.periodStart);
    expect(i).toBeGreaterThanOrEqual(0);
    const { participantId } = await db.decision.findUniqueOrThrow({ where: { id: whole[i].decisionId }, select: { participantId: true } });
    const { firstName } = await db.participant.findUniqueOrThrow({ where: { id: participantId }, select: { firstName: true } });
    try {
      const streamed = await read(1, async (rows) => {
        if (rows.length === i + 1) await db.participant.update({ where: { id: participantId }, data: { firstName: "Östen Östensson" } });
      });
      // The rename did move the row: a fresh read puts it after its neighbour.
      const after = rowKeys(await read());
      expect(after.indexOf(rowKeys([whole[i]])[0])).toBeGreaterThan(after.indexOf(rowKeys([whole[i + 1]])[0]));
      // The export read meanwhile has every row once, in the order it started with.
      expect(rowKeys(streamed)).toEqual(rowKeys(whole));
    } finally {
      await db.participant.update({ where: { id: participantId }, data: { firstName } });
    }
  });

  it("is refused to staff without the reporting permission and to officers, and records nothing", async () => {
    const before = await db.participantExport.count();
    for (const a of [w.receiveOnly, w.adminOnly, w.officerActor]) {
      await expect(exportParticipants(a, exportQuery({ from: "2026-01-01", to: "2026-12-31" }), TODAY)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.participantExport.count()).toBe(before);
  });

  it("CSV: BOM, semicolons, ISO dates, the columns in order, no personal identity numbers", async () => {
    const csv = toCsv(firstCsvRows);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "Namn;Tjänst;Nivå;Sparkod;Utförande verksamhet;Period;Periodstart;Periodslut;Förlängning;Genomförandereferens;Ordernummer;Status;Avbrott;Tolkbehov;Handledare",
    );
    expect(lines[1]).toBe(
      `Cecilia Ström;Rusta och matcha 2;B;A012SP2;${w.u2.name};2;2026-09-01;2027-02-28;Ja;${w.d.d4.implementationReference};${w.d4Order.orderNumber};Pågående;;Ja, arabiska;${w.users.h1.name}`,
    );
    expect(lines[2]).toBe(
      `Åsa Öberg;Rusta och matcha;A;A012SP1;${w.u1.name};1;2026-09-01;2027-02-28;Nej;${w.d.d1.implementationReference};;Pågående;;Nej;${w.users.reporter.name}`,
    );
    expect(lines[3]).toBe("");

    const everything = toCsv([...firstCsvRows, ...medRows, ...utanRows]);
    for (const p of await db.participant.findMany({ select: { personalIdentityNumber: true } })) {
      expect(everything).not.toContain(p.personalIdentityNumber);
      expect(everything).not.toContain(p.personalIdentityNumber.slice(2));
    }
    expect(everything).not.toMatch(/\d{6,8}-?\d{4}/);
  });

  it("Excel: parses back with exceljs to the same rows, dates as dates", async () => {
    const rows = [...medRows, ...utanRows];
    const data = await toXlsx(rows);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Deltagare")!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...EXPORT_COLUMNS.map((c) => c.header)]);
    expect(sheet.rowCount).toBe(rows.length + 1);
    const header = (name: string) => EXPORT_COLUMNS.findIndex((c) => c.header === name) + 1;
    const isoOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
    const back = [];
    for (let n = 2; n <= sheet.rowCount; n++) {
      const v = (name: string) => sheet.getRow(n).getCell(header(name)).value;
      for (const date of ["Periodstart", "Periodslut"]) {
        expect(v(date)).toBeInstanceOf(Date);
        expect(sheet.getRow(n).getCell(header(date)).numFmt).toBe("yyyy-mm-dd");
      }
      back.push({
        name: v("Namn"), service: v("Tjänst"), level: v("Nivå"), trackCode: v("Sparkod"), unitName: v("Utförande verksamhet"), period: v("Period"),
        periodStart: isoOf(v("Periodstart")), periodEnd: isoOf(v("Periodslut")), extended: v("Förlängning"),
        implementationReference: v("Genomförandereferens"), orderNumber: v("Ordernummer") || null, status: v("Status"),
        interruptionDate: isoOf(v("Avbrott")) || null, interpreter: v("Tolkbehov"), handledare: v("Handledare") || null,
      });
    }
    // The avbrott is a date cell as well, so Excel sorts and filters on it.
    const interrupted = rows.findIndex((r) => r.interruptionDate !== null);
    expect(interrupted).toBeGreaterThanOrEqual(0);
    expect(sheet.getRow(interrupted + 2).getCell(header("Avbrott")).value).toEqual(new Date("2026-11-01T00:00:00Z"));
    expect(back).toEqual(rows.map(({ decisionId: _id, ...rest }) => rest));
    const xml = Buffer.from(data).toString("latin1");
    for (const p of await db.participant.findMany({ select: { personalIdentityNumber: true } })) expect(xml).not.toContain(p.personalIdentityNumber);
  });
});
