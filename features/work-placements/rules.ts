// Praktik: a work placement beside the service (a parallel measure). Pure rules.
// Sources (DOMAIN.md [000]): at most three months per placement period, several allowed;
// "Vid längre praktik bryter vi anvisning": a longer one ends the placement instead.
// *(assumed)*: three months = 92 days in all per period; a praktik lies within one period,
// outside any interruption, does not overlap another, and is never backdated (as interruptions).
import { formatDate } from "@/lib/format";
import { daysBetween } from "@/features/decisions/periods";
import { interruptionInForce, type DecisionFacts } from "@/features/decisions/rules";

export const WORK_PLACEMENT_MAX_DAYS = 92;

export interface WorkPlacementFacts {
  startDate: string;
  endDate: string;
}

const days = (p: WorkPlacementFacts) => daysBetween(p.startDate, p.endDate) + 1;

export type WorkPlacementCheck = { ok: true; value: { periodNumber: number; daysLeft: number } } | { ok: false; message: string; field: "startDate" | "endDate" };

export function validateWorkPlacement(facts: DecisionFacts, existing: WorkPlacementFacts[], input: WorkPlacementFacts, today: string): WorkPlacementCheck {
  const refuse = (message: string, field: "startDate" | "endDate" = "startDate") => ({ ok: false as const, message, field });
  if (input.endDate < input.startDate) return refuse("Slutdatum kan inte ligga före startdatum.", "endDate");
  if (input.startDate < today) return refuse("Praktik registreras inte bakåt i tiden: startdatum är i dag eller senare.");
  const period = facts.periods.find((p) => p.startDate <= input.startDate && input.startDate <= p.endDate);
  if (!period) return refuse("Praktiken måste börja inom en av deltagarens perioder.");
  if (input.endDate > period.endDate) return refuse(`Praktiken måste sluta inom perioden (senast ${formatDate(period.endDate)}).`, "endDate");
  const interruption = interruptionInForce(facts);
  if (interruption && input.endDate >= interruption.date) return refuse("Praktiken kan inte pågå efter deltagandets avbrott.", "endDate");
  const inPeriod = existing.filter((p) => p.startDate <= period.endDate && p.endDate >= period.startDate);
  if (inPeriod.some((p) => p.startDate <= input.endDate && input.startDate <= p.endDate)) return refuse("Praktiken överlappar en annan registrerad praktik.");
  const used = inPeriod.reduce((s, p) => s + days(p), 0);
  if (used + days(input) > WORK_PLACEMENT_MAX_DAYS) {
    return refuse(
      `Praktik får vara högst tre månader (${WORK_PLACEMENT_MAX_DAYS} dagar) per period; ${used} dagar är redan registrerade. Vid längre praktik bryts anvisningen: registrera ett avbrott i stället.`,
      "endDate",
    );
  }
  return { ok: true, value: { periodNumber: period.number, daysLeft: WORK_PLACEMENT_MAX_DAYS - used - days(input) } };
}
