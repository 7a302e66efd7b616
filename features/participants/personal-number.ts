// The personal identity number is shown only on request, to those who report on the
// participant, and every showing is audited (without the number itself).
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { loadPlacementFor } from "@/lib/authz/access";
import type { Actor } from "@/lib/authz/permissions";
import { formatPersonnummer } from "@/lib/validation/personnummer";

export async function revealPersonalIdentityNumber(actor: Actor, decisionId: string): Promise<string> {
  const d = await loadPlacementFor(actor, "revealPersonnummer", decisionId, { include: { participant: { select: { id: true, personalIdentityNumber: true } } } });
  await audit(db, { actorId: actor.userId, supplierId: d.supplierId, action: "participant.pnr-revealed", entityType: "Participant", entityId: d.participant.id, after: { decisionId } });
  return formatPersonnummer(d.participant.personalIdentityNumber);
}
