// The start page's "Dina utförande verksamheter": the person's own units in their active
// organisation, in Swedish alphabetical order (Å before Ä before Ö, after Z).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ownUnits } from "@/features/staff/queries";
import type { StaffActor } from "@/lib/authz/permissions";
import { makeStaff, makeSupplier, staffActor } from "../support/factories";

let org: Awaited<ReturnType<typeof makeSupplier>>;
let some: StaffActor;
let everywhere: StaffActor;

beforeAll(async () => {
  org = await makeSupplier({ units: 5 });
  const names = ["Örebro", "Ängelholm", "Åre", "Västerås", "Arboga"];
  for (const [i, u] of org.units.entries()) await db.performingUnit.update({ where: { id: u.id }, data: { name: names[i] } });
  await makeSupplier({ units: 2 });
  some = await staffActor((await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id, org.units[1].id, org.units[2].id] })).user.id, org.supplier.id);
  everywhere = await staffActor((await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], allUnits: true })).user.id, org.supplier.id);
});

describe("own units", () => {
  it("are the person's units only, in Swedish alphabetical order, with their address", async () => {
    expect((await ownUnits(some)).map((u) => u.name)).toEqual(["Åre", "Ängelholm", "Örebro"]);
    expect((await ownUnits(everywhere)).map((u) => u.name)).toEqual(["Arboga", "Västerås", "Åre", "Ängelholm", "Örebro"]);
    expect((await ownUnits(some))[0]).toMatchObject({ street: "Gatan 1", postalCode: "111 11", city: "Stockholm" });
  });
});
