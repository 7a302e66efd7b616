// The activity catalogue of a service version (reference data seeded by migration).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ServiceVersion } from "@/lib/generated/prisma/enums";
import type { CatalogueItem } from "./rules";

type Client = Prisma.TransactionClient | typeof db;

/**
 * The version's catalogue as offered today: its active activities, in catalogue order (what a
 * new planning may contain). Retired ones are only in activityNames.
 */
export async function activityCatalogue(serviceVersion: ServiceVersion, client: Client = db): Promise<CatalogueItem[]> {
  return client.activityType.findMany({
    where: { serviceVersion, active: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { code: true, name: true, mandatory: true, sortOrder: true },
  });
}

/** Names of every activity of the version, retired ones too, for showing earlier plannings. */
export async function activityNames(serviceVersion: ServiceVersion, client: Client = db): Promise<Map<string, CatalogueItem>> {
  const rows = await client.activityType.findMany({
    where: { serviceVersion },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { code: true, name: true, mandatory: true, sortOrder: true },
  });
  return new Map(rows.map((r) => [r.code, r]));
}
