import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { DecisionEventType, Permission, Prisma } from "@/lib/generated/prisma/client";
import { ForbiddenError } from "@/lib/authz/errors";
import type { OfficerActor, StaffActor } from "@/lib/authz/permissions";
import { countUnreadEvents, listEvents, markEventsSeen } from "@/features/events/feed";
import { registerInterruption, withdrawInterruption } from "@/features/decisions/service";
import { setClock } from "@/lib/clock";
import { actorFor, addMembership, makeDecision, makeOfficer, makeStaff, makeSupplier, staffActor } from "../support/factories";

const NOW = new Date("2026-06-15T10:00:00.000Z");
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

let officer: OfficerActor;

beforeAll(async () => {
  setClock(NOW);
  officer = (await actorFor((await makeOfficer()).id)) as OfficerActor;
});

/** An organisation with one decision (participant) per unit. */
async function orgWithDecisions(units = 2) {
  const org = await makeSupplier({ units });
  const decisions = [];
  for (const unit of org.units) {
    decisions.push((await makeDecision({ supplierId: org.supplier.id, unitId: unit.id, officerId: officer.userId, startDate: "2026-06-01" })).decision);
  }
  return { ...org, decisions };
}

async function staff(supplierId: string, permissions: Permission[], units: string[] | "all"): Promise<StaffActor> {
  const { user } = await makeStaff({ supplierId, permissions, ...(units === "all" ? { allUnits: true } : { unitIds: units }) });
  return staffActor(user.id, supplierId);
}

async function event(decisionId: string, at: Date, type: DecisionEventType = "DECISION_CREATED", data: Prisma.InputJsonObject = {}, actorId: string | null = null) {
  return db.decisionEvent.create({ data: { decisionId, at, type, data, actorId } });
}

const ids = async (actor: StaffActor | OfficerActor, opts: { page?: number; onlyUnread?: boolean } = {}) => (await listEvents(actor, opts)).rows.map((r) => r.id);

