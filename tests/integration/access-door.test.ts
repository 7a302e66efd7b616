// Trying to break the one access door (lib/authz/access.ts) from another organisation and
// from a unit the person is not at: every capability, its loader and its list scope.
import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/authz/errors";
import { listScope, loadPlacementFor, placementWhere, scopeWhere, sqlScope } from "@/lib/authz/access";
import { CAPABILITY_NAMES, canAt, type Capability } from "@/lib/authz/capabilities";
import type { Actor, StaffActor } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import { actorFor, addMembership, makeDecision, makeOfficer, makeStaff, makeSupplier, staffActor } from "../support/factories";

let w: Awaited<ReturnType<typeof world>>;

async function world() {
  const own = await makeSupplier({ units: 2 });
  const other = await makeSupplier({ units: 1 });
  const officer = await makeOfficer();
  const [ownUnit, otherUnit] = own.units;
  const placements = {
    ownUnit: (await makeDecision({ supplierId: own.supplier.id, unitId: ownUnit.id, officerId: officer.id })).decision,
    otherUnit: (await makeDecision({ supplierId: own.supplier.id, unitId: otherUnit.id, officerId: officer.id })).decision,
    otherSupplier: (await makeDecision({ supplierId: other.supplier.id, unitId: other.units[0].id, officerId: officer.id })).decision,
  };
  // Every permission at one unit of `own`, and everything everywhere at `other`: none of the
  // second membership may leak into the work for `own`.
  const { user } = await makeStaff({ supplierId: own.supplier.id, permissions: ["ADMINISTER_PERMISSIONS", "RECEIVE_PARTICIPANTS", "REPORTING"], unitIds: [ownUnit.id] });
  await addMembership(user.id, { supplierId: other.supplier.id, permissions: ["ADMINISTER_PERMISSIONS", "RECEIVE_PARTICIPANTS", "REPORTING"], allUnits: true });
  const all = await staffActor(user.id, own.supplier.id);
  const { user: reporter } = await makeStaff({ supplierId: own.supplier.id, permissions: ["REPORTING"], unitIds: [ownUnit.id] });
  const { user: nobody } = await makeStaff({ supplierId: own.supplier.id, permissions: [], unitIds: [ownUnit.id] });
  return {
    own, other, ownUnit, otherUnit, placements, all,
    reporter: await staffActor(reporter.id, own.supplier.id),
    nobody: await staffActor(nobody.id, own.supplier.id),
    officer: await actorFor(officer.id),
  };
}

beforeAll(async () => {
  w = await world();
}, 120_000);

async function loads(actor: Actor, capability: Capability, id: string): Promise<boolean> {
  try {
    const d = await loadPlacementFor(actor, capability, id, { select: { id: true } });
    expect(d.id).toBe(id);
    return true;
  } catch (err) {
    if (err instanceof NotFoundError) return false;
    throw err;
  }
}

/** What the list scope of the capability lets through, of the three placements. */
async function listed(actor: Actor, capability: Capability): Promise<string[]> {
  const where = placementWhere(actor, capability);
  if (!where) return [];
  const ids = Object.values(w.placements).map((p) => p.id);
  return (await db.decision.findMany({ where: { AND: [{ id: { in: ids } }, where] }, select: { id: true } })).map((d) => d.id).sort();
}

describe("the access door", () => {
  it.each(CAPABILITY_NAMES)("%s: never another organisation's placement, even for a member of both", async (capability) => {
    expect(await loads(w.all, capability, w.placements.otherSupplier.id)).toBe(false);
    expect(await listed(w.all, capability)).not.toContain(w.placements.otherSupplier.id);
  });

  it.each(CAPABILITY_NAMES)("%s: at another unit only through an organisation-wide grant", async (capability) => {
    const target = { supplierId: w.own.supplier.id, unitId: w.otherUnit.id };
    const expected = canAt(w.all, capability, target);
    expect(await loads(w.all, capability, w.placements.otherUnit.id)).toBe(expected);
    expect((await listed(w.all, capability)).includes(w.placements.otherUnit.id)).toBe(expected);
    // Only administration is organisation-wide: itself, seeOrders and assignHandledare.
    expect(expected).toBe(["manageStaff", "seeOrders", "assignHandledare"].includes(capability));
  });

  it.each(CAPABILITY_NAMES)("%s: at the own unit exactly when the table says so", async (capability) => {
    for (const actor of [w.all, w.reporter, w.nobody]) {
      const expected = canAt(actor, capability, { supplierId: w.own.supplier.id, unitId: w.ownUnit.id });
      expect(await loads(actor, capability, w.placements.ownUnit.id)).toBe(expected);
      expect((await listed(actor, capability)).includes(w.placements.ownUnit.id)).toBe(expected);
    }
  });

  it("a reporter at one unit: not the other unit, not the other organisation, for anything", async () => {
    for (const capability of CAPABILITY_NAMES) {
      expect(await loads(w.reporter, capability, w.placements.otherUnit.id)).toBe(false);
      expect(await loads(w.reporter, capability, w.placements.otherSupplier.id)).toBe(false);
    }
  });

  it("officers: everything with an officer capability, nothing with a staff one", async () => {
    for (const capability of CAPABILITY_NAMES) {
      const officerCap = capability === "readReports" || capability === "officerWork";
      for (const p of Object.values(w.placements)) expect(await loads(w.officer, capability, p.id)).toBe(officerCap);
      expect(listScope(w.officer, capability)).toBeNull();
    }
  });

  it("malformed ids, unknown ids and probing with a foreign supplier id in the input are all 'not found'", async () => {
    expect(await loads(w.all, "reportOnParticipants", "not-a-uuid")).toBe(false);
    expect(await loads(w.all, "reportOnParticipants", "00000000-0000-4000-8000-000000000000")).toBe(false);
    // A caller cannot widen the scope through the query it passes: the door's where wins.
    await expect(
      loadPlacementFor(w.reporter, "reportOnParticipants", w.placements.otherUnit.id, { select: { id: true }, where: { supplierId: w.other.supplier.id } } as never),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the raw-SQL scope refuses a capability with an organisation-wide grant instead of guessing its units", () => {
    expect(() => sqlScope(w.all, "seeOrders")).toThrow(/organisation-wide/);
    expect(sqlScope(w.all, "reportOnParticipants")).toEqual({ supplierId: w.own.supplier.id, userId: w.all.userId, unitIds: [w.ownUnit.id] });
    expect(sqlScope(w.nobody, "reportOnParticipants")).toBeNull();
    expect(scopeWhere({ supplierId: "S", userId: "u", unitIds: null })).toEqual({ supplierId: "S" });
  });

  it("an actor whose membership was narrowed loses the placement at once (the actor is rebuilt from rows)", async () => {
    const { user } = await makeStaff({ supplierId: w.own.supplier.id, permissions: ["REPORTING"], unitIds: [w.ownUnit.id] });
    const before: StaffActor = await staffActor(user.id, w.own.supplier.id);
    expect(await loads(before, "reportOnParticipants", w.placements.ownUnit.id)).toBe(true);
    await db.membershipUnit.deleteMany({ where: { membership: { userId: user.id } } });
    const after = await staffActor(user.id, w.own.supplier.id);
    expect(await loads(after, "reportOnParticipants", w.placements.ownUnit.id)).toBe(false);
  });
});
