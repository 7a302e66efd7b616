import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RuleError } from "@/lib/errors";
import { inviteStaffInput } from "@/features/staff/schemas";
import { acceptInvitation, answerInvitation, inviteStaff, reissueInvitation, setMembershipActive, updateAccess } from "@/features/staff/service";
import { getStaffMember, listStaff } from "@/features/staff/queries";
import { hashPassword } from "@/lib/auth/password";
import { signInWithPassword } from "@/lib/auth/login";
import { loadActorState } from "@/lib/authz/actor";
import { setClock } from "@/lib/clock";
import type { StaffActor } from "@/lib/authz/permissions";
import { makeDecision, makeOfficer, makeStaff, makeSupplier, staffActor, TEST_PASSWORD } from "../support/factories";
import { invitationTokenFor, mailsTo } from "../support/mail";

let org: Awaited<ReturnType<typeof makeSupplier>>;
let admin: StaffActor;
let officerId: string;

beforeAll(async () => {
  org = await makeSupplier({ units: 3 });
  const a = await makeStaff({ supplierId: org.supplier.id, permissions: ["ADMINISTER_PERMISSIONS"] });
  admin = await staffActor(a.user.id, org.supplier.id);
  officerId = (await makeOfficer()).id;
});

async function countRows() {
  return { users: await db.user.count(), memberships: await db.membership.count(), invitations: await db.invitation.count(), audits: await db.auditEvent.count() };
}

describe("inviting staff", () => {
  it("creates the account with permissions and units, a single-use invitation, and an audit record", async () => {
    const res = await inviteStaff(admin, {
      name: "Petra Persson",
      email: "petra@test.example.se",
      permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"],
      unitScope: "SELECTED",
      unitIds: [org.units[0].id, org.units[1].id],
    });
    const token = await invitationTokenFor("petra@test.example.se");
    expect(token).toMatch(/^[\w-]{40,}$/);
    const member = await getStaffMember(admin, res.membershipId);
    expect(member.permissions.sort()).toEqual(["RECEIVE_PARTICIPANTS", "REPORTING"]);
    expect(member.unitIds.sort()).toEqual([org.units[0].id, org.units[1].id].sort());
    expect(member.invitationPending).toBe(true);
    const auditRow = await db.auditEvent.findFirstOrThrow({ where: { action: "staff.invited", entityId: res.membershipId } });
    expect(auditRow.actorId).toBe(admin.userId);
    expect(auditRow.after).toMatchObject({ email: "petra@test.example.se", permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], allUnits: false });
    // The token itself is never stored.
    const stored = await db.invitation.findMany({ where: { userId: (await db.user.findUniqueOrThrow({ where: { email: "petra@test.example.se" } })).id } });
    expect(stored.map((s) => s.tokenHash)).not.toContain(token);

    // Before accepting, the person cannot sign in.
    expect((await signInWithPassword("petra@test.example.se", "Ett-bra-lösenord-1")).ok).toBe(false);
    await acceptInvitation(token, await hashPassword("Ett-bra-lösenord-1"));
    const login = await signInWithPassword("Petra@Test.example.se ", "Ett-bra-lösenord-1");
    expect(login.ok).toBe(true);
    const state = await loadActorState((login as { sessionId: string }).sessionId);
    expect(state.status === "ok" && state.actor.kind === "staff" && state.actor.unitIds.sort()).toEqual([org.units[0].id, org.units[1].id].sort());
    // Single use.
    await expect(acceptInvitation(token, await hashPassword("Ett-annat-lösenord-2"))).rejects.toBeInstanceOf(RuleError);
  });

  it("refuses an expired invitation link", async () => {
    const res = await inviteStaff(admin, { name: "Sen Person", email: "sen@test.example.se", permissions: [], unitScope: "ALL", unitIds: [] });
    const expired = await invitationTokenFor("sen@test.example.se");
    setClock(new Date(Date.now() + 8 * 24 * 3600_000));
    try {
      await expect(acceptInvitation(expired, await hashPassword("Ett-bra-lösenord-1"))).rejects.toBeInstanceOf(RuleError);
    } finally {
      setClock(null);
    }
    await reissueInvitation(admin, res.membershipId);
    const fresh = await invitationTokenFor("sen@test.example.se");
    await expect(acceptInvitation(fresh, await hashPassword("Ett-bra-lösenord-1"))).resolves.toEqual({ email: "sen@test.example.se" });
  });

  it("refuses a duplicate e-mail in the organisation and changes nothing", async () => {
    const before = await countRows();
    await expect(
      inviteStaff(admin, { name: "Petra Igen", email: "petra@test.example.se", permissions: [], unitScope: "ALL", unitIds: [] }),
    ).rejects.toMatchObject({ field: "email" });
    expect(await countRows()).toEqual(before);
  });

  it("invites a person who already works for another supplier: nothing changes for them until they accept with their own password", async () => {
    const elsewhere = await makeSupplier();
    const existing = await makeStaff({ supplierId: elsewhere.supplier.id, permissions: ["REPORTING"], unitIds: [elsewhere.units[0].id] });
    const res = await inviteStaff(admin, { name: "Namnet admin skrev", email: existing.user.email, permissions: ["REPORTING"], unitScope: "ALL", unitIds: [] });
    expect(Object.keys(res)).toEqual(["membershipId"]);
    expect(await db.membership.count({ where: { userId: existing.user.id } })).toBe(2);
    // Their sign-in goes straight to their own organisation: no choice of an organisation they never accepted.
    const before = await signInWithPassword(existing.user.email, TEST_PASSWORD);
    const state = await loadActorState((before as { sessionId: string }).sessionId);
    expect(state.status === "ok" && state.actor.kind === "staff" && state.actor.supplierId).toBe(elsewhere.supplier.id);
    // The inviting organisation sees the name its administrator typed, not the account's own.
    expect((await getStaffMember(admin, res.membershipId)).name).toBe("Namnet admin skrev");
    const [mail] = (await mailsTo(existing.user.email)).slice(-1);
    expect(mail.kind).toBe("invitation-existing");
    expect(mail.subject).toContain(org.supplier.name);
    await answerInvitation(existing.user.id, await invitationTokenFor(existing.user.email), true);
    const after = await signInWithPassword(existing.user.email, TEST_PASSWORD);
    expect((await loadActorState((after as { sessionId: string }).sessionId)).status).toBe("choose-supplier");
    expect((await getStaffMember(admin, res.membershipId)).name).toBe(existing.user.name);
  });

  it("rolls back everything when a unit of another supplier is smuggled in", async () => {
    const elsewhere = await makeSupplier();
    const before = await countRows();
    await expect(
      inviteStaff(admin, { name: "Smuggel", email: "smuggel@test.example.se", permissions: ["REPORTING"], unitScope: "SELECTED", unitIds: [org.units[0].id, elsewhere.units[0].id] }),
    ).rejects.toMatchObject({ field: "unitIds" });
    expect(await countRows()).toEqual(before);
  });

  it("validates input with Swedish messages per field", () => {
    const res = inviteStaffInput.safeParse({ name: "", email: "inte-en-adress", permissions: ["REPORTING", "BOSS"], unitScope: "SELECTED", unitIds: [] });
    expect(res.success).toBe(false);
    const byField = Object.fromEntries(res.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byField.name).toBe("Ange personens namn.");
    expect(byField.email).toBe("Ange en giltig e-postadress.");
    expect(byField["permissions.1"]).toBe("Okänd behörighet.");
    const noUnits = inviteStaffInput.safeParse({ name: "Ok Namn", email: "ok@test.se", permissions: ["REPORTING"], unitScope: "SELECTED", unitIds: [] });
    expect(noUnits.error!.issues[0]).toMatchObject({ path: ["unitIds"] });
  });
});

