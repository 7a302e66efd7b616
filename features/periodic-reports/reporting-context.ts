// What every periodic-report read and write starts from: the decision the actor may report on
// (otherwise "not found"), its service facts, and the month's approved activities from the joint
// planning in force (features/planning). Shared by ./queries.ts, ./service.ts and ./officer-review.ts.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/authz/permissions";
import { loadPlacementFor } from "@/lib/authz/access";
import { decisionFacts, factsInclude } from "@/features/decisions/facts";
import { toIsoDate } from "@/features/decisions/periods";
import { activityNames } from "@/features/planning/catalogue";
import { approvedPlanningVersions } from "@/features/planning/queries";
import { approvedActivities } from "@/features/planning/rules";
import { z } from "@/lib/validation/zod";
import { type Issue } from "./hours-rules";
import { type ServiceFacts } from "./rules";

export type Tx = Prisma.TransactionClient;
export type Client = Tx | typeof db;

// ---------------------------------------------------------------------------------------
// Access

export const decisionInclude = {
  ...factsInclude,
  participant: { select: { firstName: true, lastName: true } },
  unit: { select: { name: true } },
} as const satisfies Prisma.DecisionInclude;

export type DecisionRow = Prisma.DecisionGetPayload<{ include: typeof decisionInclude }>;

const NOT_FOUND = "Deltagaren finns inte.";

/** The decision, if the actor may report on it; otherwise "not found" (other units, suppliers, permissions alike). */
export async function decisionForReporting(client: Client, actor: Actor, decisionId: string): Promise<DecisionRow> {
  return loadPlacementFor(actor, "reportOnParticipants", decisionId, { include: decisionInclude, tx: client, message: NOT_FOUND });
}

/**
 * The same check before a write's transaction, without loading the placement: a replayed
 * idempotency key is answered before the transaction starts, and nobody locks a placement they
 * may not see. The transaction then loads the decision once, under its lock.
 */
export async function assertMayReportOn(actor: Actor, decisionId: string): Promise<void> {
  await loadPlacementFor(actor, "reportOnParticipants", decisionId, { select: { id: true }, message: NOT_FOUND });
}

export async function lockDecision(tx: Tx, decisionId: string) {
  await tx.$queryRaw`SELECT id FROM "Decision" WHERE id = ${decisionId}::uuid FOR UPDATE`;
}

export const serviceFacts = (d: DecisionRow): ServiceFacts => {
  const f = decisionFacts(d);
  return { periods: f.periods, interruptions: f.interruptions };
};

/** Refuses with every issue at once, each pointing at its cell or field (shown next to it). */
export function refuse(issues: Issue[]): never {
  throw new z.ZodError(issues.map((i) => ({ code: "custom" as const, path: i.path, message: i.message, input: undefined })));
}

// ---------------------------------------------------------------------------------------
// The approved joint planning (features/planning: the version in force per period)

export interface ActivityInfo {
  code: string;
  name: string;
  mandatory: boolean;
  sortOrder: number;
}

/** These codes' catalogue entries (retired activities too); a code the catalogue lacks shows as itself, last. */
export async function activityInfo(client: Client, serviceVersion: DecisionRow["serviceVersion"], codes: string[]): Promise<Map<string, ActivityInfo>> {
  const catalogue = codes.length ? await activityNames(serviceVersion, client) : new Map<string, ActivityInfo>();
  return new Map(codes.map((code) => [code, catalogue.get(code) ?? { code, name: code, mandatory: false, sortOrder: 1000 }]));
}

export const byCatalogueOrder = (a: ActivityInfo, b: ActivityInfo) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "sv");

/** The month's approved activities: per active day those of the approved planning of that day's period. */
export async function approvedForMonth(client: Client, d: DecisionRow, days: string[]) {
  const periods = d.periods.filter((p) => days.some((day) => toIsoDate(p.startDate) <= day && day <= toIsoDate(p.endDate)));
  const versions = await approvedPlanningVersions(periods.map((p) => p.id), client);
  const byPeriod = new Map(periods.map((p) => [p.id, approvedActivities(versions.get(p.id) ?? [])]));
  const approvedOn: Record<string, string[]> = {};
  for (const day of days) {
    const p = periods.find((x) => toIsoDate(x.startDate) <= day && day <= toIsoDate(x.endDate));
    approvedOn[day] = p ? (byPeriod.get(p.id) ?? []) : [];
  }
  const codes = [...new Set([...byPeriod.values()].flat())];
  const catalogue = await activityInfo(client, d.serviceVersion, codes);
  return { approvedOn, activities: codes.map((c) => catalogue.get(c)!).sort(byCatalogueOrder) };
}
