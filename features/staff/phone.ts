// A staff member's work phone (User.phone, shown in the välkomstbrev; issue #14): set by the
// person themself, or by their organisation's behörighetsadministratör for a member of that
// organisation. Validated with the shared schema, audited with before and after.
import "server-only";
import { db, dbHandle } from "@/lib/db";
import { audit } from "@/lib/audit";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import type { Actor } from "@/lib/authz/permissions";
import { assertManager } from "@/lib/authz/assert";
import { storedPhone, workPhone } from "./schemas";

/** The signed-in staff member's own work phone. */
export async function getOwnPhone(actor: Actor): Promise<string | null> {
  if (actor.kind !== "staff") throw new ForbiddenError();
  const [row] = await dbHandle().sql.query<{ phone: string | null }>(`SELECT u.phone FROM "User" u WHERE u.id = $1::uuid`, [actor.userId], { prepared: true });
  if (!row) throw new ForbiddenError();
  return row.phone;
}

/** Sets the signed-in staff member's own work phone ("" removes it). */
export async function setOwnPhone(actor: Actor, raw: string): Promise<string | null> {
  if (actor.kind !== "staff") throw new ForbiddenError();
  const phone = storedPhone(workPhone.parse(raw));
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { phone: true } });
    if (before.phone === phone) return;
    await tx.user.update({ where: { id: actor.userId }, data: { phone } });
    await audit(tx, { actorId: actor.userId, supplierId: actor.supplierId, action: "user.phone-changed", entityType: "User", entityId: actor.userId, before: { phone: before.phone }, after: { phone } });
  });
  return phone;
}

/**
 * Sets the work phone of a member of the administrator's own organisation. Another
 * organisation's member is "not found", so memberships cannot be probed.
 */
export async function setMemberPhone(actor: Actor, membershipId: string, raw: string): Promise<string | null> {
  assertManager(actor);
  const phone = storedPhone(workPhone.parse(raw));
  await db.$transaction(async (tx) => {
    const m = await tx.membership.findFirst({ where: { id: membershipId, supplierId: actor.supplierId }, select: { id: true, acceptedAt: true, user: { select: { id: true, phone: true } } } });
    if (!m) throw new NotFoundError("Personen finns inte i organisationen.");
    // Before the person has accepted, the account may be someone's elsewhere: not ours to change.
    if (m.acceptedAt === null) throw new RuleError("Telefonnumret kan anges när personen har tackat ja till inbjudan.", "phone");
    if (m.user.phone === phone) return;
    await tx.user.update({ where: { id: m.user.id }, data: { phone } });
    // On the membership, so that it shows in the person's history on the administration page.
    await audit(tx, { actorId: actor.userId, supplierId: actor.supplierId, action: "staff.phone-changed", entityType: "Membership", entityId: m.id, before: { phone: m.user.phone }, after: { phone } });
  });
  return phone;
}
