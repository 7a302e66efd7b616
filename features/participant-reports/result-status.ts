// Where a placement stands on its result (resultStatus, ./rules), read from its reports: what
// period 2 and the officer's decision page both ask.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { resultStatus } from "./placement-rules";

export async function placementResultStatus(decisionId: string, client: Prisma.TransactionClient | typeof db = db) {
  const reports = await client.participantReport.findMany({ where: { decisionId, kind: "RESULT" }, select: { id: true, kind: true, status: true, correctsId: true } });
  return resultStatus(reports);
}
