// How a gemensam planering version is shown: its activities with their catalogue names and the
// names of who sent and decided it, for the supplier's and the officer's pages (./queries.ts,
// ./officer-review.ts).
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/authz/permissions";
import { isSuperseded, planningInForce, PLANNING_STATUS_LABELS, type CatalogueItem } from "./rules";

export type Client = Prisma.TransactionClient | typeof db;

export const planningInclude = { activities: { select: { activityCode: true } } } as const satisfies Prisma.JointPlanningInclude;
export type PlanningRow = Prisma.JointPlanningGetPayload<{ include: typeof planningInclude }>;

export interface PlanningActivityView {
  code: string;
  name: string;
  mandatory: boolean;
}

export interface PlanningView {
  id: string;
  periodId: string;
  version: number;
  status: ReportStatus;
  statusLabel: string;
  /** RECEIVED, but a later version was submitted: it will not be decided */
  superseded: boolean;
  /** the latest APPROVED version of its period */
  inForce: boolean;
  remote: boolean;
  statusReason: string | null;
  submittedAt: Date;
  submittedBy: string;
  decidedAt: Date | null;
  decidedBy: string | null;
  activities: PlanningActivityView[];
}

export function activityViews(codes: string[], names: Map<string, CatalogueItem>): PlanningActivityView[] {
  return codes
    .map((code) => {
      const item = names.get(code);
      return { code, name: item?.name ?? code, mandatory: item?.mandatory ?? false, sortOrder: item?.sortOrder ?? Number.MAX_SAFE_INTEGER };
    })
    .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
    .map(({ sortOrder: _s, ...rest }) => rest);
}

async function peopleNames(client: Client, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map();
  const users = await client.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** Views of a period's versions, latest first. Staff see "Arbetsförmedlingen" as the decider, officers the officer's name. */
export async function planningViews(client: Client, rows: PlanningRow[], names: Map<string, CatalogueItem>, audience: Actor["kind"]): Promise<PlanningView[]> {
  const people = await peopleNames(client, rows.flatMap((r) => [r.submittedById, r.decidedById]));
  const byPeriod = new Map<string, PlanningRow[]>();
  for (const r of rows) byPeriod.set(r.periodId, [...(byPeriod.get(r.periodId) ?? []), r]);
  return [...rows]
    .sort((a, b) => b.version - a.version)
    .map((r) => {
      const siblings = byPeriod.get(r.periodId) ?? [];
      return {
        id: r.id,
        periodId: r.periodId,
        version: r.version,
        status: r.status,
        statusLabel: PLANNING_STATUS_LABELS[r.status],
        superseded: isSuperseded(r, siblings),
        inForce: planningInForce(siblings)?.id === r.id,
        remote: r.remote,
        statusReason: r.statusReason,
        submittedAt: r.submittedAt,
        submittedBy: people.get(r.submittedById) ?? "",
        decidedAt: r.decidedAt,
        decidedBy: r.decidedById ? (audience === "officer" ? (people.get(r.decidedById) ?? "") : "Arbetsförmedlingen") : null,
        activities: activityViews(r.activities.map((a) => a.activityCode), names),
      };
    });
}

/** The decision, if the actor may work with its plannings; otherwise "not found". */
