// The demo data the README and the screens rely on: its accounts, its units, and a
// decision in every state, all relative to the day the demo is seeded.
import { beforeAll, describe, expect, it } from "vitest";
import { differenceInCalendarDays, parseISO } from "date-fns";
import { db } from "@/lib/db";
import { swedishDateOf } from "@/lib/clock";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, luhnCheckDigit, seedDemoData } from "@/features/demo/seed";
import { planDecisions } from "@/features/demo/scenarios";

// A month end, so that six-month periods cross short months.
const TODAY = "2026-05-31";
const FV = "5590123450";
const NS = "5569876542";
const day = (d: Date) => d.toISOString().slice(0, 10);

type State = "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "h-unassigned" | "i";

let firstRun: { created: boolean };

beforeAll(async () => {
  firstRun = await seedDemoData(db, { today: TODAY });
});

async function decisionsWithState() {
  const decisions = await db.decision.findMany({
    include: { periods: true, assignments: true, interruptions: true, supplier: true, unit: true, participant: true },
  });
  return decisions.map((d) => {
    const p1 = d.periods.find((p) => p.number === 1)!;
    const p2 = d.periods.find((p) => p.number === 2);
    const current = d.assignments.filter((a) => a.endedAt === null);
    const interruption = d.interruptions[0];
    let state: State;
    if (interruption) state = day(interruption.date) > TODAY ? "g" : "f";
    else if (p2) state = current.length && p2.handledareConfirmedAt ? "h" : "h-unassigned";
    else if (day(p1.endDate) < TODAY) state = "i";
    else if (current.length) state = "e";
    else {
      const days = differenceInCalendarDays(parseISO(TODAY), parseISO(swedishDateOf(d.decidedAt)));
      state = days <= 8 ? "a" : days === 9 ? "b" : days === 10 ? "c" : "d";
    }
    return { ...d, state };
  });
}

