// The export's columns that the original portal's file has and that are derived rather than
// stored: Sparkod, Tolkbehov, Förlängning. Plain functions of the stored facts.
import type { Level } from "@/lib/generated/prisma/enums";

/**
 * Sparkod in the original portal's export reads "A012SP" and a digit for the level. Source: the
 * unofficial user guide DOMAIN.md cites (github kottetall/fristaende-aktorer,
 * public/src/instructions_msfa.js, "Export till Excel": "Under rubriken Sparkod hittar du
 * information om vilken nivå som gäller för deltagaren. Den sista siffran visar om det är nivå A,
 * B eller C (1 = Nivå A, 2 = Nivå B och 3 = Nivå C)"); the prefix A012SP is read from its
 * screenshot public/img/original/exportera_information_om_deltagare_excel.png (A012SP1,
 * A012SP3). The seeds do not mention Sparkod. *(assumed)* The same prefix for both service
 * versions: the sources show only the KROM era.
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

/**
 * Förlängning: "Ja" when the placement has been granted period 2. Source: the same user guide,
 * "Export till Excel": "Här kan du hitta information om deltagaren fått beslut om period 2 under
 * rubriken Förlängning". (A period end moved later by the officer is not a förlängning in this
 * column; the seeds use "förlängning" only of a praktik [000] and of stöd och matchning [003].)
 */
export function extensionText(placement: { periodNumbers: readonly number[] }): "Ja" | "Nej" {
  return placement.periodNumbers.includes(2) ? "Ja" : "Nej";
}
