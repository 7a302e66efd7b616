// The demo's decisions (beslut), each in a state that stays right relative to `today`:
// new, deadline tomorrow/today, overdue, active, interrupted, planned interruption,
// in period 2 (two of them waiting for a handledare) and completed.
import type { InterruptionReason, Level } from "@/lib/generated/prisma/enums";
import { OFFICER_EMAILS, UNITS, assignersAt, handledareAt, type UnitKey, type UnitSpec } from "./organisation";
import { ParticipantFactory, type DemoParticipant } from "./participants";
import { INTERPRETER_LANGUAGES, between, prng } from "./people";
import { minusDays, minusMonths, plusDays, sixMonthsEnd, swedishInstant } from "./dates";

export type DemoState =
  | "new" // a) 0–8 days since the decision, no handledare
  | "deadline-tomorrow" // b) 9 days
  | "deadline-today" // c) 10 days
  | "overdue" // d) 11–20 days
  | "active" // e) handledare assigned
  | "interrupted" // f) avbrott in the past
  | "planned-interruption" // g) avbrott registered for a future date
  | "period-2" // h) second period running
  | "period-ended" // period 1 ended days ago; period 2 may still be granted
  | "completed"; // i) period 1 ended over a month ago, no period 2

export interface PlannedAssignment {
  handledare: string; // e-mail
  assignedBy: string;
  assignedAt: Date;
  endedAt: Date | null;
  endedBy: string | null;
}

export interface PlannedDecision {
  state: DemoState;
  implementationReference: string;
  unit: UnitSpec;
  participant: DemoParticipant;
  level: Level;
  participationRate: number;
  interpreterLanguage: string | null;
  languageSupportNeeded: boolean;
  officer: string;
  /** decision date = start of period 1 */
  start: string;
  decidedAt: Date;
  firstMeetingDate: string | null;
  assignments: PlannedAssignment[];
  /** start of period 2, granted on the last day of period 1 */
  period2: { start: string; grantedAt: Date; grantedBy: string; handledareConfirmed: boolean } | null;
  interruption: { date: string; reason: InterruptionReason; registeredAt: Date; registeredBy: string } | null;
}

// [state, unit, count]: every unit gets new participants, every state exists at both suppliers.
const PLAN: [DemoState, UnitKey[]][] = [
  ["new", ["city", "sodertalje", "solna", "goteborg", "malmo", "city", "sodertalje", "solna", "city", "goteborg", "malmo", "city"]],
  ["deadline-tomorrow", ["city", "solna", "goteborg"]],
  ["deadline-today", ["sodertalje", "malmo"]],
  ["overdue", ["city", "solna", "goteborg", "sodertalje"]],
  ["active", [
    "city", "city", "city", "city", "city", "city", "city", "sodertalje", "sodertalje", "sodertalje", "sodertalje", "sodertalje",
    "solna", "solna", "solna", "solna", "solna", "goteborg", "goteborg", "goteborg", "goteborg", "malmo", "malmo", "malmo", "malmo",
  ]],
  ["interrupted", ["city", "sodertalje", "solna", "goteborg", "malmo"]],
  ["planned-interruption", ["city", "goteborg"]],
  ["period-2", ["city", "solna", "sodertalje", "goteborg", "malmo"]],
  ["period-ended", ["solna", "malmo"]],
  ["completed", ["city", "goteborg"]],
];

const NEW_DAYS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 2, 5, 1];
const OVERDUE_DAYS = [11, 14, 17, 20];
const INTERRUPTION_REASONS: InterruptionReason[] = ["WORK", "STUDIES", "ILLNESS", "OTHER_SERVICE", "CHANGED_SUPPLIER"];
/** period-2 decisions (by index within the state) whose handledare left with period 1 */
const PERIOD_2_WITHOUT_HANDLEDARE = new Set([1, 4]);
/** active decisions (by index within the state) that changed handledare once */
const ACTIVE_WITH_HISTORY = new Set([0, 21]);
const ACTIVE_WITHOUT_FIRST_MEETING = new Set([5, 11, 19]);

const emailOf = (a: { email: string }) => a.email;

