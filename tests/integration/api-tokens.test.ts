// API tokens: only administrators create, list and revoke them; the secret is shown once and
// stored as its sha256; every creation and revocation is audited (never the secret); and the
// API authenticates with them (revoked, expired, unknown, creator deactivated → 401).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { setClock } from "@/lib/clock";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import type { StaffActor } from "@/lib/authz/permissions";
import { z } from "@/lib/validation/zod";
import { createToken, listTokens, revokeToken } from "@/features/api-tokens/service";
import { authenticate } from "@/lib/api/auth";
import { setMembershipActive, updateAccess } from "@/features/staff/service";
import * as participantsRoute from "@/app/api/v1/participants/route";
import { actorFor, makeOfficer, makeStaff, makeSupplier, staffActor } from "../support/factories";
import { call, makeAdmin } from "./api-support";

const TODAY = "2026-06-05";

let org: Awaited<ReturnType<typeof makeSupplier>>;
let other: Awaited<ReturnType<typeof makeSupplier>>;
let admin: Awaited<ReturnType<typeof makeAdmin>>;
let secondAdmin: Awaited<ReturnType<typeof makeAdmin>>;
let otherAdmin: Awaited<ReturnType<typeof makeAdmin>>;
let reporter: StaffActor;

const input = (over: Partial<Parameters<typeof createToken>[1]> = {}) => ({
  name: "Verksamhetssystem",
  permissions: ["REPORTING" as const],
  unitScope: "SELECTED" as const,
  unitIds: [org.units[0].id],
  expiresAt: "2026-09-30",
  ...over,
});

const authWith = (secret: string | null, scheme = "Bearer") =>
  authenticate(new Request("http://localhost/api/v1/participants", { headers: secret === null ? {} : { Authorization: `${scheme} ${secret}` } }));