describe("demo seed", () => {
  it("creates the data once and nothing the second time", async () => {
    expect(firstRun).toEqual({ created: true });
    const before = await Promise.all([db.user.count(), db.decision.count(), db.auditEvent.count()]);
    expect(await seedDemoData(db, { today: TODAY })).toEqual({ created: false });
    expect(await Promise.all([db.user.count(), db.decision.count(), db.auditEvent.count()])).toEqual(before);
    expect(before[1]).toBeGreaterThanOrEqual(55);
  });

  it("plans the same data for the same day", () => {
    const strip = (p: ReturnType<typeof planDecisions>) => JSON.stringify(p);
    expect(strip(planDecisions(TODAY))).toBe(strip(planDecisions(TODAY)));
  });

  it("places every unit in one of its supplier's delivery areas and every decision at its supplier's unit", async () => {
    const units = await db.performingUnit.findMany({ include: { supplier: { include: { deliveryAreas: true } } } });
    expect(units).toHaveLength(5);
    for (const u of units) expect(u.supplier.deliveryAreas.map((a) => a.id)).toContain(u.deliveryAreaId);
    const decisions = await db.decision.findMany({ include: { unit: true, supplier: true } });
    for (const d of decisions) {
      expect(d.unit.supplierId).toBe(d.supplierId);
      expect(d.serviceVersion).toBe(d.supplier.serviceVersion);
    }
  });

  it("gives every participant a unique personnummer with a valid check digit and a home in the unit's city", async () => {
    const decisions = await db.decision.findMany({ include: { participant: true, unit: true } });
    const pnrs = new Set<string>();
    for (const { participant: p, unit } of decisions) {
      expect(p.personalIdentityNumber).toMatch(/^(19[6-9]\d|200[0-4])\d{8}$/);
      expect(luhnCheckDigit(p.personalIdentityNumber.slice(2, 11))).toBe(Number(p.personalIdentityNumber[11]));
      pnrs.add(p.personalIdentityNumber);
      expect(p.municipality).toBe(unit.municipality);
    }
    expect(pnrs.size).toBe(decisions.length);
    expect(luhnCheckDigit("811228987")).toBe(4); // Skatteverket's example 811228-9874
  });

  it("creates every listed account with its permissions and the shared password", async () => {
    const expected: Record<string, [org: string, perms: string[], allUnits: boolean, units: string[], active?: boolean][]> = {
      "admin@framtidsvagen.example.se": [[FV, ["ADMINISTER_PERMISSIONS"], false, []]],
      "alla@framtidsvagen.example.se": [[FV, ["ADMINISTER_PERMISSIONS", "RECEIVE_PARTICIPANTS", "REPORTING"], true, []]],
      "mottagare@framtidsvagen.example.se": [[FV, ["RECEIVE_PARTICIPANTS"], false, ["Framtidsvägen Stockholm City", "Framtidsvägen Södertälje"]]],
      "handledare@framtidsvagen.example.se": [[FV, ["REPORTING"], false, ["Framtidsvägen Stockholm City"]]],
      "handledare2@framtidsvagen.example.se": [[FV, ["REPORTING"], false, ["Framtidsvägen Solna", "Framtidsvägen Stockholm City"]]],
      "mottagare.rapport@framtidsvagen.example.se": [[FV, ["RECEIVE_PARTICIPANTS", "REPORTING"], false, ["Framtidsvägen Södertälje"]]],
      "admin.mottagare@framtidsvagen.example.se": [[FV, ["ADMINISTER_PERMISSIONS", "RECEIVE_PARTICIPANTS"], false, ["Framtidsvägen Solna"]]],
      "admin.rapport@framtidsvagen.example.se": [[FV, ["ADMINISTER_PERMISSIONS", "REPORTING"], false, ["Framtidsvägen Stockholm City"]]],
      "utan.behorighet@framtidsvagen.example.se": [[FV, [], false, []]],
      "inaktiv@framtidsvagen.example.se": [[FV, ["REPORTING"], false, ["Framtidsvägen Stockholm City"], false]],
      "admin@nordstjarnan.example.se": [[NS, ["ADMINISTER_PERMISSIONS"], false, []]],
      "handledare@nordstjarnan.example.se": [[NS, ["RECEIVE_PARTICIPANTS", "REPORTING"], true, []]],
      "handledare.malmo@nordstjarnan.example.se": [[NS, ["REPORTING"], false, ["Nordstjärnan Malmö"]]],
      "konsult@example.se": [
        [FV, ["REPORTING"], false, ["Framtidsvägen Stockholm City"]],
        [NS, ["RECEIVE_PARTICIPANTS"], false, ["Nordstjärnan Göteborg"]],
      ],
      "handlaggare@arbetsformedlingen.example.se": [],
      "handlaggare2@arbetsformedlingen.example.se": [],
    };
    expect(DEMO_ACCOUNTS.map((a) => a.email).sort()).toEqual(Object.keys(expected).sort());
    for (const account of DEMO_ACCOUNTS) expect(account.description.length).toBeGreaterThan(10);

    for (const [email, memberships] of Object.entries(expected)) {
      const user = await db.user.findUnique({
        where: { email },
        include: { memberships: { include: { supplier: true, units: { include: { unit: true } } } } },
      });
      expect(user, email).not.toBeNull();
      expect(user!.active).toBe(true);
      expect(user!.kind).toBe(email.includes("arbetsformedlingen") ? "OFFICER" : "SUPPLIER_STAFF");
      const actual = user!.memberships
        .map((m) => [m.supplier.orgNumber, [...m.permissions].sort(), m.allUnits, m.units.map((u) => u.unit.name).sort(), m.active] as const)
        .sort((x, y) => x[0].localeCompare(y[0]));
      const wanted = memberships
        .map(([org, perms, allUnits, units, active]) => [org, [...perms].sort(), allUnits, [...units].sort(), active ?? true] as const)
        .sort((x, y) => x[0].localeCompare(y[0]));
      expect(actual, email).toEqual(wanted);
    }
    const ines = await db.membership.findFirst({ where: { user: { email: "inaktiv@framtidsvagen.example.se" } } });
    expect(ines!.deactivatedAt).not.toBeNull();

    const withHash = await db.user.findUnique({ where: { email: "alla@framtidsvagen.example.se" }, omit: { passwordHash: false } });
    expect(await verifyPassword(DEMO_PASSWORD, withHash!.passwordHash!)).toBe(true);
    const hashes = await db.user.findMany({ select: { passwordHash: true } });
    expect(new Set(hashes.map((h) => h.passwordHash)).size).toBe(1);
  });

  it("an ended placement keeps its handledare, and period 2 keeps period 1's until confirmed (issue #13, findings 11 and 12)", async () => {
    const decisions = await decisionsWithState();
    const ended = decisions.filter((d) => d.state === "i");
    expect(ended.length).toBeGreaterThan(0);
    for (const d of ended) expect(d.assignments.filter((a) => a.endedAt === null), d.implementationReference).toHaveLength(1);
    for (const d of decisions.filter((x) => x.state === "h-unassigned")) expect(d.assignments.some((a) => a.endedAt === null)).toBe(true);
  });

  it("has decisions in every state, at both suppliers", async () => {
    const decisions = await decisionsWithState();
    const states: State[] = ["a", "b", "c", "d", "e", "f", "g", "h", "h-unassigned", "i"];
    for (const state of states) {
      for (const org of [FV, NS]) {
        expect(decisions.some((d) => d.state === state && d.supplier.orgNumber === org), `${state} at ${org}`).toBe(true);
      }
    }
    const newUnits = new Set(decisions.filter((d) => d.state === "a").map((d) => d.unit.name));
    expect(newUnits.size).toBe(5);
    // decisions with a handledare and a first meeting: the meeting is within ten days of the start
    for (const d of decisions) {
      const start = day(d.periods.find((p) => p.number === 1)!.startDate);
      expect(swedishDateOf(d.decidedAt)).toBe(start);
      if (d.firstMeetingDate) expect(differenceInCalendarDays(d.firstMeetingDate, parseISO(start))).toBeLessThanOrEqual(10);
      for (const i of d.interruptions) {
        // never backdated: registered on or before its own date
        expect(swedishDateOf(i.registeredAt) <= day(i.date)).toBe(true);
      }
    }
  });

  it("makes every handledare hold REPORTING at the decision's unit, within the RoM2 cap", async () => {
    const assignments = await db.handledareAssignment.findMany({
      include: { decision: true, handledare: { include: { memberships: { include: { units: true } } } } },
    });
    expect(assignments.length).toBeGreaterThan(30);
    for (const a of assignments) {
      const m = a.handledare.memberships.find((x) => x.supplierId === a.decision.supplierId);
      expect(m, a.handledare.email).toBeDefined();
      expect(m!.active).toBe(true);
      expect(m!.permissions).toContain("REPORTING");
      expect(m!.allUnits || m!.units.some((u) => u.unitId === a.decision.unitId), a.handledare.email).toBe(true);
    }
    const load = new Map<string, number>();
    for (const a of assignments) if (a.endedAt === null) load.set(a.handledareId, (load.get(a.handledareId) ?? 0) + 1);
    for (const n of load.values()) expect(n).toBeLessThanOrEqual(50);
  });

  it("audits decisions, assignments and interruptions without personal identity numbers", async () => {
    const [decisions, assignments, interruptions] = await Promise.all([db.decision.count(), db.handledareAssignment.count(), db.interruption.count()]);
    expect(await db.auditEvent.count({ where: { action: "decision.created" } })).toBe(decisions);
    expect(await db.auditEvent.count({ where: { action: "handledare.assigned" } })).toBe(assignments);
    expect(await db.auditEvent.count({ where: { action: "interruption.registered" } })).toBe(interruptions);
    const pnrs = (await db.participant.findMany({ select: { personalIdentityNumber: true } })).map((p) => p.personalIdentityNumber);
    const text = JSON.stringify(await db.auditEvent.findMany({ select: { before: true, after: true } }));
    for (const pnr of pnrs) expect(text).not.toContain(pnr);
  });

  it("has an example price list for both service versions", async () => {
    expect(await db.priceListEntry.count({ where: { serviceVersion: "ROM2", article: "BASE_PER_DAY" } })).toBe(3);
    expect(await db.priceListEntry.count({ where: { serviceVersion: "ROM1", article: "RESULT_2" } })).toBe(0);
    expect(await db.priceListEntry.count({ where: { serviceVersion: "ROM2", article: "RESULT_2" } })).toBe(3);
  });
});

