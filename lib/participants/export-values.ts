// The export's columns that the original portal's file has and that are derived rather than
// stored: Sparkod, Tolkbehov, Förlängning. Plain functions of the stored facts.
import type { Level } from "@/lib/generated/prisma/enums";

/**
 * Sparkod in the original portal's export reads "A012SP" and a digit for the level (A012SP1,
 * A012SP2, A012SP3 in the user guide's 2022 screenshot). *(assumed)* The same prefix for both
 * service versions: the sources show only the KROM era.
 */
export const TRACK_CODE_PREFIX = "A012SP";
const LEVEL_DIGIT: Record<Level, 1 | 2 | 3> = { A: 1, B: 2, C: 3 };

export function trackCode(level: Level): string {
  return `${TRACK_CODE_PREFIX}${LEVEL_DIGIT[level]}`;
}

/** "Nej", or "Ja" with the interpreter's language when it has been given. */
export function interpreterNeedText(needed: boolean, language: string | null): string {
  if (!needed) return "Nej";
  const spoken = language?.trim();
  return spoken ? `Ja, ${spoken}` : "Ja";
}

/** Ja when the period now ends later than it was granted to (its end was moved forward). */
export function extensionText(period: { endDate: string; originalEndDate: string }): "Ja" | "Nej" {
  return period.endDate > period.originalEndDate ? "Ja" : "Nej";
}
