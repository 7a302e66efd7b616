// The rules of gemensam planering (joint planning). Pure functions of the catalogue, the
// placement's facts, the period's earlier versions and a given `today` (YYYY-MM-DD).
// Safe for client components: no database, no clock.
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { REPORT_STATUS_LABELS } from "@/features/participant-reports/labels";
import { decisionState, interruptionInForce, type DecisionFacts, type PeriodFacts, type RuleResult } from "@/features/decisions/rules";

export interface CatalogueItem {
  code: string;
  name: string;
  mandatory: boolean;
  sortOrder: number;
}

export interface PlanningVersionFacts {
  version: number;
  status: ReportStatus;
  activityCodes: string[];
}

/** A planning has every report's statuses, named once (features/participant-reports/labels.ts). */
export const PLANNING_STATUS_LABELS: Record<ReportStatus, string> = REPORT_STATUS_LABELS;

export type PlanningRuleResult<T = undefined> = { ok: true; value: T } | { ok: false; message: string; field?: "activityCodes" };

const refuse = (message: string, field?: "activityCodes"): { ok: false; message: string; field?: "activityCodes" } =>
  field ? { ok: false, message, field } : { ok: false, message };

export const MANDATORY_MISSING_MESSAGE = "Planeringen måste innehålla alla obligatoriska aktiviteter.";
export const NO_OPTIONAL_MESSAGE = "Välj minst en valfri aktivitet.";
export const UNKNOWN_ACTIVITY_MESSAGE = "Planeringen innehåller en aktivitet som inte finns i tjänstens aktivitetslista.";

/**
 * Every mandatory activity of the version's catalogue, at least one optional, and only codes
 * from that catalogue. Returns the codes deduplicated, in catalogue order.
 */
export function validateActivities(catalogue: CatalogueItem[], codes: string[]): PlanningRuleResult<string[]> {
  const known = new Map(catalogue.map((c) => [c.code, c]));
  const chosen = new Set(codes);
  const unknown = [...chosen].filter((c) => !known.has(c));
  if (unknown.length) return refuse(UNKNOWN_ACTIVITY_MESSAGE, "activityCodes");
  const missing = catalogue.filter((c) => c.mandatory && !chosen.has(c.code));
  if (missing.length) return refuse(`${MANDATORY_MISSING_MESSAGE} Saknas: ${missing.map((m) => m.name).join(", ")}.`, "activityCodes");
  if (!catalogue.some((c) => !c.mandatory && chosen.has(c.code))) return refuse(NO_OPTIONAL_MESSAGE, "activityCodes");
  const ordered = [...catalogue].sort((a, b) => a.sortOrder - b.sortOrder).filter((c) => chosen.has(c.code)).map((c) => c.code);
  return { ok: true, value: ordered };
}

/**
 * May a planning be submitted for this period today? Not once the period has ended, not when
 * the placement is interrupted, and not for a period that an interruption already in the
 * calendar keeps from starting. A planned interruption later in the period does not stop it.
 */
export function validatePlanningPeriod(facts: DecisionFacts, period: PeriodFacts, today: string): RuleResult {
  if (decisionState(facts, today) === "interrupted") return refuse("Deltagandet har avbrutits. Det går inte att skicka in en gemensam planering.");
  if (period.endDate < today) return refuse(`Period ${period.number} har redan avslutats. Det går inte att skicka in en gemensam planering för den.`);
  const interruption = interruptionInForce(facts);
  if (interruption && interruption.date <= period.startDate) {
    return refuse(`Deltagandet avbryts innan period ${period.number} börjar. Det går inte att skicka in en gemensam planering för den.`);
  }
  return { ok: true, value: undefined };
}

/**
 * The period a new planning is for: the first that has not ended (the running one, or the
 * first one while it has not started). Null when every period has ended.
 */
export function currentPlanningPeriod(facts: DecisionFacts, today: string): PeriodFacts | null {
  return [...facts.periods].sort((a, b) => a.number - b.number).find((p) => p.endDate >= today) ?? null;
}

/**
 * A new version may follow any latest status: RECEIVED (it supersedes that one for approval),
 * APPROVED (an update; the approved one stays in force until the new one is approved) or
 * REJECTED. The next version number is the latest + 1.
 */
export function nextVersion(versions: Pick<PlanningVersionFacts, "version">[]): number {
  return versions.reduce((max, v) => Math.max(max, v.version), 0) + 1;
}

export function latestVersion<T extends Pick<PlanningVersionFacts, "version">>(versions: T[]): T | undefined {
  return versions.reduce<T | undefined>((latest, v) => (!latest || v.version > latest.version ? v : latest), undefined);
}

/** A RECEIVED version with a later version after it waits for nothing: it is never decided. */
export function isSuperseded(planning: Pick<PlanningVersionFacts, "version" | "status">, versions: Pick<PlanningVersionFacts, "version">[]): boolean {
  return planning.status === "RECEIVED" && versions.some((v) => v.version > planning.version);
}

/** Only the latest version of the period, and only while it is RECEIVED, can be decided. */
export function validateDecidable(planning: Pick<PlanningVersionFacts, "version" | "status">, versions: Pick<PlanningVersionFacts, "version">[]): RuleResult {
  if (planning.status !== "RECEIVED") return refuse("Planeringen är redan beslutad.");
  if (isSuperseded(planning, versions)) return refuse("En senare version av planeringen har skickats in. Bara den senaste versionen kan beslutas.");
  return { ok: true, value: undefined };
}

/** The version in force: the latest APPROVED one (a newer version waiting for approval does not replace it). */
export function planningInForce<T extends Pick<PlanningVersionFacts, "version" | "status">>(versions: T[]): T | undefined {
  return latestVersion(versions.filter((v) => v.status === "APPROVED"));
}

/** The activity codes of the latest APPROVED version; [] when none is approved. */
export function approvedActivities(plannings: PlanningVersionFacts[]): string[] {
  return planningInForce(plannings)?.activityCodes ?? [];
}