beforeAll(async () => {
  setClock(`${TODAY}T10:00:00Z`);
  org = await makeSupplier({ units: 2 });
  other = await makeSupplier({ units: 1 });
  admin = await makeAdmin(org.supplier.id);
  secondAdmin = await makeAdmin(org.supplier.id);
  otherAdmin = await makeAdmin(other.supplier.id);
  reporter = await staffActor((await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING", "RECEIVE_PARTICIPANTS"], allUnits: true })).user.id, org.supplier.id);
});

afterAll(() => setClock(null));

describe("creating a token", () => {
  it("returns the secret once, stores only its sha256 and prefix, and audits without the secret", async () => {
    const created = await createToken(admin.actor, input({ permissions: ["REPORTING", "RECEIVE_PARTICIPANTS"] }), TODAY);
    expect(created.secret).toMatch(/^msfa_[a-z2-9]{8}_[A-Za-z0-9_-]{32}$/);
    expect(created.secret.startsWith(`${created.prefix}_`)).toBe(true);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id }, include: { units: true } });
    expect(row.tokenHash).toBe(createHash("sha256").update(created.secret).digest("hex"));
    expect(row).toMatchObject({ prefix: created.prefix, supplierId: org.supplier.id, createdById: admin.user.id, allUnits: false, revokedAt: null, lastUsedAt: null });
    expect([...row.permissions].sort()).toEqual(["RECEIVE_PARTICIPANTS", "REPORTING"]);
    expect(row.units.map((u) => u.unitId)).toEqual([org.units[0].id]);
    // The last valid day is Swedish; the token stops at the midnight after it (22:00 UTC in summer).
    expect(row.expiresAt.toISOString()).toBe("2026-09-30T22:00:00.000Z");
    const events = await db.auditEvent.findMany({ where: { entityType: "ApiToken", entityId: created.id } });
    expect(events.map((e) => e.action)).toEqual(["api-token.created"]);
    expect(events[0]).toMatchObject({ actorId: admin.user.id, supplierId: org.supplier.id });
    expect(events[0].after).toMatchObject({ name: "Verksamhetssystem", prefix: created.prefix, permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], unitIds: [org.units[0].id] });
    const everything = JSON.stringify(await db.auditEvent.findMany());
    expect(everything).not.toContain(created.secret);
    expect(everything).not.toContain(row.tokenHash);
  });

  it("only an administrator may create, list or revoke tokens", async () => {
    const officer = await actorFor((await makeOfficer()).id);
    for (const actor of [reporter, officer]) {
      await expect(createToken(actor, input(), TODAY)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listTokens(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(revokeToken(actor, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("needs at least one unit permission, never administration, and units of the organisation", async () => {
    await expect(createToken(admin.actor, input({ permissions: [] }), TODAY)).rejects.toBeInstanceOf(z.ZodError);
    await expect(createToken(admin.actor, input({ permissions: ["ADMINISTER_PERMISSIONS" as never] }), TODAY)).rejects.toBeInstanceOf(z.ZodError);
    await expect(createToken(admin.actor, input({ unitIds: [] }), TODAY)).rejects.toBeInstanceOf(z.ZodError);
    const foreign = await createToken(admin.actor, input({ unitIds: [other.units[0].id] }), TODAY).catch((e) => e);
    expect(foreign).toBeInstanceOf(RuleError);
    expect(foreign.field).toBe("unitIds");
  });

  it("expires after today and at most 366 days ahead", async () => {
    for (const expiresAt of [TODAY, "2026-06-01", "2027-06-07"]) {
      const err = await createToken(admin.actor, input({ expiresAt }), TODAY).catch((e) => e);
      expect(err).toBeInstanceOf(RuleError);
      expect(err.field).toBe("expiresAt");
    }
    await expect(createToken(admin.actor, input({ expiresAt: "2027-06-06" }), TODAY)).resolves.toMatchObject({ prefix: expect.any(String) });
    await expect(createToken(admin.actor, input({ expiresAt: "2026-06-06" }), TODAY)).resolves.toMatchObject({ prefix: expect.any(String) });
    await expect(createToken(admin.actor, input({ expiresAt: "2026-02-30" }), TODAY)).rejects.toBeInstanceOf(z.ZodError);
  });
});

describe("listing and revoking", () => {
  it("lists the organisation's tokens only, with units, creator and status", async () => {
    const created = await createToken(admin.actor, input({ name: "Listad", unitScope: "ALL", unitIds: [] }), TODAY);
    await createToken(otherAdmin.actor, { ...input({ name: "Annan organisation" }), unitIds: [other.units[0].id] }, TODAY);
    const rows = await listTokens(secondAdmin.actor);
    expect(rows.map((r) => r.name)).not.toContain("Annan organisation");
    expect(rows.find((r) => r.id === created.id)).toMatchObject({ name: "Listad", allUnits: true, createdBy: admin.user.name, status: "active", lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(rows)).not.toContain(created.secret);
  });

  it("revokes at once, once (a second revocation changes nothing), audited; another organisation's token is not found", async () => {
    const created = await createToken(admin.actor, input(), TODAY);
    expect((await authWith(created.secret)).ok).toBe(true);
    expect(await revokeToken(secondAdmin.actor, created.id)).toEqual({ revoked: true });
    expect(await revokeToken(admin.actor, created.id)).toEqual({ revoked: false });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.revokedById).toBe(secondAdmin.user.id);
    expect((await db.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { at: "asc" } })).map((e) => e.action)).toEqual(["api-token.created", "api-token.revoked"]);
    expect(await authWith(created.secret)).toEqual({ ok: false, code: "token_revoked" });
    expect((await listTokens(admin.actor)).find((r) => r.id === created.id)).toMatchObject({ status: "revoked", revokedBy: secondAdmin.user.name });
    await expect(revokeToken(otherAdmin.actor, created.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeToken(admin.actor, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("authenticating with a token", () => {
  it("acts as a staff actor with the token's permissions and units, for the creator", async () => {
    const created = await createToken(admin.actor, input({ permissions: ["RECEIVE_PARTICIPANTS"] }), TODAY);
    const res = await authWith(created.secret);
    if (!res.ok) throw new Error(res.code);
    expect(res.actor).toMatchObject({
      kind: "staff", userId: admin.user.id, sessionId: `api-token:${created.id}`, supplierId: org.supplier.id, membershipId: admin.membership.id,
      permissions: ["RECEIVE_PARTICIPANTS"], allUnits: false, unitIds: [org.units[0].id],
    });
    expect(res.token).toMatchObject({ id: created.id, prefix: created.prefix });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt?.toISOString()).toBe(`${TODAY}T10:00:00.000Z`);
  });

  it("'all units' includes a unit added later", async () => {
    const created = await createToken(admin.actor, input({ unitScope: "ALL", unitIds: [] }), TODAY);
    const unit = await db.performingUnit.create({
      data: { supplierId: org.supplier.id, deliveryAreaId: org.area.id, name: "Ny enhet", street: "Nygatan 1", postalCode: "111 22", city: "Stockholm", municipality: "Stockholm" },
    });
    const res = await authWith(created.secret);
    if (!res.ok) throw new Error(res.code);
    expect(res.actor.unitIds).toContain(unit.id);
    expect(res.actor.unitIds).toHaveLength(3);
  });

  it("refuses no token, a malformed header, an unknown or expired token", async () => {
    expect(await authWith(null)).toEqual({ ok: false, code: "unauthorized" });
    expect(await authWith("", "Basic")).toEqual({ ok: false, code: "invalid_token" });
    expect(await authWith("msfa_abcdefgh_0000000000000000000000000000000")).toEqual({ ok: false, code: "invalid_token" });
    const created = await createToken(admin.actor, input({ expiresAt: "2026-06-06" }), TODAY);
    expect((await authWith(created.secret)).ok).toBe(true);
    setClock("2026-06-06T21:59:59Z");
    expect((await authWith(created.secret)).ok).toBe(true);
    setClock("2026-06-06T22:00:00Z");
    expect(await authWith(created.secret)).toEqual({ ok: false, code: "token_expired" });
    setClock(`${TODAY}T10:00:00Z`);
  });

  it("refuses a token whose creator is deactivated in the organisation, and the list says so", async () => {
    const creator = await makeAdmin(org.supplier.id);
    const created = await createToken(creator.actor, input(), TODAY);
    expect((await authWith(created.secret)).ok).toBe(true);
    await setMembershipActive(admin.actor, creator.membership.id, false);
    expect(await authWith(created.secret)).toEqual({ ok: false, code: "token_creator_inactive" });
    expect((await listTokens(admin.actor)).find((r) => r.id === created.id)?.status).toBe("creator-inactive");
    await setMembershipActive(admin.actor, creator.membership.id, true);
    expect((await authWith(created.secret)).ok).toBe(true);
  });

  it("stops a key the moment its creator loses Administrera behörigheter, and the list says so", async () => {
    const creator = await makeAdmin(org.supplier.id);
    const created = await createToken(creator.actor, input(), TODAY);
    expect((await authWith(created.secret)).ok).toBe(true);
    await updateAccess(admin.actor, creator.membership.id, { permissions: ["REPORTING"], unitScope: "ALL", unitIds: [] });
    expect(await authWith(created.secret)).toEqual({ ok: false, code: "token_creator_inactive" });
    expect((await listTokens(admin.actor)).find((r) => r.id === created.id)?.status).toBe("creator-inactive");
    await updateAccess(admin.actor, creator.membership.id, { permissions: [], unitScope: "SELECTED", unitIds: [] });
    expect(await authWith(created.secret)).toEqual({ ok: false, code: "token_creator_inactive" });
  });

  it("answers 401 problems through the API, with WWW-Authenticate", async () => {
    const none = await call(participantsRoute.GET, { path: "/participants", token: null });
    expect(none.status).toBe(401);
    expect(none.headers.get("content-type")).toBe("application/problem+json");
    expect(none.headers.get("www-authenticate")).toBe('Bearer realm="api"');
    expect(none.body).toMatchObject({ status: 401, code: "unauthorized", type: "/api-dokumentation#fel-unauthorized" });
    const unknown = await call(participantsRoute.GET, { path: "/participants", token: "msfa_nope" });
    expect(unknown.body.code).toBe("invalid_token");
    expect(unknown.headers.get("www-authenticate")).toContain('error="invalid_token"');
  });
});
