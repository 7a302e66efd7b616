import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signInWithPassword } from "@/lib/auth/login";
import { revokeSession } from "@/lib/auth/session-store";
import { chooseSupplier, loadActorState } from "@/lib/authz/actor";
import { setClock } from "@/lib/clock";
import { addMembership, makeOfficer, makeStaff, makeSupplier, TEST_PASSWORD } from "../support/factories";

let org: Awaited<ReturnType<typeof makeSupplier>>;
beforeAll(async () => {
  org = await makeSupplier();
});

describe("sign-in", () => {
  it("gives the same answer for an unknown e-mail, a wrong password and an inactive account", async () => {
    const { user } = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] });
    const inactive = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] });
    await db.user.update({ where: { id: inactive.user.id }, data: { active: false } });
    expect(await signInWithPassword("finns-inte@test.example.se", TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword(user.email, "fel-lösenord")).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword(inactive.user.email, TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect((await signInWithPassword(user.email, TEST_PASSWORD)).ok).toBe(true);
  });

  it("locks an address after five failures, for fifteen minutes, whether or not it exists", async () => {
    const { user } = await makeStaff({ supplierId: org.supplier.id, permissions: [], unitIds: [] });
    const t0 = new Date("2026-11-29T10:00:00Z");
    try {
      for (const email of [user.email, "spoke@test.example.se"]) {
        setClock(t0);
        for (let i = 0; i < 4; i++) expect(((await signInWithPassword(email, "fel")) as { reason?: string }).reason).toBe("invalid");
        expect(((await signInWithPassword(email, "fel")) as { reason?: string }).reason).toBe("locked");
        // Even the right password is refused while locked.
        expect(await signInWithPassword(email, TEST_PASSWORD)).toEqual({ ok: false, reason: "locked" });
      }
      setClock(new Date(t0.getTime() + 16 * 60_000));
      expect((await signInWithPassword(user.email, TEST_PASSWORD)).ok).toBe(true);
      // A success clears the count.
      expect(await db.loginThrottle.findUnique({ where: { email: user.email } })).toBeNull();
    } finally {
      setClock(null);
    }
  });

  it("lets an officer in and gives an officer actor", async () => {
    const officer = await makeOfficer();
    const res = await signInWithPassword(officer.email, TEST_PASSWORD);
    if (!res.ok) throw new Error("expected success");
    const state = await loadActorState(res.sessionId);
    expect(state).toMatchObject({ status: "ok", actor: { kind: "officer", userId: officer.id } });
    const audit = await db.auditEvent.findFirst({ where: { action: "auth.login", actorId: officer.id } });
    expect(audit).not.toBeNull();
  });
});

describe("sessions", () => {
  it("are revocable: a signed-out session no longer authenticates", async () => {
    const { user } = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] });
    const res = await signInWithPassword(user.email, TEST_PASSWORD);
    if (!res.ok) throw new Error("expected success");
    expect((await loadActorState(res.sessionId)).status).toBe("ok");
    await revokeSession(res.sessionId);
    expect((await loadActorState(res.sessionId)).status).toBe("none");
  });

  it("expire after eight hours", async () => {
    const { user } = await makeStaff({ supplierId: org.supplier.id, permissions: [], unitIds: [] });
    const res = await signInWithPassword(user.email, TEST_PASSWORD);
    if (!res.ok) throw new Error("expected success");
    try {
      setClock(new Date(Date.now() + 8 * 3600_000 + 1000));
      expect((await loadActorState(res.sessionId)).status).toBe("none");
    } finally {
      setClock(null);
    }
  });

  it("a person in two organisations picks one, and sees only that one's units and permissions", async () => {
    const other = await makeSupplier();
    const { user } = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] });
    await addMembership(user.id, { supplierId: other.supplier.id, permissions: ["ADMINISTER_PERMISSIONS", "RECEIVE_PARTICIPANTS"], unitIds: [other.units[1].id] });
    const res = await signInWithPassword(user.email, TEST_PASSWORD);
    if (!res.ok) throw new Error("expected success");
    const first = await loadActorState(res.sessionId);
    expect(first.status).toBe("choose-supplier");
    expect(first.status === "choose-supplier" && first.suppliers.map((s) => s.id).sort()).toEqual([org.supplier.id, other.supplier.id].sort());

    // Not an organisation the person belongs to.
    const stranger = await makeSupplier();
    expect(await chooseSupplier(res.sessionId, user.id, stranger.supplier.id)).toBe(false);

    expect(await chooseSupplier(res.sessionId, user.id, other.supplier.id)).toBe(true);
    const state = await loadActorState(res.sessionId);
    expect(state).toMatchObject({
      status: "ok",
      actor: { kind: "staff", supplierId: other.supplier.id, permissions: ["ADMINISTER_PERMISSIONS", "RECEIVE_PARTICIPANTS"], unitIds: [other.units[1].id] },
    });
  });
});