describe("changing access", () => {
  it("records before and after, and 'all units' includes units added later", async () => {
    const { membership, user } = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] });
    await updateAccess(admin, membership.id, { permissions: ["REPORTING", "RECEIVE_PARTICIPANTS"], unitScope: "ALL", unitIds: [] });
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "staff.access-changed", entityId: membership.id } });
    expect(row.before).toMatchObject({ permissions: ["REPORTING"], allUnits: false, unitIds: [org.units[0].id] });
    expect(row.after).toMatchObject({ permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], allUnits: true, unitIds: [] });

    const later = await db.performingUnit.create({
      data: { supplierId: org.supplier.id, deliveryAreaId: org.area.id, name: "Ny enhet", street: "Väg 2", postalCode: "222 22", city: "Lund", municipality: "Lund" },
    });
    const actor = await staffActor(user.id, org.supplier.id);
    expect(actor.unitIds).toContain(later.id);
  });

  it("never leaves the organisation without an active administrator", async () => {
    const solo = await makeSupplier();
    const only = await makeStaff({ supplierId: solo.supplier.id, permissions: ["ADMINISTER_PERMISSIONS"] });
    const soloAdmin = await staffActor(only.user.id, solo.supplier.id);
    await expect(updateAccess(soloAdmin, only.membership.id, { permissions: ["REPORTING"], unitScope: "ALL", unitIds: [] })).rejects.toMatchObject({ field: "permissions" });
    await expect(setMembershipActive(soloAdmin, only.membership.id, false)).rejects.toBeInstanceOf(RuleError);
    // With a second administrator, the first may step down.
    const second = await makeStaff({ supplierId: solo.supplier.id, permissions: ["ADMINISTER_PERMISSIONS"] });
    await updateAccess(soloAdmin, only.membership.id, { permissions: ["REPORTING"], unitScope: "ALL", unitIds: [] });
    const secondAdmin = await staffActor(second.user.id, solo.supplier.id);
    await expect(setMembershipActive(secondAdmin, second.membership.id, false)).rejects.toBeInstanceOf(RuleError);
  });

  it("keeps a handledare with participants active and with the reporting permission", async () => {
    const h = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[2].id] });
    await makeDecision({ supplierId: org.supplier.id, unitId: org.units[2].id, officerId, handledareId: h.user.id, assignedById: admin.userId });
    await expect(setMembershipActive(admin, h.membership.id, false)).rejects.toThrow(/handledare för 1 deltagare/);
    await expect(updateAccess(admin, h.membership.id, { permissions: ["RECEIVE_PARTICIPANTS"], unitScope: "ALL", unitIds: [] })).rejects.toMatchObject({ field: "permissions" });
    await db.handledareAssignment.updateMany({ where: { handledareId: h.user.id }, data: { endedAt: new Date(), endedById: admin.userId } });
    await setMembershipActive(admin, h.membership.id, false);
    expect((await getStaffMember(admin, h.membership.id)).active).toBe(false);
  });

  it("a handledare whose participants have all left the service (ended or interrupted) can lose Rapportering and be deactivated", async () => {
    const h = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[2].id] });
    const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    await makeDecision({ supplierId: org.supplier.id, unitId: org.units[2].id, officerId, startDate: days(-200), handledareId: h.user.id, assignedById: admin.userId });
    const { decision: interrupted } = await makeDecision({ supplierId: org.supplier.id, unitId: org.units[2].id, officerId, handledareId: h.user.id, assignedById: admin.userId });
    await db.interruption.create({ data: { decisionId: interrupted.id, date: new Date(`${days(-1)}T00:00:00Z`), reason: "WORK", registeredAt: new Date(), registeredById: officerId } });
    expect((await getStaffMember(admin, h.membership.id)).activeAssignments).toBe(0);
    await updateAccess(admin, h.membership.id, { permissions: ["RECEIVE_PARTICIPANTS"], unitScope: "ALL", unitIds: [] });
    await setMembershipActive(admin, h.membership.id, false);
    expect((await getStaffMember(admin, h.membership.id)).active).toBe(false);
  });

  it("deactivation ends the person's sessions in the organisation, keeps history, and can be undone", async () => {
    const p = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] });
    const actor = await staffActor(p.user.id, org.supplier.id);
    await setMembershipActive(admin, p.membership.id, false);
    expect((await loadActorState(actor.sessionId)).status).toBe("none");
    expect((await signInWithPassword(p.user.email, "Testlösenord-123")).ok).toBe(false);
    const listed = await listStaff(admin, { status: "inactive" });
    expect(listed.rows.map((r) => r.membershipId)).toContain(p.membership.id);
    await setMembershipActive(admin, p.membership.id, true);
    expect((await signInWithPassword(p.user.email, "Testlösenord-123")).ok).toBe(true);
    const actions = (await db.auditEvent.findMany({ where: { entityId: p.membership.id }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["staff.deactivated", "staff.reactivated"]);
  });
});

