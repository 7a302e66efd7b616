// The menu's two badges come from one statement (features/menu/menu-counts.ts). They must be
// exactly what each count answers alone, for every mix of permissions, and never count
// another organisation's placements or events.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Permission } from "@/lib/generated/prisma/client";
import type { OfficerActor, StaffActor } from "@/lib/authz/permissions";
import { menuCounts } from "@/features/menu/menu-counts";
import { countNewParticipants } from "@/features/participants/new-participants";
import { countUnreadEvents } from "@/features/events/feed";
import { setClock } from "@/lib/clock";
import { actorFor, makeDecision, makeOfficer, makeStaff, makeSupplier, staffActor } from "../support/factories";

const NOW = new Date("2026-06-15T10:00:00.000Z");
let officer: OfficerActor;

beforeAll(async () => {
  setClock(NOW);
  officer = (await actorFor((await makeOfficer()).id)) as OfficerActor;
});

/** An organisation with `n` new placements (no handledare) per unit, each with one event. */
async function org(units: number, n: number) {
  const o = await makeSupplier({ units });
  for (const unit of o.units) {
    for (let i = 0; i < n; i++) {
      const { decision } = await makeDecision({ supplierId: o.supplier.id, unitId: unit.id, officerId: officer.userId, startDate: "2026-06-10" });
      await db.decisionEvent.create({ data: { decisionId: decision.id, at: new Date(NOW.getTime() - 60_000), type: "DECISION_CREATED", data: {} } });
    }
  }
  return o;
}

async function staff(supplierId: string, permissions: Permission[], units: string[] | "all"): Promise<StaffActor> {
  const { user } = await makeStaff({ supplierId, permissions, ...(units === "all" ? { allUnits: true } : { unitIds: units }) });
  return staffActor(user.id, supplierId);
}

describe("the menu's badges in one statement", () => {
  it("are each count alone, for every mix of permissions, at the actor's own units only", async () => {
    const mine = await org(2, 2);
    const other = await org(1, 3);
    const cases: [Permission[], string[] | "all", { newParticipants: number | null; unreadEvents: number | null }][] = [
      [["RECEIVE_PARTICIPANTS"], "all", { newParticipants: 4, unreadEvents: 4 }],
      [["RECEIVE_PARTICIPANTS"], [mine.units[0].id], { newParticipants: 2, unreadEvents: 2 }],
      [["REPORTING"], [mine.units[1].id], { newParticipants: null, unreadEvents: 2 }],
      [["RECEIVE_PARTICIPANTS", "REPORTING"], "all", { newParticipants: 4, unreadEvents: 4 }],
      [["ADMINISTER_PERMISSIONS"], "all", { newParticipants: null, unreadEvents: null }],
      // Unit permissions at no unit give no capability, so no badge.
      [["RECEIVE_PARTICIPANTS", "REPORTING"], [], { newParticipants: null, unreadEvents: null }],
    ];
    for (const [permissions, units, expected] of cases) {
      const actor = await staff(mine.supplier.id, permissions, units);
      const counts = await menuCounts(actor);
      expect(counts, `${permissions.join("+")} at ${units === "all" ? "all units" : `${units.length} unit(s)`}`).toEqual(expected);
      if (counts.newParticipants !== null) expect(counts.newParticipants).toBe(await countNewParticipants(actor, undefined, 100));
      if (counts.unreadEvents !== null) expect(counts.unreadEvents).toBe(await countUnreadEvents(actor, undefined, 100));
    }
    // Another organisation's staff see their own three, never these four.
    expect(await menuCounts(await staff(other.supplier.id, ["RECEIVE_PARTICIPANTS"], "all"))).toEqual({ newParticipants: 3, unreadEvents: 3 });
  });

  it("stop at the cap they are given", async () => {
    const o = await org(1, 5);
    expect(await menuCounts(await staff(o.supplier.id, ["RECEIVE_PARTICIPANTS"], "all"), 3)).toEqual({ newParticipants: 3, unreadEvents: 3 });
  });

  it("are none for an officer", async () => {
    expect(await menuCounts(officer)).toEqual({ newParticipants: null, unreadEvents: null });
  });
});
