// The rules of a placement (beslut): its state, periods and interruptions. Pure functions of
// the stored facts and a given `today` (YYYY-MM-DD, Swedish date) — no clock, no database.
import { addCalendarDays, daysBetween, nextDay, periodEnd, serviceLimit } from "./periods";

export type DecisionState = "new" | "active" | "planned-interruption" | "interrupted" | "period-ended" | "completed";

export const DECISION_STATE_LABELS: Record<DecisionState, string> = {
  new: "Ny, saknar handledare",
  active: "Pågående",
  "planned-interruption": "Planerat avbrott",
  interrupted: "Avbrott",
  "period-ended": "Period avslutad",
  completed: "Avslutad",
};

export interface PeriodFacts {
  number: number;
  startDate: string;
  endDate: string;
}

export interface InterruptionFacts {
  id?: string;
  date: string;
  withdrawn: boolean;
}

export interface DecisionFacts {
  periods: PeriodFacts[];
  interruptions: InterruptionFacts[];
  hasHandledare: boolean;
}

export type RuleResult<T = undefined> = { ok: true; value: T } | { ok: false; message: string };
const refuse = (message: string): { ok: false; message: string } => ({ ok: false, message });

function sortedPeriods(facts: DecisionFacts): PeriodFacts[] {
  return [...facts.periods].sort((a, b) => a.number - b.number);
}

export function lastPeriod(facts: DecisionFacts): PeriodFacts {
  const periods = sortedPeriods(facts);
  return periods[periods.length - 1];
}

/** The interruption that counts: at most one is ever in force (not withdrawn). */
export function interruptionInForce(facts: DecisionFacts): InterruptionFacts | undefined {
  return facts.interruptions.find((i) => !i.withdrawn);
}

/** Period 2 may be granted from this many days before period 1 ends until this many after. *(assumed)* */
export const PERIOD2_WINDOW_DAYS = 30;

/**
 * An interruption ends the placement on its date: from that day the state is "interrupted";
 * before it, "planned interruption". A period has ended the day after its end date.
 */
export function decisionState(facts: DecisionFacts, today: string): DecisionState {
  const interruption = interruptionInForce(facts);
  if (interruption && interruption.date <= today) return "interrupted";
  const last = lastPeriod(facts);
  if (today > last.endDate) {
    // After period 1 a new assessment may still grant period 2 for a while; then it is over.
    const mayContinue = last.number === 1 && daysBetween(last.endDate, today) <= PERIOD2_WINDOW_DAYS;
    return mayContinue ? "period-ended" : "completed";
  }
  if (interruption) return "planned-interruption";
  return facts.hasHandledare ? "active" : "new";
}

/** A job seeker has at most one ongoing placement. */
export function isOngoing(state: DecisionState): boolean {
  return state === "new" || state === "active" || state === "planned-interruption";
}

/** The first period of a decision starting on `startDate`. */
export function firstPeriod(startDate: string): PeriodFacts {
  return { number: 1, startDate, endDate: periodEnd(startDate) };
}

/** How far ahead an officer may date a decision's start. *(assumed)* */
export const MAX_START_DAYS_AHEAD = 90;

export function validateStartDate(startDate: string, today: string): RuleResult {
  if (startDate < today) return refuse("Startdatum kan inte vara bakåt i tiden.");
  if (daysBetween(today, startDate) > MAX_START_DAYS_AHEAD) return refuse(`Startdatum kan ligga högst ${MAX_START_DAYS_AHEAD} dagar fram i tiden.`);
  return { ok: true, value: undefined };
}

/** A placement goes to one of the supplier's own units, in a delivery area the supplier is approved in. */
export function validateUnit(supplier: { id: string; deliveryAreaIds: string[] }, unit: { supplierId: string; deliveryAreaId: string }): RuleResult {
  if (unit.supplierId !== supplier.id) return refuse("Den utförande verksamheten hör inte till leverantören.");
  if (!supplier.deliveryAreaIds.includes(unit.deliveryAreaId)) return refuse("Leverantören är inte godkänd i den utförande verksamhetens leveransområde.");
  return { ok: true, value: undefined };
}

