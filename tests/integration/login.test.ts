import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signInWithPassword } from "@/lib/auth/login";
import { revokeSession } from "@/lib/auth/session-store";
import { chooseSupplier, loadActorState } from "@/lib/authz/actor";
import { setClock } from "@/lib/clock";
import { addMembership, makeOfficer, makeStaff, makeSupplier, TEST_PASSWORD } from "../support/factories";
import { countAttempt } from "@/lib/auth/attempts";
import { afterAttempt, MAX_FAILURES, MAX_FAILURES_PER_CLIENT, type ThrottleState } from "@/lib/auth/throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

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

describe("sign-in under attack", () => {
  it("checks at most five of forty parallel guesses: the right password at position 20 does not get in", async () => {
    const { user } = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] });
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 19 ? TEST_PASSWORD : `fel-gissning-${i}`));
    const results = await Promise.all(guesses.map((g) => signInWithPassword(user.email, g)));
    expect(results[19].ok).toBe(false);
    expect(results.filter((r) => !r.ok && r.reason === "locked").length).toBeGreaterThanOrEqual(35);
    expect(await signInWithPassword(user.email, TEST_PASSWORD)).toEqual({ ok: false, reason: "locked" });
  });

  it("locks after a burst of thirty wrong guesses", async () => {
    const { user } = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] });
    await Promise.all(Array.from({ length: 30 }, (_, i) => signInWithPassword(user.email, `fel-${i}`)));
    expect(await signInWithPassword(user.email, TEST_PASSWORD)).toEqual({ ok: false, reason: "locked" });
  });

  it("warns before the last attempts", async () => {
    const email = "varning@test.example.se";
    const answers = [];
    for (let i = 0; i < MAX_FAILURES; i++) answers.push(await signInWithPassword(email, "fel"));
    expect(answers).toEqual([
      { ok: false, reason: "invalid" }, { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid", remaining: 2 }, { ok: false, reason: "invalid", remaining: 1 },
      { ok: false, reason: "locked" },
    ]);
  });

  it("behind a trusted proxy, an attacker's client cannot lock the person out of their own, and one client cannot try every address", async () => {
    const { user } = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] });
    for (let i = 0; i < 10; i++) await signInWithPassword(user.email, "fel", "203.0.113.66");
    expect(await signInWithPassword(user.email, TEST_PASSWORD, "203.0.113.66")).toEqual({ ok: false, reason: "locked" });
    expect((await signInWithPassword(user.email, TEST_PASSWORD, "198.51.100.7")).ok).toBe(true);
    // One client spraying addresses is stopped after its own cap, for every address.
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT; i++) await signInWithPassword(`spray${i}@test.example.se`, "fel", "203.0.113.99");
    expect(await signInWithPassword(user.email, TEST_PASSWORD, "203.0.113.99")).toEqual({ ok: false, reason: "locked" });
  });

  it("the database's atomic counter follows the rule afterAttempt()", async () => {
    const t0 = Date.parse("2026-11-29T10:00:00Z");
    let expected: ThrottleState | null = null;
    let t = t0;
    const steps = [1, 1, 1, 1, 1, 1, 1, 60, 16 * 60, 1, 1, 1, 1, 1, 1, 16 * 60, 14 * 60, 1, 2 * 60, 1];
    for (const seconds of steps) {
      t += seconds * 1000;
      const at = new Date(t);
      expected = afterAttempt(expected, at, MAX_FAILURES);
      const got = await countAttempt("regel@test.example.se", at, MAX_FAILURES);
      expect({ n: got.n, lockedUntil: got.lockedUntil?.toISOString() ?? null }).toEqual({ n: expected.failures, lockedUntil: expected.lockedUntil?.toISOString() ?? null });
    }
  });
});

describe("password hashes", () => {
  it("are scrypt, count every character (no 72-byte cut) and replace an old bcrypt hash at the next sign-in", async () => {
    const long = "å".repeat(40) + "slut-A";
    const hash = await hashPassword(long);
    expect(hash.startsWith("scrypt$")).toBe(true);
    expect(await verifyPassword(long, hash)).toBe(true);
    expect(await verifyPassword("å".repeat(40) + "slut-B", hash)).toBe(false);
    const { user } = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] });
    const bcrypt = (await import("bcryptjs")).default;
    await db.user.update({ where: { id: user.id }, data: { passwordHash: bcrypt.hashSync(TEST_PASSWORD, 4) } });
    expect((await signInWithPassword(user.email, TEST_PASSWORD)).ok).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(after.passwordHash?.startsWith("scrypt$")).toBe(true);
    expect((await signInWithPassword(user.email, TEST_PASSWORD)).ok).toBe(true);
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