describe("whose events", () => {
  it("are the own organisation's, at the actor's own units, newest first, with participant and unit", async () => {
    const org = await orgWithDecisions(3);
    const other = await orgWithDecisions(1);
    const e0 = await event(org.decisions[0].id, minutesAgo(10), "DECISION_CREATED", { startDate: "2026-06-01", endDate: "2026-11-30", level: "B" });
    const e0b = await event(org.decisions[0].id, minutesAgo(5), "PERIOD_END_CHANGED", { number: 1, previousEndDate: "2026-11-30", endDate: "2026-12-15" });
    const e1 = await event(org.decisions[1].id, minutesAgo(7));
    const eX = await event(other.decisions[0].id, minutesAgo(1));

    const atUnit0 = await staff(org.supplier.id, ["RECEIVE_PARTICIPANTS", "REPORTING"], [org.units[0].id]);
    const list = await listEvents(atUnit0, { page: 1 });
    expect(list.rows.map((r) => r.id)).toEqual([e0b.id, e0.id]);
    expect(list.total).toBe(2);
    const participant = await db.participant.findFirstOrThrow({ where: { decisions: { some: { id: org.decisions[0].id } } } });
    expect(list.rows[0]).toEqual({
      id: e0b.id, at: e0b.at, type: "PERIOD_END_CHANGED", data: { number: 1, previousEndDate: "2026-11-30", endDate: "2026-12-15" },
      decisionId: org.decisions[0].id, participantName: `${participant.firstName} ${participant.lastName}`, unitName: org.units[0].name, unread: true,
    });
    expect(list.newestAt).toEqual(e0b.at);

    expect(await ids(await staff(org.supplier.id, ["REPORTING"], [org.units[1].id]))).toEqual([e1.id]);
    expect(await ids(await staff(org.supplier.id, ["REPORTING"], [org.units[2].id]))).toEqual([]);
    expect(await ids(await staff(org.supplier.id, ["RECEIVE_PARTICIPANTS", "REPORTING"], "all"))).toEqual([e0b.id, e1.id, e0.id]);
    // Another organisation's staff, even with every unit, never see these; and the reverse.
    expect(await ids(await staff(other.supplier.id, ["RECEIVE_PARTICIPANTS", "REPORTING"], "all"))).toEqual([eX.id]);
    expect(await countUnreadEvents(await staff(org.supplier.id, ["REPORTING"], "all"))).toBe(3);
  });

  it("follow the union of Ta emot nya deltagare and Rapportering", async () => {
    const org = await orgWithDecisions(2);
    const e = await event(org.decisions[0].id, minutesAgo(3));
    await event(org.decisions[1].id, minutesAgo(2));
    for (const permissions of [["RECEIVE_PARTICIPANTS"], ["REPORTING"], ["RECEIVE_PARTICIPANTS", "REPORTING"]] as Permission[][]) {
      const actor = await staff(org.supplier.id, permissions, [org.units[0].id]);
      expect(await ids(actor)).toEqual([e.id]);
      expect(await countUnreadEvents(actor)).toBe(1);
    }
  });

  it("are none for staff with neither capability, nor for officers; they cannot mark anything as read", async () => {
    const org = await orgWithDecisions(1);
    await event(org.decisions[0].id, minutesAgo(3));
    const nobody = [
      await staff(org.supplier.id, ["ADMINISTER_PERMISSIONS"], "all"),
      await staff(org.supplier.id, [], [org.units[0].id]),
      await staff(org.supplier.id, ["RECEIVE_PARTICIPANTS", "REPORTING"], []),
      officer,
    ];
    for (const actor of nobody) {
      const list = await listEvents(actor, { page: 1 });
      expect(list).toMatchObject({ total: 0, rows: [], newestAt: null });
      expect(await countUnreadEvents(actor)).toBe(0);
      await expect(markEventsSeen(actor, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.eventReadMarker.count({ where: { userId: { in: nobody.map((a) => a.userId) } } })).toBe(0);
  });

  it("include what the officer's service functions write", async () => {
    const org = await orgWithDecisions(1);
    const actor = await staff(org.supplier.id, ["REPORTING"], [org.units[0].id]);
    const interruption = await registerInterruption(officer, { decisionId: org.decisions[0].id, date: "2026-06-20", reason: "ILLNESS" });
    await withdrawInterruption(officer, interruption.id);
    const list = await listEvents(actor, { page: 1 });
    expect(list.rows.map((r) => [r.type, r.data])).toEqual(
      expect.arrayContaining([
        ["INTERRUPTION_REGISTERED", { date: "2026-06-20", reason: "ILLNESS", planned: true }],
        ["INTERRUPTION_WITHDRAWN", { date: "2026-06-20", reason: "ILLNESS" }],
      ]),
    );
    expect(list.rows.every((r) => r.unread && r.decisionId === org.decisions[0].id)).toBe(true);
  });
});

describe("pagination", () => {
  /** A reporter at a new organisation with 30 events a minute apart: the events and their ids, newest first. */
  async function thirtyEvents() {
    const org = await orgWithDecisions(1);
    const actor = await staff(org.supplier.id, ["REPORTING"], "all");
    const created = [];
    for (let i = 0; i < 30; i++) created.push(await event(org.decisions[0].id, minutesAgo(100 - i)));
    const newest = created.reverse();
    return { actor, created: newest, newestFirst: newest.map((e) => e.id) };
  }

  it("is server-side, 25 a page, newest first, also for unread only", async () => {
    const { actor, created, newestFirst } = await thirtyEvents();
    const p1 = await listEvents(actor, { page: 1 });
    const p2 = await listEvents(actor, { page: 2 });
    expect(p1).toMatchObject({ total: 30, page: 1, pageSize: 25 });
    expect(p1.rows.map((r) => r.id)).toEqual(newestFirst.slice(0, 25));
    expect(p2.rows.map((r) => r.id)).toEqual(newestFirst.slice(25));
    // A page past the end is the last page, and says so.
    const past = await listEvents(actor, { page: 99 });
    expect(past).toMatchObject({ total: 30, page: 2 });
    expect(past.rows.map((r) => r.id)).toEqual(newestFirst.slice(25));
    await markEventsSeen(actor, created[10].at); // the eleventh newest: ten stay unread
    const unread = await listEvents(actor, { page: 1, onlyUnread: true });
    expect(unread.total).toBe(10);
    expect(unread.rows.map((r) => r.id)).toEqual(newestFirst.slice(0, 10));
    expect(await countUnreadEvents(actor)).toBe(10);
    // The menu's badge counts no further than it shows ("99+" past 99: up to 100).
    expect(await countUnreadEvents(actor, undefined, 4)).toBe(4);
    expect(await countUnreadEvents(actor, undefined, 11)).toBe(10);
  });

  it("counts up to its cap and then says there are more; the pages past the cap still answer", async () => {
    const { actor, newestFirst } = await thirtyEvents();
    expect(await listEvents(actor, { page: 1, countCap: 30 })).toMatchObject({ total: 30, totalIsCapped: false });
    const capped = await listEvents(actor, { page: 1, countCap: 20 });
    expect(capped).toMatchObject({ total: 20, totalIsCapped: true });
    expect(capped.rows.map((r) => r.id)).toEqual(newestFirst.slice(0, 25));
    expect((await listEvents(actor, { page: 2, countCap: 20 })).rows.map((r) => r.id)).toEqual(newestFirst.slice(25));
    expect(await listEvents(actor, { page: 1 })).toMatchObject({ total: 30, totalIsCapped: false });
  });
});

describe("unread", () => {
  it("without a marker are the events of the last fourteen days", async () => {
    const org = await orgWithDecisions(1);
    const actor = await staff(org.supplier.id, ["REPORTING"], "all");
    const old = await event(org.decisions[0].id, daysAgo(15));
    const recent = await event(org.decisions[0].id, daysAgo(13));
    expect(await countUnreadEvents(actor)).toBe(1);
    const rows = (await listEvents(actor, { page: 1 })).rows;
    expect(rows.map((r) => [r.id, r.unread])).toEqual([[recent.id, true], [old.id, false]]);
    expect(await ids(actor, { onlyUnread: true })).toEqual([recent.id]);
  });

  it("are counted before and after markEventsSeen; later events are unread again", async () => {
    const org = await orgWithDecisions(1);
    const actor = await staff(org.supplier.id, ["RECEIVE_PARTICIPANTS"], "all");
    await event(org.decisions[0].id, minutesAgo(30));
    await event(org.decisions[0].id, minutesAgo(20));
    expect(await countUnreadEvents(actor)).toBe(2);
    const { newestAt } = await listEvents(actor, { page: 1 });
    expect(newestAt).toEqual(minutesAgo(20));
    expect(await markEventsSeen(actor, newestAt!)).toEqual(minutesAgo(20));
    expect(await countUnreadEvents(actor)).toBe(0);
    expect((await listEvents(actor, { page: 1 })).rows.every((r) => !r.unread)).toBe(true);
    expect((await listEvents(actor, { page: 1, onlyUnread: true })).total).toBe(0);

    const later = await event(org.decisions[0].id, minutesAgo(10));
    expect(await countUnreadEvents(actor)).toBe(1);
    expect(await ids(actor, { onlyUnread: true })).toEqual([later.id]);
    expect((await listEvents(actor, { page: 1 })).total).toBe(3);
  });

  it("marker never moves backwards, nor past now", async () => {
    const org = await orgWithDecisions(1);
    const actor = await staff(org.supplier.id, ["REPORTING"], "all");
    await event(org.decisions[0].id, minutesAgo(50));
    await event(org.decisions[0].id, minutesAgo(40));
    expect(await markEventsSeen(actor, minutesAgo(30))).toEqual(minutesAgo(30));
    expect(await markEventsSeen(actor, minutesAgo(45))).toEqual(minutesAgo(30));
    const marker = () => db.eventReadMarker.findUniqueOrThrow({ where: { userId_supplierId: { userId: actor.userId, supplierId: actor.supplierId } } });
    expect((await marker()).lastSeenAt).toEqual(minutesAgo(30));
    expect(await countUnreadEvents(actor)).toBe(0);
    // Two tabs at once: the later one wins whatever the order.
    await Promise.all([markEventsSeen(actor, minutesAgo(20)), markEventsSeen(actor, minutesAgo(25))]);
    expect((await marker()).lastSeenAt).toEqual(minutesAgo(20));
    // A marker in the future would hide events that have not happened yet.
    expect(await markEventsSeen(actor, new Date("2030-01-01T00:00:00Z"))).toEqual(NOW);
    expect(await db.eventReadMarker.count({ where: { userId: actor.userId } })).toBe(1);
  });

  it("are never what the person did themselves: their colleague sees it as news, they do not", async () => {
    const org = await orgWithDecisions(1);
    const me = await staff(org.supplier.id, ["RECEIVE_PARTICIPANTS"], "all");
    const colleague = await staff(org.supplier.id, ["RECEIVE_PARTICIPANTS"], "all");
    const mine = await event(org.decisions[0].id, minutesAgo(5), "HANDLEDARE_ASSIGNED", { handledareName: "Hanna" }, me.userId);
    const theirs = await event(org.decisions[0].id, minutesAgo(4), "HANDLEDARE_ASSIGNED", { handledareName: "Hugo" }, colleague.userId);
    const system = await event(org.decisions[0].id, minutesAgo(3));
    expect(await countUnreadEvents(me)).toBe(2);
    expect(await countUnreadEvents(colleague)).toBe(2);
    // The list shows my own event, as read; the unread filter leaves it out; the count and the flags agree.
    const rows = (await listEvents(me, { page: 1 })).rows;
    expect(rows.map((r) => [r.id, r.unread])).toEqual([[system.id, true], [theirs.id, true], [mine.id, false]]);
    expect(await ids(me, { onlyUnread: true })).toEqual([system.id, theirs.id]);
    expect((await listEvents(me, { page: 1, onlyUnread: true })).total).toBe(2);
    expect(await ids(colleague, { onlyUnread: true })).toEqual([system.id, mine.id]);
  });

  it("two people have markers of their own", async () => {
    const org = await orgWithDecisions(1);
    const a = await staff(org.supplier.id, ["REPORTING"], "all");
    const b = await staff(org.supplier.id, ["REPORTING"], "all");
    await event(org.decisions[0].id, minutesAgo(5));
    await event(org.decisions[0].id, minutesAgo(4));
    await markEventsSeen(a, NOW);
    expect(await countUnreadEvents(a)).toBe(0);
    expect(await countUnreadEvents(b)).toBe(2);
    await markEventsSeen(b, minutesAgo(5));
    expect(await countUnreadEvents(b)).toBe(1);
    expect(await countUnreadEvents(a)).toBe(0);
  });

  it("the same person in two organisations has a marker per organisation", async () => {
    const first = await orgWithDecisions(1);
    const second = await orgWithDecisions(1);
    const { user } = await makeStaff({ supplierId: first.supplier.id, permissions: ["REPORTING"], allUnits: true });
    await addMembership(user.id, { supplierId: second.supplier.id, permissions: ["RECEIVE_PARTICIPANTS"], allUnits: true });
    const inFirst = await staffActor(user.id, first.supplier.id);
    const inSecond = await staffActor(user.id, second.supplier.id);
    const e1 = await event(first.decisions[0].id, minutesAgo(5));
    const e2 = await event(second.decisions[0].id, minutesAgo(5));
    expect(await ids(inFirst)).toEqual([e1.id]);
    expect(await ids(inSecond)).toEqual([e2.id]);

    await markEventsSeen(inFirst, NOW);
    expect(await countUnreadEvents(inFirst)).toBe(0);
    expect(await countUnreadEvents(inSecond)).toBe(1);
    const markers = await db.eventReadMarker.findMany({ where: { userId: user.id } });
    expect(markers.map((m) => m.supplierId)).toEqual([first.supplier.id]);
    await markEventsSeen(inSecond, minutesAgo(10));
    expect(await countUnreadEvents(inSecond)).toBe(1);
    expect(await countUnreadEvents(inFirst)).toBe(0);
  });
});
