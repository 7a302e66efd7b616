// A handledare's work phone (User.phone, shown in the välkomstbrev) can be entered (issue #14):
// by the person themself, and by their organisation's behörighetsadministratör, never by
// another organisation's. Validated with the shared schema, audited with who, when, before, after.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import { z } from "@/lib/validation/zod";
import { setClock } from "@/lib/clock";
import { getStaffMember } from "@/features/staff/queries";
import { getOwnPhone, setMemberPhone, setOwnPhone } from "@/features/staff/phone";
import { describeAuditEvent } from "@/features/staff/history";
import type { StaffActor } from "@/lib/authz/permissions";
import { makeStaff, makeSupplier, staffActor } from "../support/factories";

let org: Awaited<ReturnType<typeof makeSupplier>>;
let admin: StaffActor;
let otherAdmin: StaffActor;
let handledare: StaffActor;
let member: Awaited<ReturnType<typeof makeStaff>>;

beforeAll(async () => {
  setClock(new Date("2026-11-20T09:00:00Z"));
  org = await makeSupplier({ units: 1 });
  const other = await makeSupplier({ units: 1 });
  admin = await staffActor((await makeStaff({ supplierId: org.supplier.id, permissions: ["ADMINISTER_PERMISSIONS"] })).user.id, org.supplier.id);
  otherAdmin = await staffActor((await makeStaff({ supplierId: other.supplier.id, permissions: ["ADMINISTER_PERMISSIONS"] })).user.id, other.supplier.id);
  member = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] });
  handledare = await staffActor(member.user.id, org.supplier.id);
});

const phoneOf = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { phone: true } })).phone;

describe("a staff member's own work phone", () => {
  it("is saved as typed (white space tidied) and audited with before and after", async () => {
    expect(await getOwnPhone(handledare)).toBeNull();
    expect(await setOwnPhone(handledare, "  070-123  45 67 ")).toBe("070-123 45 67");
    expect(await phoneOf(member.user.id)).toBe("070-123 45 67");
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "user.phone-changed", entityId: member.user.id } });
    expect(row).toMatchObject({ actorId: member.user.id, supplierId: org.supplier.id, entityType: "User", before: { phone: null }, after: { phone: "070-123 45 67" } });
    expect(row.at.toISOString()).toBe("2026-11-20T09:00:00.000Z");
  });

  it("refuses what is not a Swedish number with a Swedish message at the field, and changes nothing", async () => {
    for (const bad of ["12345", "+47 22 12 34 56", "070-123 45 67 89 00", "ring mig", "0046"]) {
      const err = await setOwnPhone(handledare, bad).catch((e) => e);
      expect(err, bad).toBeInstanceOf(z.ZodError);
      expect((err as z.ZodError).issues[0].message, bad).toMatch(/^Ange ett svenskt telefonnummer/);
    }
    expect(await phoneOf(member.user.id)).toBe("070-123 45 67");
  });

  it("an empty field removes it", async () => {
    setClock(new Date("2026-11-20T10:00:00Z"));
    expect(await setOwnPhone(handledare, "")).toBeNull();
    expect(await phoneOf(member.user.id)).toBeNull();
    const last = await db.auditEvent.findFirstOrThrow({ where: { action: "user.phone-changed", entityId: member.user.id }, orderBy: { at: "desc" } });
    expect(last).toMatchObject({ before: { phone: "070-123 45 67" }, after: { phone: null } });
  });
});

describe("a member's work phone, set by the behörighetsadministratör", () => {
  it("the organisation's administrator sets it; the member's history shows the change", async () => {
    setClock(new Date("2026-11-21T09:00:00Z"));
    expect(await setMemberPhone(admin, member.membership.id, "+46 8 46 50 04 20")).toBe("+46 8 46 50 04 20");
    expect(await phoneOf(member.user.id)).toBe("+46 8 46 50 04 20");
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "staff.phone-changed", entityId: member.membership.id } });
    expect(row).toMatchObject({ actorId: admin.userId, supplierId: org.supplier.id, entityType: "Membership", before: { phone: null }, after: { phone: "+46 8 46 50 04 20" } });
    expect(row.at.toISOString()).toBe("2026-11-21T09:00:00.000Z");
    const view = await getStaffMember(admin, member.membership.id);
    expect(view.phone).toBe("+46 8 46 50 04 20");
    expect(view.history.find((h) => h.action === "staff.phone-changed")?.changes).toEqual(["Telefon: inget → +46 8 46 50 04 20"]);
  });

  it("the member's history also shows the changes they made to their own number on Start, by them (issue #14)", async () => {
    const view = await getStaffMember(admin, member.membership.id);
    const own = view.history.filter((h) => h.action === "user.phone-changed");
    expect(own.length).toBeGreaterThanOrEqual(2);
    expect(own.map((h) => h.by)).toEqual(own.map(() => member.user.name));
    expect(own.flatMap((h) => h.changes)).toContain("Telefon: inget → 070-123 45 67");
    expect(describeAuditEvent("user.phone-changed")).toBe("Telefonnummer i arbetet ändrat av personen själv");
  });

  it("another organisation's administrator cannot change it: not found, nothing changed, nothing audited", async () => {
    const audits = await db.auditEvent.count();
    await expect(setMemberPhone(otherAdmin, member.membership.id, "031-390 06 99")).rejects.toBeInstanceOf(NotFoundError);
    expect(await phoneOf(member.user.id)).toBe("+46 8 46 50 04 20");
    expect(await db.auditEvent.count()).toBe(audits);
  });

  it("a member without Administrera behörigheter cannot change someone else's", async () => {
    await expect(setMemberPhone(handledare, member.membership.id, "031-390 06 99")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await phoneOf(member.user.id)).toBe("+46 8 46 50 04 20");
  });

  it("an invited person who has not accepted: not shown, not changed (the account may be someone's elsewhere)", async () => {
    const invited = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id], withPassword: false });
    await db.user.update({ where: { id: invited.user.id }, data: { phone: "08-46 50 04 99" } });
    expect((await getStaffMember(admin, invited.membership.id)).phone).toBeNull();
    await expect(setMemberPhone(admin, invited.membership.id, "08-46 50 04 11")).rejects.toBeInstanceOf(RuleError);
    expect(await phoneOf(invited.user.id)).toBe("08-46 50 04 99");
  });
});
