// A handledare's load: the placements they are handledare for that are still running (not
// ended, no interruption in force). The cap is "50 at a time", and a handledare with
// participants can neither lose Rapportering nor be deactivated: a placement that has ended
// keeps its last handledare, and counting those too held the place, and the person, for good.
import type { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ongoingSql } from "@/features/decisions/facts";

type Client = Prisma.TransactionClient | typeof db;

/** Running participants per handledare among `userIds`, in one organisation (from Decision_handledare_load_idx). */
export async function loads(client: Client, supplierId: string, userIds: string[], today: string): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await client.$queryRawUnsafe<{ id: string; n: number }[]>(
    `SELECT d."currentHandledareId" AS id, count(*)::int AS n FROM "Decision" d
      WHERE d."supplierId" = $1::uuid AND d."currentHandledareId" = ANY($2::uuid[]) AND ${ongoingSql("$3::date")}
      GROUP BY d."currentHandledareId"`,
    supplierId, userIds, today,
  );
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** One handledare's running participants in one organisation. */
export async function loadOf(client: Client, supplierId: string, userId: string, today: string): Promise<number> {
  return (await loads(client, supplierId, [userId], today)).get(userId) ?? 0;
}