/** Interruptions are never backdated; later dates are planned. */
export function validateInterruption(facts: DecisionFacts, date: string, today: string): RuleResult {
  if (date < today) return refuse("Ett avbrott kan inte registreras bakåt i tiden. Välj dagens datum eller senare.");
  if (interruptionInForce(facts)) return refuse("Det finns redan ett registrerat avbrott. Återkalla det först om datumet ska ändras.");
  const last = lastPeriod(facts);
  if (today > last.endDate) return refuse("Tjänsten har redan avslutats.");
  if (date > last.endDate) return refuse("Avbrottet måste ligga inom den pågående perioden.");
  return { ok: true, value: undefined };
}

/** A registered interruption can be withdrawn only while its date is in the future. */
export function validateWithdrawal(interruption: InterruptionFacts, today: string): RuleResult {
  if (interruption.withdrawn) return refuse("Avbrottet är redan återkallat.");
  if (interruption.date <= today) return refuse("Avbrottet har redan börjat gälla och kan inte återkallas.");
  return { ok: true, value: undefined };
}

/**
 * Period 2 after a period 1 that ended without result: a new six-month period starting the
 * day after period 1, at most one, never beyond one year in total.
 */
/**
 * Period 2 follows only a period without result: not after an approved Resultatredovisning,
 * and not while one waits for the officer's decision.
 */
export function grantPeriod2(facts: DecisionFacts, today: string, result: "none" | "pending" | "approved" = "none"): RuleResult<PeriodFacts> {
  const periods = sortedPeriods(facts);
  if (periods.length !== 1) return refuse("Period 2 har redan beviljats. Tjänsten kan ha högst två perioder.");
  if (result === "approved") return refuse("Perioden gav resultat (godkänd resultatredovisning). Period 2 beviljas bara efter en period utan resultat.");
  if (result === "pending") return refuse("En resultatredovisning väntar på beslut. Besluta om den innan period 2 beviljas.");
  if (interruptionInForce(facts)) return refuse("Deltagandet har ett avbrott och kan inte förlängas.");
  const p1 = periods[0];
  if (daysBetween(today, p1.endDate) > PERIOD2_WINDOW_DAYS) return refuse(`Period 2 kan beviljas tidigast ${PERIOD2_WINDOW_DAYS} dagar före periodens slut.`);
  if (daysBetween(p1.endDate, today) > PERIOD2_WINDOW_DAYS) return refuse(`Period 1 slutade för mer än ${PERIOD2_WINDOW_DAYS} dagar sedan. Fatta ett nytt beslut i stället.`);
  const startDate = nextDay(p1.endDate);
  const limit = serviceLimit(p1.startDate);
  if (startDate > limit) return refuse("Tjänsten har redan varat ett år.");
  const end = periodEnd(startDate);
  return { ok: true, value: { number: 2, startDate, endDate: end < limit ? end : limit } };
}

/** A period's end date may change ("avropsperiod ändrad") within these bounds. */
export function validatePeriodEndChange(facts: DecisionFacts, periodNumber: number, newEnd: string, today: string): RuleResult {
  const periods = sortedPeriods(facts);
  const period = periods.find((p) => p.number === periodNumber);
  if (!period) return refuse("Perioden finns inte.");
  if (period !== periods[periods.length - 1]) return refuse("Bara den sista perioden kan ändras.");
  if (interruptionInForce(facts)) return refuse("Deltagandet har ett avbrott; slutdatum styrs av avbrottet.");
  if (newEnd === period.endDate) return refuse("Det nya slutdatumet är detsamma som det nuvarande.");
  if (newEnd < today) return refuse("Slutdatum kan inte ändras bakåt i tiden.");
  if (period.endDate < today) return refuse("Perioden har redan avslutats.");
  if (newEnd < period.startDate) return refuse("Slutdatum kan inte ligga före periodens startdatum.");
  if (newEnd > serviceLimit(periods[0].startDate)) return refuse("Tjänsten kan inte pågå mer än ett år.");
  return { ok: true, value: undefined };
}

/**
 * Follow-up with the participant at least every fourteen days. Overdue after the due day: the
 * participant's deadline view (features/participants/participant-deadlines.ts) says so.
 */
export const FOLLOW_UP_DAYS = 14;

export function nextFollowUpDue(lastFollowUp: string | null, serviceStart: string): string {
  return addCalendarDays(lastFollowUp ?? serviceStart, FOLLOW_UP_DAYS);
}
