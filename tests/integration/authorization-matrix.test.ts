// Every permission combination × every page/action that exists × own unit / other unit /
// other supplier, asserting allow or deny. Each actor is built from the database exactly
// as a request builds it.
import { beforeAll, describe, expect, it } from "vitest";
import type { Permission } from "@/lib/generated/prisma/client";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import { can, canAt, type Actor, type StaffActor } from "@/lib/authz/permissions";
import { listParticipantsForStaff as listParticipants } from "@/features/participants/list";
import { listNewParticipants, countNewParticipants } from "@/features/participants/new-participants";
import { getStaffMember, listStaff, listSupplierUnits } from "@/features/staff/queries";
import { inviteStaff, liftMemberSignInLock, reissueInvitation, sendPasswordResetToMember, setMembershipActive, updateAccess } from "@/features/staff/service";
import { actorFor, makeDecision, makeOfficer, makeStaff, makeSupplier, staffActor } from "../support/factories";

const PERMS: Permission[] = ["ADMINISTER_PERMISSIONS", "RECEIVE_PARTICIPANTS", "REPORTING"];
const COMBINATIONS: Permission[][] = [[], ...PERMS.map((p) => [p]), [PERMS[0], PERMS[1]], [PERMS[0], PERMS[2]], [PERMS[1], PERMS[2]], PERMS];

type World = Awaited<ReturnType<typeof buildWorld>>;
let world: World;

async function buildWorld() {
  const own = await makeSupplier({ units: 2 });
  const other = await makeSupplier({ units: 1 });
  const officer = await makeOfficer();
  const [ownUnit, otherUnit] = own.units;
  const foreignUnit = other.units[0];
  const decisions = {
    ownUnit: (await makeDecision({ supplierId: own.supplier.id, unitId: ownUnit.id, officerId: officer.id })).decision,
    otherUnit: (await makeDecision({ supplierId: own.supplier.id, unitId: otherUnit.id, officerId: officer.id })).decision,
    otherSupplier: (await makeDecision({ supplierId: other.supplier.id, unitId: foreignUnit.id, officerId: officer.id })).decision,
  };
  const { db } = await import("@/lib/db");
  await db.participant.update({ where: { id: decisions.ownUnit.participantId }, data: { phone: "070-000 00 00", email: "deltagare@example.se", street: "Hemgatan 1", postalCode: "111 11", city: "Stockholm" } });
  // Accounts acted upon: one in the actor's organisation, one in another.
  const ownColleague = await makeStaff({ supplierId: own.supplier.id, permissions: ["REPORTING"], unitIds: [ownUnit.id], withPassword: false });
  const foreignColleague = await makeStaff({ supplierId: other.supplier.id, permissions: ["REPORTING"], unitIds: [foreignUnit.id], withPassword: false });
  // Keep an administrator in both organisations so "last admin" never interferes here.
  await makeStaff({ supplierId: own.supplier.id, permissions: ["ADMINISTER_PERMISSIONS"] });
  await makeStaff({ supplierId: other.supplier.id, permissions: ["ADMINISTER_PERMISSIONS"] });
  const actors = new Map<string, StaffActor>();
  for (const perms of COMBINATIONS) {
    const { user } = await makeStaff({ supplierId: own.supplier.id, permissions: perms, unitIds: [ownUnit.id] });
    // The same person also works for the other supplier, with every permission there:
    // none of it may leak into their work for `own`.
    await (await import("../support/factories")).addMembership(user.id, { supplierId: other.supplier.id, permissions: PERMS, allUnits: true });
    actors.set(perms.join("+") || "none", await staffActor(user.id, own.supplier.id));
  }
  const officerActor = await actorFor(officer.id);
  return { own, other, ownUnit, otherUnit, foreignUnit, decisions, ownColleague, foreignColleague, actors, officerActor };
}

beforeAll(async () => {
  world = await buildWorld();
}, 120_000);

