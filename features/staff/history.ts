// A person's account history as the administrator reads it: what happened, and for a change
// of access what it was before and after. Pure; the names come from the caller.
import { PERMISSION_LABELS } from "@/lib/authz/permissions";
import type { Permission } from "@/lib/generated/prisma/enums";

const LABELS: Record<string, string> = {
  "staff.invited": "Inbjuden",
  "staff.invitation-reissued": "Ny inbjudningslänk skapad",
  "staff.access-changed": "Behörigheter eller verksamheter ändrade",
  "staff.deactivated": "Inaktiverad",
  "staff.reactivated": "Återaktiverad",
  "staff.phone-changed": "Telefonnummer i arbetet ändrat",
  "user.phone-changed": "Telefonnummer i arbetet ändrat av personen själv",
};

export function describeAuditEvent(action: string): string {
  return LABELS[action] ?? action;
}

interface AccessSnapshot {
  phone?: string | null;
  permissions?: string[];
  allUnits?: boolean;
  unitIds?: string[];
}

const isSnapshot = (v: unknown): v is AccessSnapshot => v !== null && typeof v === "object" && !Array.isArray(v);

/** "Behörigheter: Rapportering → Rapportering, Ta emot nya deltagare" and the same for units; [] when nothing shows. */
export function describeAccessChange(before: unknown, after: unknown, unitName: (id: string) => string): string[] {
  if (!isSnapshot(before) || !isSnapshot(after)) return [];
  const perms = (s: AccessSnapshot) => (s.permissions ?? []).map((p) => PERMISSION_LABELS[p as Permission] ?? p).join(", ") || "inga";
  const units = (s: AccessSnapshot) => (s.allUnits ? "alla verksamheter" : (s.unitIds ?? []).map(unitName).sort((a, b) => a.localeCompare(b, "sv")).join(", ") || "inga");
  const out: string[] = [];
  if ("phone" in before || "phone" in after) {
    if (before.phone !== after.phone) out.push(`Telefon: ${before.phone ?? "inget"} → ${after.phone ?? "inget"}`);
    return out;
  }
  if (perms(before) !== perms(after)) out.push(`Behörigheter: ${perms(before)} → ${perms(after)}`);
  if (units(before) !== units(after)) out.push(`Verksamheter: ${units(before)} → ${units(after)}`);
  return out;
}

/** Unit ids named in the snapshots of an access change, to look their names up. */
export function unitIdsIn(...snapshots: unknown[]): string[] {
  return [...new Set(snapshots.flatMap((s) => (isSnapshot(s) ? s.unitIds ?? [] : [])))];
}
