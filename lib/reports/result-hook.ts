// What an approved Resultatredovisning sets off. Called by decideReport inside the approval's
// transaction, after the report's status is APPROVED and before the transaction commits: work
// done here commits or rolls back with the approval (throw to refuse the approval).
import type { ParticipantReport, Prisma } from "@/lib/generated/prisma/client";

/**
 * TODO(orders): create the result orders (resultatersättning R1/R2, tilläggsersättning,
 * snabbhetspremie: OrderKind RESULT) for the placement, from `report.data.employments`.
 * Does nothing yet.
 */
export async function onResultApproved(tx: Prisma.TransactionClient, report: ParticipantReport): Promise<void> {
  void tx;
  void report;
}
