import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import type { Actor, OfficerActor } from "@/lib/authz/permissions";
import { registerSupplierInput, addUnitInput, type RegisterSupplierInput } from "@/features/suppliers/schemas";
import { addUnit, getSupplier, listDeliveryAreas, listSuppliers, registerSupplier } from "@/features/suppliers/service";
import { acceptInvitation, hashToken } from "@/features/staff/service";
import { invitationTokenFor } from "../support/mail";
import { hashPassword } from "@/lib/auth/password";
import { signInWithPassword } from "@/lib/auth/login";
import { loadActorState } from "@/lib/authz/actor";
import { luhnCheckDigit } from "@/lib/validation/luhn";
import { suppliersOverview } from "@/features/suppliers/queries";
import { actorFor, makeOfficer, makeStaff, makeSupplier, staffActor } from "../support/factories";

let officer: OfficerActor;
let areas: { id: string; name: string }[];
let orgSeq = 0;
const orgBase = Math.floor(Math.random() * 900_000);

/** A valid organisation number, different every call (formatted NNNNNN-NNNN as a user types it). */
function newOrgNumber(): string {
  const nine = `559${String(orgBase + orgSeq++).padStart(6, "0")}`;
  const ten = `${nine}${luhnCheckDigit(nine)}`;
  return `${ten.slice(0, 6)}-${ten.slice(6)}`;
}

function unit(name: string, deliveryAreaId: string) {
  return { name, street: "Storgatan 1", postalCode: "11122", city: "Stockholm", municipality: "Stockholm", deliveryAreaId };
}

function input(overrides: Partial<Record<keyof RegisterSupplierInput, unknown>> = {}): RegisterSupplierInput {
  return registerSupplierInput.parse({
    name: `Leverantör ${randomUUID().slice(0, 6)}`,
    orgNumber: newOrgNumber(),
    serviceVersion: "ROM2",
    deliveryAreaIds: [areas[0].id, areas[1].id],
    units: [unit("Enhet Norr", areas[0].id), unit("Enhet Syd", areas[1].id)],
    admin: { name: "Ada Admin", email: `ada-${randomUUID().slice(0, 6)}@leverantor.example.se` },
    ...overrides,
  });
}

async function countRows() {
  return {
    suppliers: await db.supplier.count(),
    units: await db.performingUnit.count(),
    users: await db.user.count(),
    memberships: await db.membership.count(),
    invitations: await db.invitation.count(),
    audits: await db.auditEvent.count(),
  };
}

beforeAll(async () => {
  const o = await makeOfficer();
  const a = await actorFor(o.id);
  if (a.kind !== "officer") throw new Error("not an officer");
  officer = a;
  areas = [];
  for (const [code, name] of [["T-STHLM", "Stockholm test"], ["T-GBG", "Göteborg test"], ["T-MMO", "Malmö test"]]) {
    areas.push(await db.deliveryArea.create({ data: { code, name } }));
  }
});

