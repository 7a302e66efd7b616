// The organisations a person may choose to work in (Välj organisation).
import { db } from "@/lib/db";

/** The person's active memberships with their organisation, by the organisation's name. */
export async function organisationsOf(userId: string) {
  return db.membership.findMany({
    where: { userId, active: true },
    include: { supplier: { select: { id: true, name: true, orgNumber: true } } },
    orderBy: { supplier: { name: "asc" } },
  });
}
