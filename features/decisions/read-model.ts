// The read model of a placement: the facts lists filter, sort and count on. The database
// stores them on "Decision" (kept by triggers, migration read_model) so that lists page in
// SQL; this function is the rule they implement, and tests/integration/read-model.test.ts
// proves that what is stored equals what it derives, for every state the demo and the
// benchmark produce.
import { addCalendarDays } from "./periods";

export interface ReadModelFacts {
  /** the Swedish date of the decision */
  decidedOn: string;
  periods: { number: number; startDate: string; endDate: string; grantedOn: string; handledareConfirmed: boolean }[];
  /** in registration order */
  interruptions: { date: string; withdrawn: boolean }[];
  /** the open assignment's handledare */
  currentHandledareId: string | null;
  participant: { firstName: string; lastName: string };
}

export interface PlacementReadModel {
  serviceStart: string | null;
  currentPeriodNumber: number | null;
  currentPeriodEnd: string | null;
  interruptionDate: string | null;
  lastActiveDay: string | null;
  currentHandledareId: string | null;
  needsHandledareSince: string | null;
  /** the participant's names, so that lists sort on the placement's own index */
  sortLastName: string;
  sortFirstName: string;
}

export function placementReadModel(f: ReadModelFacts): PlacementReadModel {
  const periods = [...f.periods].sort((a, b) => a.number - b.number);
  const first = periods[0];
  const last = periods[periods.length - 1];
  const interruption = f.interruptions.find((i) => !i.withdrawn) ?? null;
  const interruptionDate = interruption?.date ?? null;
  let lastActiveDay = last?.endDate ?? null;
  // The interruption's date is the first day outside the service (INTERRUPTION_DATE_IS_ACTIVE).
  if (lastActiveDay && interruptionDate && addCalendarDays(interruptionDate, -1) < lastActiveDay) lastActiveDay = addCalendarDays(interruptionDate, -1);
  const period2Unconfirmed = periods.some((p) => p.number === 2 && !p.handledareConfirmed);
  const needs = last && (f.currentHandledareId === null || period2Unconfirmed);
  return {
    serviceStart: first?.startDate ?? null,
    currentPeriodNumber: last?.number ?? null,
    currentPeriodEnd: last?.endDate ?? null,
    interruptionDate,
    lastActiveDay,
    currentHandledareId: f.currentHandledareId,
    // The ten days count from the decision, or from period 2's grant (participants/deadline.ts).
    needsHandledareSince: needs ? (last.number === 2 ? last.grantedOn : f.decidedOn) : null,
    sortLastName: f.participant.lastName,
    sortFirstName: f.participant.firstName,
  };
}