export function planDecisions(today: string): PlannedDecision[] {
  const rand = prng(20260401);
  const people = new ParticipantFactory(rand);
  const turn = new Map<string, number>();
  /** round-robin over a list, per key, to spread the load */
  const next = <T>(key: string, list: T[]): T => {
    const i = turn.get(key) ?? 0;
    turn.set(key, i + 1);
    return list[i % list.length];
  };
  const out: PlannedDecision[] = [];
  let seq = 0;

  for (const [state, unitKeys] of PLAN) {
    unitKeys.forEach((unitKey, k) => {
      const unit = UNITS.find((u) => u.key === unitKey)!;
      const officer = OFFICER_EMAILS[seq % OFFICER_EMAILS.length];
      const interpreterLanguage = seq % 7 === 3 ? INTERPRETER_LANGUAGES[Math.floor(seq / 7) % INTERPRETER_LANGUAGES.length] : null;
      const start = startDate(state, k, today, rand);
      const handledare = handledareAt(unit).map(emailOf);
      const assigners = assignersAt(unit).map(emailOf);
      const assigned = !["new", "deadline-tomorrow", "deadline-today", "overdue"].includes(state);

      const d: PlannedDecision = {
        state,
        implementationReference: `GR-${start.slice(0, 4)}-${String(120 + seq).padStart(6, "0")}`,
        unit,
        participant: people.make(unitKey, interpreterLanguage),
        level: (["A", "B", "C"] as const)[(seq * 2 + Math.floor(seq / 3)) % 3],
        participationRate: [100, 75, 100, 50, 100, 25, 75][seq % 7],
        interpreterLanguage,
        languageSupportNeeded: interpreterLanguage !== null || seq % 5 === 2,
        officer,
        start,
        decidedAt: swedishInstant(start, 9),
        firstMeetingDate: null,
        assignments: [],
        period2: null,
        interruption: null,
      };
      seq++;

      if (assigned) {
        const assignDays = between(rand, 1, 4);
        const assignedBy = next(`assigner:${unitKey}`, assigners);
        const first = next(`handledare:${unitKey}`, handledare);
        d.assignments.push({ handledare: first, assignedBy, assignedAt: swedishInstant(plusDays(start, assignDays), 10), endedAt: null, endedBy: null });
        if (!(state === "active" && ACTIVE_WITHOUT_FIRST_MEETING.has(k))) {
          d.firstMeetingDate = plusDays(start, assignDays + between(rand, 1, 10 - assignDays));
        }
        if (state === "active" && ACTIVE_WITH_HISTORY.has(k)) {
          const changedAt = swedishInstant(plusDays(start, 15), 11);
          d.assignments[0].endedAt = changedAt;
          d.assignments[0].endedBy = assignedBy;
          const other = handledare.find((h) => h !== first);
          if (!other) throw new Error(`Demo: ${unit.name} behöver två handledare för historik.`);
          d.assignments.push({ handledare: other, assignedBy, assignedAt: changedAt, endedAt: null, endedBy: null });
        }
      }

      const periodEnd = sixMonthsEnd(start);
      if (state === "period-2") {
        // Period 1's handledare stays on; for some the supplier has not yet confirmed them for period 2.
        d.period2 = { start: plusDays(periodEnd, 1), grantedAt: swedishInstant(periodEnd, 9), grantedBy: officer, handledareConfirmed: !PERIOD_2_WITHOUT_HANDLEDARE.has(k) };
      }
      // An ended placement keeps its handledare: nothing in the portal ends an assignment when a period ends.
      if (state === "interrupted") {
        const date = minusDays(today, between(rand, 3, 20));
        d.interruption = { date, reason: INTERRUPTION_REASONS[k], registeredAt: swedishInstant(date, 10), registeredBy: officer };
      }
      if (state === "planned-interruption") {
        const date = plusDays(today, between(rand, 5, 14));
        d.interruption = { date, reason: "WORK", registeredAt: swedishInstant(minusDays(today, 1), 8), registeredBy: officer };
      }
      out.push(d);
    });
  }
  return out;
}

function startDate(state: DemoState, k: number, today: string, rand: () => number): string {
  switch (state) {
    case "new":
      return minusDays(today, NEW_DAYS[k]);
    case "deadline-tomorrow":
      return minusDays(today, 9);
    case "deadline-today":
      return minusDays(today, 10);
    case "overdue":
      return minusDays(today, OVERDUE_DAYS[k]);
    case "active":
    case "planned-interruption":
      return minusDays(today, between(rand, 31, 150)); // 1–5 months ago
    case "interrupted":
      return minusDays(today, between(rand, 45, 140)); // room for a first meeting before the avbrott
    case "period-2":
      return minusDays(minusMonths(today, 7), between(rand, 0, 60)); // 7–9 months ago
    case "period-ended":
      return minusDays(minusMonths(today, 6), between(rand, 3, 15)); // ended 2–14 days ago
    case "completed":
      return minusDays(minusMonths(today, 7), between(rand, 5, 30));
  }
}