describe("staff list", () => {
  it("filters people without permissions, searches, sorts and paginates on the server", async () => {
    const big = await makeSupplier();
    const a = await makeStaff({ supplierId: big.supplier.id, permissions: ["ADMINISTER_PERMISSIONS"] });
    const bigAdmin = await staffActor(a.user.id, big.supplier.id);
    for (let i = 0; i < 22; i++) await makeStaff({ supplierId: big.supplier.id, permissions: i % 2 ? ["REPORTING"] : [], unitIds: [big.units[0].id] });
    const none = await listStaff(bigAdmin, { withoutPermissions: true });
    expect(none.total).toBe(11);
    expect(none.rows.every((r) => r.permissions.length === 0)).toBe(true);
    const page1 = await listStaff(bigAdmin, { sort: "email", dir: "asc" });
    const page2 = await listStaff(bigAdmin, { sort: "email", dir: "asc", page: 2 });
    expect(page1.total).toBe(23);
    expect(page1.rows).toHaveLength(20);
    expect(page2.rows).toHaveLength(3);
    const emails = [...page1.rows, ...page2.rows].map((r) => r.email);
    expect(emails).toEqual([...emails].sort());
    const found = await listStaff(bigAdmin, { q: a.user.email.slice(0, 10).toUpperCase() });
    expect(found.rows.map((r) => r.email)).toEqual([a.user.email]);
  });
});
