// What an approved Resultatredovisning sets off. Called by decideParticipantReport inside the
// approval's transaction, after the report's status is APPROVED and before the transaction
// commits: the result order commits or rolls back with the approval.
import type { ParticipantReport, Prisma } from "@/lib/generated/prisma/client";
import { createResultOrder } from "@/features/orders/result-order";

export async function onResultApproved(tx: Prisma.TransactionClient, report: ParticipantReport): Promise<void> {
  await createResultOrder(tx, report);
}
