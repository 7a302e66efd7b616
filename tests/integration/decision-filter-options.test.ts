// The officer's decision list offers the units of the supplier chosen, not every unit in the
// country: the page grew with every supplier's units (79 KB with 20 suppliers).
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/authz/errors";
import type { Actor } from "@/lib/authz/permissions";
import { decisionFilterOptions } from "@/features/suppliers/queries";
import { actorFor, makeOfficer, makeStaff, makeSupplier, staffActor } from "../support/factories";

let officer: Actor;
let a: Awaited<ReturnType<typeof makeSupplier>>;
let b: Awaited<ReturnType<typeof makeSupplier>>;

beforeAll(async () => {
  officer = await actorFor((await makeOfficer()).id);
  a = await makeSupplier({ units: 3 });
  b = await makeSupplier({ units: 2 });
});

describe("the decision list's supplier and unit options", () => {
  it("without a supplier: every supplier, and no units to choose among", async () => {
    const { suppliers, units } = await decisionFilterOptions(officer, {});
    expect(suppliers.map((s) => s.id)).toEqual(expect.arrayContaining([a.supplier.id, b.supplier.id]));
    expect(units).toBeNull();
  });

  it("with a supplier: that supplier's units only", async () => {
    const { units } = await decisionFilterOptions(officer, { supplierId: a.supplier.id });
    expect(units!.map((u) => u.id).sort()).toEqual(a.units.map((u) => u.id).sort());
  });

  it("with a unit alone (an older address): the units of that unit's supplier, the unit among them", async () => {
    const { units } = await decisionFilterOptions(officer, { unitId: b.units[1].id });
    expect(units!.map((u) => u.id).sort()).toEqual(b.units.map((u) => u.id).sort());
  });

  it("is the officer's read only: a supplier's own staff member is refused", async () => {
    const s = await makeStaff({ supplierId: a.supplier.id, permissions: ["ADMINISTER_PERMISSIONS", "RECEIVE_PARTICIPANTS", "REPORTING"] });
    await expect(decisionFilterOptions(await staffActor(s.user.id, a.supplier.id), { supplierId: a.supplier.id })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
