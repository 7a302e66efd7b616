// Användare och behörigheter's list (features/staff/staff-list-sql.ts): sorted, searched,
// counted and paged in one statement on the name the organisation sees, in Swedish order.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { StaffActor } from "@/lib/authz/permissions";
import { listStaff } from "@/features/staff/queries";
import { shownName } from "@/features/staff/shown-name";
import { makeStaff, makeSupplier, staffActor } from "../support/factories";

let org: Awaited<ReturnType<typeof makeSupplier>>;
let admin: StaffActor;

/** A member with this name on the account; `invited` is the name the administrator typed. */
async function member(name: string, opts: { pending?: boolean; invited?: string; unitIds?: string[] } = {}) {
  const { user, membership } = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: opts.unitIds ?? [], withPassword: !opts.pending });
  await db.user.update({ where: { id: user.id }, data: { name } });
  if (opts.invited) await db.membership.update({ where: { id: membership.id }, data: { invitedName: opts.invited } });
  return membership.id;
}

beforeAll(async () => {
  org = await makeSupplier({ units: 3 });
  const a = await makeStaff({ supplierId: org.supplier.id, permissions: ["ADMINISTER_PERMISSIONS"], allUnits: true });
  await db.user.update({ where: { id: a.user.id }, data: { name: "Adam Admin" } });
  admin = await staffActor(a.user.id, org.supplier.id);
  await db.performingUnit.update({ where: { id: org.units[0].id }, data: { name: "Östra enheten" } });
  await db.performingUnit.update({ where: { id: org.units[1].id }, data: { name: "Ängby" } });
  await db.performingUnit.update({ where: { id: org.units[2].id }, data: { name: "Zenit" } });
  await member("Örjan Öst");
  await member("Åsa Ås", { unitIds: org.units.map((u) => u.id) });
  await member("Ärla Äng");
  await member("Zelda Zorn");
  await member("bertil berg");
  await member("Anna Andersson");
  // Pending: the account's own name must neither show nor be found nor decide the order.
  await member("Hemligt Kontonamn", { pending: true, invited: "Cecilia Carlsson" });
  await member("Bara Kontonamn", { pending: true });
});

describe("the staff list", () => {
  it("sorts by the name the organisation sees, in Swedish alphabetical order, both ways", async () => {
    const names = (await listStaff(admin, { sort: "name", dir: "asc" })).rows.map((r) => r.name);
    expect(names).toEqual(["Adam Admin", "Anna Andersson", "Bara Kontonamn", "bertil berg", "Cecilia Carlsson", "Zelda Zorn", "Åsa Ås", "Ärla Äng", "Örjan Öst"]);
    const back = (await listStaff(admin, { sort: "name", dir: "desc" })).rows.map((r) => r.name);
    expect(back).toEqual([...names].reverse());
  });

  it("shows each member's units in Swedish order", async () => {
    const row = (await listStaff(admin, { q: "Åsa" })).rows[0];
    expect(row.units.map((u) => u.name)).toEqual(["Zenit", "Ängby", "Östra enheten"]);
  });

  it("never finds a pending invitation by the account's own name", async () => {
    expect((await listStaff(admin, { q: "Hemligt" })).total).toBe(0);
    expect((await listStaff(admin, { q: "cecilia" })).rows.map((r) => r.name)).toEqual(["Cecilia Carlsson"]);
  });

  it("takes % and _ in a search for themselves", async () => {
    expect((await listStaff(admin, { q: "%" })).total).toBe(0);
    expect((await listStaff(admin, { q: "_" })).total).toBe(0);
  });

  it("names every member by the rule (shownName), for accepted and pending members with and without a typed name", async () => {
    const listed = (await listStaff(admin, { status: "all" })).rows;
    const stored = await db.membership.findMany({ where: { supplierId: org.supplier.id }, include: { user: true } });
    expect(listed).toHaveLength(stored.length);
    for (const m of stored) expect(listed.find((r) => r.membershipId === m.id)?.name).toBe(shownName(m));
  });

  it("counts every match past the page, and an empty page beyond the last still has the count", async () => {
    const beyond = await listStaff(admin, { page: 3 });
    expect(beyond.rows).toEqual([]);
    expect(beyond.total).toBe(9);
  });

  it("never lists another organisation's staff", async () => {
    const other = await makeSupplier();
    const otherAdmin = await makeStaff({ supplierId: other.supplier.id, permissions: ["ADMINISTER_PERMISSIONS"] });
    const list = await listStaff(await staffActor(otherAdmin.user.id, other.supplier.id), { status: "all" });
    expect(list.total).toBe(1);
    expect(list.rows.map((r) => r.membershipId)).toEqual([otherAdmin.membership.id]);
  });
});
