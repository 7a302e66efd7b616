// Exactly-once submissions: the work and the record of its key commit together, so a
// repeat (double click, second tab, retry, another app instance) gets the first result.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RuleError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/errors";


export async function once(
  key: string,
  actorId: string,
  action: string,
  run: (tx: Prisma.TransactionClient) => Promise<string>,
): Promise<{ resultId: string; replayed: boolean }> {
  const replay = async () => {
    const existing = await db.idempotencyRecord.findUnique({ where: { key } });
    if (!existing) return null;
    if (existing.actorId !== actorId || existing.action !== action) throw new RuleError("Begäran har redan använts till något annat. Ladda om sidan och försök igen.");
    return { resultId: existing.resultId, replayed: true };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await db.$transaction(async (tx) => {
      // Claimed first: a concurrent twin waits here and then fails on the key.
      await tx.idempotencyRecord.create({ data: { key, actorId, action, resultId: "" } });
      const resultId = await run(tx);
      await tx.idempotencyRecord.update({ where: { key }, data: { resultId } });
      return { resultId, replayed: false };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      const twin = await replay();
      if (twin) return twin;
    }
    throw err;
  }
}