describe("registering a supplier", () => {
  it("creates the supplier, its areas, units, administrator, invitation and audit records in one go", async () => {
    const data = input({ orgNumber: "556036-0793", serviceVersion: "ROM1" });
    const before = await countRows();
    const res = await registerSupplier(officer, data);
    expect(Object.keys(res)).toEqual(["supplierId"]);
    const token = await invitationTokenFor(data.admin.email);
    expect(token).toMatch(/^[\w-]{40,}$/);

    const s = await getSupplier(officer, res.supplierId);
    expect(s).toMatchObject({ name: data.name, orgNumber: "5560360793", serviceVersion: "ROM1" });
    expect(s.deliveryAreas.map((a) => a.id).sort()).toEqual([areas[0].id, areas[1].id].sort());
    expect(s.units.map((u) => ({ name: u.name, postalCode: u.postalCode, area: u.deliveryArea.id, decisions: u.decisionCount }))).toEqual([
      { name: "Enhet Norr", postalCode: "111 22", area: areas[0].id, decisions: 0 },
      { name: "Enhet Syd", postalCode: "111 22", area: areas[1].id, decisions: 0 },
    ]);
    expect(s.administrators).toEqual([expect.objectContaining({ name: "Ada Admin", email: data.admin.email, status: "invited" })]);

    const user = await db.user.findUniqueOrThrow({ where: { email: data.admin.email }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ kind: "SUPPLIER_STAFF", passwordHash: null });
    const membership = await db.membership.findUniqueOrThrow({ where: { userId_supplierId: { userId: user.id, supplierId: res.supplierId } } });
    expect(membership.permissions).toEqual(["ADMINISTER_PERMISSIONS"]);
    const invitation = await db.invitation.findFirstOrThrow({ where: { userId: user.id } });
    expect(invitation).toMatchObject({ supplierId: res.supplierId, invitedById: officer.userId, usedAt: null, tokenHash: hashToken(token) });
    expect(invitation.tokenHash).not.toBe(token);

    expect(await countRows()).toEqual({
      suppliers: before.suppliers + 1,
      units: before.units + 2,
      users: before.users + 1,
      memberships: before.memberships + 1,
      invitations: before.invitations + 1,
      audits: before.audits + 4,
    });
    const audits = await db.auditEvent.findMany({ where: { supplierId: res.supplierId }, orderBy: { at: "asc" } });
    expect(audits.every((a) => a.actorId === officer.userId)).toBe(true);
    expect(audits.map((a) => a.action).sort()).toEqual(["staff.invited", "supplier.registered", "unit.created", "unit.created"]);
    const registered = audits.find((a) => a.action === "supplier.registered")!;
    expect(registered).toMatchObject({ entityType: "Supplier", entityId: res.supplierId });
    expect(registered.after).toEqual({
      name: data.name,
      orgNumber: "5560360793",
      serviceVersion: "ROM1",
      areas: ["Göteborg test", "Stockholm test"],
      units: ["Enhet Norr", "Enhet Syd"],
    });
    const unitAudits = audits.filter((a) => a.action === "unit.created");
    expect(unitAudits.map((a) => a.entityType)).toEqual(["PerformingUnit", "PerformingUnit"]);
    expect(unitAudits.map((a) => a.entityId).sort()).toEqual(s.units.map((u) => u.id).sort());
    const invited = audits.find((a) => a.action === "staff.invited")!;
    expect(invited).toMatchObject({ entityType: "Membership", entityId: membership.id });
    expect(invited.after).toMatchObject({ email: data.admin.email, permissions: ["ADMINISTER_PERMISSIONS"] });
  });

  it("lets the invited administrator accept, sign in and administer the new supplier", async () => {
    const data = input();
    const res = await registerSupplier(officer, data);
    expect((await signInWithPassword(data.admin.email, "Ett-bra-lösenord-1")).ok).toBe(false);
    const token = await invitationTokenFor(data.admin.email);
    await acceptInvitation(token, await hashPassword("Ett-bra-lösenord-1"));
    const login = await signInWithPassword(data.admin.email, "Ett-bra-lösenord-1");
    expect(login.ok).toBe(true);
    const state = await loadActorState((login as { sessionId: string }).sessionId);
    expect(state.status).toBe("ok");
    const actor = (state as { actor: Actor }).actor;
    expect(actor).toMatchObject({ kind: "staff", supplierId: res.supplierId, supplierName: data.name, permissions: ["ADMINISTER_PERMISSIONS"] });
    expect((await getSupplier(officer, res.supplierId)).administrators[0].status).toBe("active");
    // Single use.
    await expect(acceptInvitation(token, await hashPassword("Ett-annat-lösenord-2"))).rejects.toBeInstanceOf(RuleError);
  });

  it("invites an existing staff member as administrator: no new account, and the membership waits for their yes", async () => {
    const other = await makeSupplier();
    const existing = await makeStaff({ supplierId: other.supplier.id, permissions: ["REPORTING"], unitIds: [other.units[0].id] });
    const before = await countRows();
    const res = await registerSupplier(officer, input({ admin: { name: "Annat Namn", email: existing.user.email.toUpperCase() } }));
    const after = await countRows();
    expect(after.users).toBe(before.users);
    expect(after.invitations).toBe(before.invitations + 1);
    expect((await db.outgoingMail.findFirstOrThrow({ where: { to: existing.user.email }, orderBy: { createdAt: "desc" } })).kind).toBe("invitation-existing");
    const m = await db.membership.findUniqueOrThrow({ where: { userId_supplierId: { userId: existing.user.id, supplierId: res.supplierId } } });
    expect(m.permissions).toEqual(["ADMINISTER_PERMISSIONS"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: existing.user.id } })).name).toBe(existing.user.name);
  });

  it("refuses a duplicate organisation number and saves nothing", async () => {
    const data = input();
    await registerSupplier(officer, data);
    const before = await countRows();
    const again = input({ orgNumber: data.orgNumber, units: [unit("Helt ny enhet", areas[0].id)] });
    const err = await registerSupplier(officer, again).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RuleError);
    expect(err).toMatchObject({ field: "orgNumber", message: "Det finns redan en leverantör med det organisationsnumret." });
    expect(await countRows()).toEqual(before);
    expect(await db.user.count({ where: { email: again.admin.email } })).toBe(0);
  });

  it("lets only one of two simultaneous registrations of the same number through", async () => {
    const orgNumber = newOrgNumber();
    const results = await Promise.allSettled([registerSupplier(officer, input({ orgNumber })), registerSupplier(officer, input({ orgNumber }))]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ name: "RuleError", field: "orgNumber" });
    expect(await db.supplier.count({ where: { orgNumber: orgNumber.replace("-", "") } })).toBe(1);
  });

  it("refuses an officer's e-mail as administrator and saves nothing", async () => {
    const other = await makeOfficer();
    const before = await countRows();
    await expect(registerSupplier(officer, input({ admin: { name: "Handläggare", email: other.email } }))).rejects.toMatchObject({
      name: "RuleError",
      field: "admin.email",
    });
    expect(await countRows()).toEqual(before);
  });

  it("refuses a unit in an area that was not chosen, and an unknown area", async () => {
    const before = await countRows();
    // The schema already says so, on the unit's field.
    const parsed = registerSupplierInput.safeParse({
      ...input(),
      deliveryAreaIds: [areas[0].id],
      units: [unit("Enhet A", areas[0].id), unit("Enhet B", areas[2].id)],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues).toEqual([expect.objectContaining({ path: ["units", 1, "deliveryAreaId"] })]);
    // And so does the service when called directly.
    const data = { ...input(), deliveryAreaIds: [areas[0].id], units: [unit("Enhet A", areas[0].id), unit("Enhet B", areas[2].id)] };
    await expect(registerSupplier(officer, data)).rejects.toMatchObject({ name: "RuleError", field: "units.1.deliveryAreaId" });
    const unknown = randomUUID();
    await expect(
      registerSupplier(officer, { ...input(), deliveryAreaIds: [areas[0].id, unknown], units: [unit("Enhet C", unknown)] }),
    ).rejects.toMatchObject({ name: "RuleError", field: "deliveryAreaIds" });
    expect(await countRows()).toEqual(before);
  });

  it("refuses two units with the same name", async () => {
    const before = await countRows();
    const data = { ...input(), units: [unit("Samma", areas[0].id), unit("samma", areas[1].id)] };
    await expect(registerSupplier(officer, data)).rejects.toMatchObject({ name: "RuleError", field: "units.1.name" });
    expect(await countRows()).toEqual(before);
  });
});