async function outcome(fn: () => Promise<unknown>): Promise<"allow" | "forbidden" | "not-found" | "rule"> {
  try {
    await fn();
    return "allow";
  } catch (err) {
    if (err instanceof ForbiddenError) return "forbidden";
    if (err instanceof NotFoundError) return "not-found";
    if (err instanceof RuleError) return "rule";
    throw err;
  }
}

const ids = (rows: { decisionId: string }[]) => rows.map((r) => r.decisionId);

describe.each(COMBINATIONS.map((perms) => [perms.join("+") || "none", perms] as const))("staff with [%s] at one unit", (key, perms) => {
  const has = (p: Permission) => perms.includes(p);
  const actor = () => world.actors.get(key)!;

  it("unit capabilities: own unit only, never another unit or another supplier", () => {
    const a = actor();
    const { own, other, ownUnit, otherUnit, foreignUnit } = world;
    expect(canAt(a, "receiveParticipants", { supplierId: own.supplier.id, unitId: ownUnit.id })).toBe(has("RECEIVE_PARTICIPANTS"));
    expect(canAt(a, "reportOnParticipants", { supplierId: own.supplier.id, unitId: ownUnit.id })).toBe(has("REPORTING"));
    for (const cap of ["receiveParticipants", "reportOnParticipants"] as const) {
      expect(canAt(a, cap, { supplierId: own.supplier.id, unitId: otherUnit.id })).toBe(false);
      expect(canAt(a, cap, { supplierId: other.supplier.id, unitId: foreignUnit.id })).toBe(false);
      // A unit id of another supplier presented as if it were the actor's own.
      expect(canAt(a, cap, { supplierId: own.supplier.id, unitId: foreignUnit.id })).toBe(false);
    }
    expect(canAt(a, "manageStaff", { supplierId: own.supplier.id })).toBe(has("ADMINISTER_PERMISSIONS"));
    expect(canAt(a, "manageStaff", { supplierId: other.supplier.id })).toBe(false);
  });

  it("page: Nya deltagare (menu entry and content)", async () => {
    const a = actor();
    expect(can(a, "receiveParticipants")).toBe(has("RECEIVE_PARTICIPANTS"));
    const listed = ids((await listNewParticipants(a)).rows);
    expect(listed.includes(world.decisions.ownUnit.id)).toBe(has("RECEIVE_PARTICIPANTS"));
    expect(listed).not.toContain(world.decisions.otherUnit.id);
    expect(listed).not.toContain(world.decisions.otherSupplier.id);
    expect(await countNewParticipants(a)).toBe(has("RECEIVE_PARTICIPANTS") ? 1 : 0);
  });

  it("page: Deltagarlista", async () => {
    const a = actor();
    expect(can(a, "reportOnParticipants")).toBe(has("REPORTING"));
    const listed = ids((await listParticipants(a)).rows);
    expect(listed.includes(world.decisions.ownUnit.id)).toBe(has("REPORTING"));
    expect(listed).not.toContain(world.decisions.otherUnit.id);
    expect(listed).not.toContain(world.decisions.otherSupplier.id);
  });

  it("page: the participant card — what each permission shows; meetings only with Rapportering (issue #13, finding 13)", async () => {
    const a = actor();
    const { getDecisionForStaff } = await import("@/features/decisions/queries");
    const { recordFirstMeeting, recordFollowUp } = await import("@/features/assignments/service");
    const own = world.decisions.ownUnit.id;
    const participantWork = has("RECEIVE_PARTICIPANTS") || has("REPORTING");
    expect(await outcome(() => getDecisionForStaff(a, own))).toBe(participantWork ? "allow" : "not-found");
    expect(await outcome(() => getDecisionForStaff(a, world.decisions.otherSupplier.id))).toBe("not-found");
    if (participantWork) {
      const card = await getDecisionForStaff(a, own);
      // "Ta emot nya deltagare" shows what the original's Nya deltagare cards show: no contact details.
      const contact = { phone: card.participant.phone, email: card.participant.email, street: card.participant.street };
      if (has("REPORTING")) expect(contact).toEqual({ phone: "070-000 00 00", email: "deltagare@example.se", street: "Hemgatan 1" });
      else expect(contact).toEqual({ phone: null, email: null, street: null });
      expect(card.participant.firstName).toBeTruthy();
    }
    const { db } = await import("@/lib/db");
    const start = (await db.period.findFirstOrThrow({ where: { decisionId: own, number: 1 } })).startDate.toISOString().slice(0, 10);
    expect(await outcome(() => recordFirstMeeting(a, { decisionId: own, date: start }))).toBe(has("REPORTING") ? "allow" : "not-found");
    expect(await outcome(() => recordFollowUp(a, { decisionId: own, date: start }, start))).toBe(has("REPORTING") ? "allow" : "not-found");
  });

  it("page: Administration — staff list, units, one account", async () => {
    const a = actor();
    const admin = has("ADMINISTER_PERMISSIONS");
    expect(can(a, "manageStaff")).toBe(admin);
    expect(await outcome(() => listStaff(a, {}))).toBe(admin ? "allow" : "forbidden");
    expect(await outcome(() => listSupplierUnits(a))).toBe(admin ? "allow" : "forbidden");
    expect(await outcome(() => getStaffMember(a, world.ownColleague.membership.id))).toBe(admin ? "allow" : "forbidden");
    expect(await outcome(() => getStaffMember(a, world.foreignColleague.membership.id))).toBe(admin ? "not-found" : "forbidden");
    if (admin) {
      const list = await listStaff(a, { status: "all" });
      expect(list.rows.map((r) => r.membershipId)).not.toContain(world.foreignColleague.membership.id);
      const units = await listSupplierUnits(a);
      expect(units.map((u) => u.id).sort()).toEqual(world.own.units.map((u) => u.id).sort());
    }
  });

  it("actions: invite, change access, (de)activate, new invitation link", async () => {
    const a = actor();
    const admin = has("ADMINISTER_PERMISSIONS");
    const email = `inbjuden-${key}-${Date.now()}@test.example.se`.toLowerCase();
    const invite = (unitIds: string[]) => inviteStaff(a, { name: "Ny Person", email: `${unitIds.length}-${email}`, permissions: ["REPORTING"], unitScope: "SELECTED", unitIds });
    expect(await outcome(() => invite([world.ownUnit.id]))).toBe(admin ? "allow" : "forbidden");
    expect(await outcome(() => invite([world.ownUnit.id, world.foreignUnit.id]))).toBe(admin ? "rule" : "forbidden");

    const access = { permissions: ["REPORTING" as Permission], unitScope: "SELECTED" as const, unitIds: [world.ownUnit.id] };
    expect(await outcome(() => updateAccess(a, world.ownColleague.membership.id, access))).toBe(admin ? "allow" : "forbidden");
    expect(await outcome(() => updateAccess(a, world.foreignColleague.membership.id, access))).toBe(admin ? "not-found" : "forbidden");
    expect(await outcome(() => updateAccess(a, world.ownColleague.membership.id, { ...access, unitIds: [world.foreignUnit.id] }))).toBe(admin ? "rule" : "forbidden");

    expect(await outcome(() => setMembershipActive(a, world.foreignColleague.membership.id, false))).toBe(admin ? "not-found" : "forbidden");
    expect(await outcome(() => setMembershipActive(a, world.ownColleague.membership.id, true))).toBe(admin ? "allow" : "forbidden");
    expect(await outcome(() => reissueInvitation(a, world.foreignColleague.membership.id))).toBe(admin ? "not-found" : "forbidden");
    expect(await outcome(() => reissueInvitation(a, world.ownColleague.membership.id))).toBe(admin ? "allow" : "forbidden");
    expect(await outcome(() => sendPasswordResetToMember(a, world.foreignColleague.membership.id))).toBe(admin ? "not-found" : "forbidden");
    expect(await outcome(() => liftMemberSignInLock(a, world.foreignColleague.membership.id))).toBe(admin ? "not-found" : "forbidden");
  });
});

