// Who may be handledare, how many participants one may have, and when a participant needs
// one. Pure functions of the facts they are given.
import type { Permission, ServiceVersion } from "@/lib/generated/prisma/enums";

/** Rusta och matcha 2: at most 50 participants at a time per handledare; version 1 has no cap. */
export const HANDLEDARE_CAP: Record<ServiceVersion, number | null> = { ROM1: null, ROM2: 50 };

export interface CandidateFacts {
  userActive: boolean;
  membershipActive: boolean;
  permissions: Permission[];
  allUnits: boolean;
  unitIds: string[];
}

/** Only active holders of the reporting permission at the participant's unit can be handledare. */
export function canBeHandledareAt(c: CandidateFacts, unitId: string): boolean {
  return c.userActive && c.membershipActive && c.permissions.includes("REPORTING") && (c.allUnits || c.unitIds.includes(unitId));
}

export function capFor(serviceVersion: ServiceVersion): number | null {
  return HANDLEDARE_CAP[serviceVersion];
}

/**
 * Refuses an assignment that would take a handledare above the cap. `currentLoad` counts the
 * handledare's current participants; `adding` those this assignment gives them anew.
 */
export function checkCap(input: { name: string; currentLoad: number; adding: number; serviceVersion: ServiceVersion }): { ok: true } | { ok: false; message: string } {
  const cap = capFor(input.serviceVersion);
  if (cap === null || input.currentLoad + input.adding <= cap) return { ok: true };
  const room = Math.max(0, cap - input.currentLoad);
  return {
    ok: false,
    message: `${input.name} har redan ${input.currentLoad} deltagare och taket är ${cap} i Rusta och matcha 2. ${
      room === 0 ? "Välj en annan handledare." : `Det finns plats för ${room} till; välj färre deltagare eller en annan handledare.`
    }`,
  };
}

export interface AssignmentNeedFacts {
  hasCurrentHandledare: boolean;
  /** the latest period: period 2 needs the supplier to confirm the handledare for it */
  latestPeriod: { number: number; handledareConfirmed: boolean };
}

/** Period 2 starts without a handledare until the supplier confirms (or changes) the one they had. */
export function periodAwaitsHandledare(latestPeriod: AssignmentNeedFacts["latestPeriod"]): boolean {
  return latestPeriod.number >= 2 && !latestPeriod.handledareConfirmed;
}

/**
 * A participant is on the "Nya deltagare" list while this holds (and the placement is
 * ongoing). The stored read model keeps the same rule in SQL (features/decisions/read-model.ts).
 */
export function needsAssignment(f: AssignmentNeedFacts): boolean {
  return !f.hasCurrentHandledare || periodAwaitsHandledare(f.latestPeriod);
}