describe("adding a unit later", () => {
  it("appears for a staff member with all units, is audited, and must be in one of the supplier's areas", async () => {
    const res = await registerSupplier(officer, input());
    const all = await makeStaff({ supplierId: res.supplierId, permissions: ["REPORTING"], allUnits: true });
    const some = await makeStaff({ supplierId: res.supplierId, permissions: ["REPORTING"], unitIds: [(await getSupplier(officer, res.supplierId)).units[0].id] });

    const { unitId } = await addUnit(officer, addUnitInput.parse({ supplierId: res.supplierId, ...unit("Enhet Väst", areas[1].id), postalCode: "41103" }));
    expect((await staffActor(all.user.id, res.supplierId)).unitIds).toContain(unitId);
    expect((await staffActor(some.user.id, res.supplierId)).unitIds).not.toContain(unitId);
    const created = await db.performingUnit.findUniqueOrThrow({ where: { id: unitId } });
    expect(created).toMatchObject({ name: "Enhet Väst", postalCode: "411 03", deliveryAreaId: areas[1].id });
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "unit.created", entityId: unitId } });
    expect(row).toMatchObject({ actorId: officer.userId, supplierId: res.supplierId, entityType: "PerformingUnit" });
    expect(row.after).toMatchObject({ name: "Enhet Väst", deliveryArea: "Göteborg test" });

    const before = await countRows();
    await expect(addUnit(officer, addUnitInput.parse({ supplierId: res.supplierId, ...unit("Enhet Malmö", areas[2].id) }))).rejects.toMatchObject({
      name: "RuleError",
      field: "deliveryAreaId",
    });
    await expect(addUnit(officer, addUnitInput.parse({ supplierId: res.supplierId, ...unit("enhet väst", areas[1].id) }))).rejects.toMatchObject({
      name: "RuleError",
      field: "name",
    });
    await expect(addUnit(officer, addUnitInput.parse({ supplierId: randomUUID(), ...unit("Enhet X", areas[1].id) }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await countRows()).toEqual(before);
  });
});