describe("a demo that looks like a running office (issue #13)", () => {
  it("has a reported past: periodic reports approved, one rejected and corrected, the newest waiting or in draft", async () => {
    const byStatus = await db.periodicReport.groupBy({ by: ["status"], where: { submittedAt: { not: null } }, _count: { _all: true } });
    const n = Object.fromEntries(byStatus.map((g) => [g.status, g._count._all]));
    expect(n.APPROVED).toBeGreaterThan(20);
    expect(n.REJECTED).toBe(1);
    expect(n.RECEIVED).toBeGreaterThanOrEqual(1);
    const rejected = await db.periodicReport.findFirstOrThrow({ where: { status: "REJECTED" }, include: { supersededBy: true } });
    expect(rejected.statusReason).toBeTruthy();
    expect(rejected.supersededBy?.status).toBe("APPROVED");
    expect(await db.periodicReport.count({ where: { submittedAt: null } })).toBeGreaterThanOrEqual(1);
  });

  it("has invoices and a credit note, a result order, a praktik and an extended end date", async () => {
    expect(await db.invoice.count({ where: { kind: "INVOICE" } })).toBeGreaterThan(10);
    expect(await db.invoice.count({ where: { kind: "CREDIT_NOTE" } })).toBe(1);
    expect(await db.order.count({ where: { kind: "RESULT" } })).toBeGreaterThanOrEqual(1);
    expect(await db.workPlacement.count()).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "period.end-changed" } })).toBe(1);
  });

  it("has each kind of participant report in each status", async () => {
    const groups = await db.participantReport.groupBy({ by: ["kind", "status"], _count: { _all: true } });
    const seen = new Set(groups.map((g) => `${g.kind}:${g.status}`));
    for (const kind of ["ABSENCE", "DEVIATION", "INFORMATIVE", "WORK_SIGNAL", "RESULT", "FINAL"]) {
      for (const status of ["RECEIVED", "APPROVED", "REJECTED"]) expect(seen.has(`${kind}:${status}`), `${kind} ${status}`).toBe(true);
    }
  });

  it("leaves the start page a realistic handful of due periodic reports", async () => {
    const { reportsDue } = await import("@/features/periodic-reports/queries");
    const { staffActor } = await import("../support/factories");
    const user = await db.user.findUniqueOrThrow({ where: { email: "alla@framtidsvagen.example.se" } });
    const supplier = await db.supplier.findFirstOrThrow({ where: { orgNumber: FV } });
    const due = await reportsDue(await staffActor(user.id, supplier.id), TODAY, 10);
    expect(due.total).toBeGreaterThan(0);
    expect(due.total).toBeLessThan(40);
  });
});