describe("officer-only work", () => {
  it.each(COMBINATIONS.map((perms) => [perms.join("+") || "none"] as const))("is refused to staff with [%s]", async (key) => {
    const a = world.actors.get(key)!;
    const { randomUUID } = await import("node:crypto");
    const decisions = await import("@/features/decisions/service");
    const queries = await import("@/features/decisions/queries");
    const suppliers = await import("@/features/suppliers/service");
    const supplierQueries = await import("@/features/suppliers/queries");
    const planning = await import("@/features/planning/service");
    const periodic = await import("@/features/periodic-reports/officer-review");
    const reports = await import("@/features/participant-reports/service");
    const id = world.decisions.ownUnit.id;
    const attempts: (() => Promise<unknown>)[] = [
      () => decisions.findJobSeeker(a, "198503151234"),
      () => decisions.registerJobSeeker(a, { personalIdentityNumber: "198503151234", firstName: "A", lastName: "B", phone: undefined, email: undefined, street: undefined, postalCode: undefined, city: undefined, municipality: undefined }),
      () => decisions.suppliersForDecision(a),
      () => decisions.createDecision(a, { participantId: randomUUID(), level: "A", serviceVersion: "ROM2", supplierId: world.own.supplier.id, unitId: world.ownUnit.id, startDate: "2030-01-01", participationRate: 100, interpreterNeeded: false, interpreterLanguage: undefined, languageSupportNeeded: false, idempotencyKey: randomUUID() }),
      () => decisions.registerInterruption(a, { decisionId: id, date: "2030-01-01", reason: "WORK" }),
      () => decisions.withdrawInterruption(a, randomUUID()),
      () => decisions.grantSecondPeriod(a, id),
      () => decisions.changePeriodEnd(a, { periodId: randomUUID(), endDate: "2030-01-01" }),
      () => queries.listDecisions(a, {}),
      () => queries.getDecisionForOfficer(a, id),
      () => suppliers.listSuppliers(a, {}),
      () => suppliers.getSupplier(a, world.own.supplier.id),
      () => suppliers.listDeliveryAreas(a),
      // The officer's queues, their menu counts and the overview's suppliers.
      () => planning.planningQueue(a),
      () => planning.countPlanningQueue(a, 100),
      () => periodic.listReceivedReports(a),
      () => periodic.countReceivedReports(a, 100),
      () => reports.reportQueue(a),
      () => reports.countReportQueue(a, 100),
      () => supplierQueries.suppliersOverview(a),
    ];
    for (const attempt of attempts) expect(await outcome(attempt)).toBe("forbidden");
  });

  it("staff read a decision only with a participant capability at its unit", async () => {
    const queries = await import("@/features/decisions/queries");
    for (const perms of COMBINATIONS) {
      const a = world.actors.get(perms.join("+") || "none")!;
      const unitCapability = perms.includes("RECEIVE_PARTICIPANTS") || perms.includes("REPORTING");
      expect(await outcome(() => queries.getDecisionForStaff(a, world.decisions.ownUnit.id))).toBe(unitCapability ? "allow" : "not-found");
      expect(await outcome(() => queries.getDecisionForStaff(a, world.decisions.otherUnit.id))).toBe("not-found");
      expect(await outcome(() => queries.getDecisionForStaff(a, world.decisions.otherSupplier.id))).toBe("not-found");
    }
  });
});

describe("officer", () => {
  it("has none of the supplier capabilities and cannot use any supplier staff action", async () => {
    const a: Actor = world.officerActor;
    expect(a.kind).toBe("officer");
    for (const cap of ["manageStaff", "receiveParticipants", "reportOnParticipants"] as const) {
      expect(can(a, cap)).toBe(false);
      expect(canAt(a, cap, { supplierId: world.own.supplier.id, unitId: world.ownUnit.id })).toBe(false);
    }
    expect(await outcome(() => listStaff(a, {}))).toBe("forbidden");
    expect(await outcome(() => inviteStaff(a, { name: "X Y", email: "x@y.se", permissions: [], unitScope: "ALL", unitIds: [] }))).toBe("forbidden");
    expect((await listNewParticipants(a)).rows).toEqual([]);
    expect((await listParticipants(a)).rows).toEqual([]);
  });
});