describe("listing and reading", () => {
  it("paginates on the server, searches by name and organisation number, and counts units and active administrators", async () => {
    const prefix = `Sökbar ${randomUUID().slice(0, 4)}`;
    const created: { id: string; org: string }[] = [];
    for (let i = 0; i < 22; i++) {
      const data = input({ name: `${prefix} ${String(i).padStart(2, "0")}`, units: [unit("Enhet 1", areas[0].id)], deliveryAreaIds: [areas[0].id] });
      created.push({ id: (await registerSupplier(officer, data)).supplierId, org: data.orgNumber });
    }
    const page1 = await listSuppliers(officer, { q: prefix.toUpperCase() });
    const page2 = await listSuppliers(officer, { q: prefix, page: 2 });
    expect(page1).toMatchObject({ total: 22, page: 1, pageSize: 20 });
    expect(page1.rows).toHaveLength(20);
    expect(page2.rows).toHaveLength(2);
    expect([...page1.rows, ...page2.rows].map((r) => r.name)).toEqual(Array.from({ length: 22 }, (_, i) => `${prefix} ${String(i).padStart(2, "0")}`));
    // Invited (no password yet) still counts: the membership is active.
    expect(page1.rows[0]).toMatchObject({ unitCount: 1, activeAdminCount: 1, deliveryAreas: [{ id: areas[0].id, name: areas[0].name }] });

    const byOrg = await listSuppliers(officer, { q: `${created[5].org.slice(0, 6)}-${created[5].org.slice(6)}` });
    expect(byOrg.rows.map((r) => r.id)).toEqual([created[5].id]);

    const m = await db.membership.findFirstOrThrow({ where: { supplierId: created[0].id } });
    await db.membership.update({ where: { id: m.id }, data: { active: false } });
    expect((await listSuppliers(officer, { q: prefix })).rows[0].activeAdminCount).toBe(0);
    expect((await getSupplier(officer, created[0].id)).administrators[0].status).toBe("inactive");

    await expect(getSupplier(officer, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    const listed = await listDeliveryAreas(officer);
    expect(listed.map((a) => a.id)).toEqual(expect.arrayContaining(areas.map((a) => a.id)));
  });
});

describe("only officers", () => {
  it("refuses supplier staff (even an administrator) and every other non-officer in every function", async () => {
    const res = await registerSupplier(officer, input());
    const other = await makeSupplier();
    const ownAdmin = await makeStaff({ supplierId: res.supplierId, permissions: ["ADMINISTER_PERMISSIONS"] });
    const allPerms = await makeStaff({ supplierId: other.supplier.id, permissions: ["ADMINISTER_PERMISSIONS", "RECEIVE_PARTICIPANTS", "REPORTING"], allUnits: true });
    const none = await makeStaff({ supplierId: other.supplier.id, permissions: [] });
    const actors: Actor[] = [
      await staffActor(ownAdmin.user.id, res.supplierId),
      await staffActor(allPerms.user.id, other.supplier.id),
      await staffActor(none.user.id, other.supplier.id),
    ];
    // Not an actor at all, and a forged shape.
    const forged = [null, undefined, { kind: "admin", userId: officer.userId }] as unknown as Actor[];

    const before = await countRows();
    for (const actor of [...actors, ...forged]) {
      const calls: (() => Promise<unknown>)[] = [
        () => listSuppliers(actor, {}),
        () => getSupplier(actor, res.supplierId),
        () => listDeliveryAreas(actor),
        () => registerSupplier(actor, input()),
        () => addUnit(actor, addUnitInput.parse({ supplierId: res.supplierId, ...unit("Obehörig enhet", areas[0].id) })),
      ];
      for (const call of calls) await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await countRows()).toEqual(before);
  });
});

describe("the officer's overview of suppliers", () => {
  it("shows the first few by name with their units, and how many there are in all; only for officers", async () => {
    await makeSupplier({ units: 1 });
    await makeSupplier({ units: 2 });
    const all = await db.supplier.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true } });
    const overview = await suppliersOverview(officer, 2);
    expect(overview.total).toBe(all.length);
    expect(overview.rows.map((s) => s.id)).toEqual(all.slice(0, 2).map((s) => s.id));
    expect(overview.rows.every((s) => Array.isArray(s.units) && Array.isArray(s.deliveryAreas))).toBe(true);
    const { supplier } = await makeSupplier({ units: 1 });
    const staff = await makeStaff({ supplierId: supplier.id, permissions: ["ADMINISTER_PERMISSIONS"], allUnits: true });
    await expect(suppliersOverview(await staffActor(staff.user.id, supplier.id))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
