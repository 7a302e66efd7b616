// The personal identity number is shown only on request, to those who report on the
// participant, and every showing is audited (without the number itself).
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { NotFoundError } from "@/lib/authz/errors";
import { canAt, type Actor } from "@/lib/authz/permissions";
import { formatPersonnummer } from "@/lib/validation/personnummer";

export async function revealPersonalIdentityNumber(actor: Actor, decisionId: string): Promise<string> {
  if (actor.kind !== "staff") throw new NotFoundError("Deltagaren finns inte.");
  const d = await db.decision.findFirst({ where: { id: decisionId, supplierId: actor.supplierId }, include: { participant: { select: { id: true, personalIdentityNumber: true } } } });
  if (!d || !canAt(actor, "reportOnParticipants", { supplierId: d.supplierId, unitId: d.unitId })) throw new NotFoundError("Deltagaren finns inte.");
  await audit(db, { actorId: actor.userId, supplierId: actor.supplierId, action: "participant.pnr-revealed", entityType: "Participant", entityId: d.participant.id, after: { decisionId } });
  return formatPersonnummer(d.participant.personalIdentityNumber);
}
