// The reports' rules that need the placement, the day and the participant's earlier reports:
// when the participant is in the service and left it, deadlines and windows, corrections and
// pending reports, which report may be sent now, and the whole check the service runs
// (validateReport). Pure functions of the facts and a given `today`; the form-only checks
// are in ./rules.
import { addMonths, format, parseISO } from "date-fns";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { interruptionInForce, lastPeriod, type DecisionFacts } from "@/features/decisions/rules";
import { addCalendarDays } from "@/features/decisions/periods";
import { formatDate } from "@/lib/format";
import { REPORT_KIND_LABELS, type Extent, type ReportKind } from "./labels";
import { addWorkingDays } from "./working-days";
import { issue, FINAL_REPORT_WORKING_DAYS, WORK_SIGNAL_MONTHS_AFTER_END, Issue, minutesOf, extentIssues, AbsenceValues, absenceIssues, DeviationValues, deviationIssues, InformativeValues, informativeIssues, EmploymentValues, resultIssues, FinalValues, finalIssues } from "./rules";

// ---------------------------------------------------------------------------------------
// The placement: when the participant is in the service and when they left

export interface ServiceSpan {
  /** the first day of period 1 */
  start: string;
  /**
   * the last day in the service: the last period's end, or the day before an interruption in
   * force (an interruption's date is the first day outside the service, as for periodic
   * reports). *(assumed)* Before `start` when the interruption took effect on the first day.
   */
  lastDay: string;
}

export function serviceSpan(facts: DecisionFacts): ServiceSpan {
  const start = [...facts.periods].sort((a, b) => a.number - b.number)[0].startDate;
  const end = lastPeriod(facts).endDate;
  const interruption = interruptionInForce(facts);
  const dayBefore = interruption ? addCalendarDays(interruption.date, -1) : end;
  return { start, lastDay: dayBefore < end ? dayBefore : end };
}

/** The participant has left the service (planned end passed, or interrupted). */
export function hasLeftService(facts: DecisionFacts, today: string): boolean {
  return today > serviceSpan(facts).lastDay;
}

/** Slutredovisning: due at the latest five working days after the last day in the service. */
export function finalReportDeadline(facts: DecisionFacts): string {
  return addWorkingDays(serviceSpan(facts).lastDay, FINAL_REPORT_WORKING_DAYS);
}

/** Was a Slutredovisning sent on `submittedOn` late? */
export function isFinalReportLate(facts: DecisionFacts, submittedOn: string): boolean {
  return submittedOn > finalReportDeadline(facts);
}

/** Signal om arbete eller studier: from the service's start until 24 months after its last day. */
export function workSignalWindow(facts: DecisionFacts): { from: string; to: string } {
  const span = serviceSpan(facts);
  return { from: span.start, to: format(addMonths(parseISO(span.lastDay), WORK_SIGNAL_MONTHS_AFTER_END), "yyyy-MM-dd") };
}

// ---------------------------------------------------------------------------------------
// Earlier reports: corrections, pending and live reports

export interface ReportFacts {
  id: string;
  kind: ReportKind;
  status: ReportStatus;
  correctsId: string | null;
}

/** A later report corrects this one. */
export function isSuperseded(report: Pick<ReportFacts, "id">, reports: Pick<ReportFacts, "correctsId">[]): boolean {
  return reports.some((r) => r.correctsId === report.id);
}

/** Waiting for the officer: received, and not replaced by a correction. */
export function isPending(report: ReportFacts, reports: ReportFacts[]): boolean {
  return report.status === "RECEIVED" && !isSuperseded(report, reports);
}

/** Pending, or approved. */
function isLive(report: ReportFacts, reports: ReportFacts[]): boolean {
  return report.status === "APPROVED" || isPending(report, reports);
}

/** Where the placement stands on its result: what period 2 and the officer's views need. */
export function resultStatus(reports: ReportFacts[]): "none" | "pending" | "approved" {
  const current = reports.filter((r) => r.kind === "RESULT" && !isSuperseded(r, reports));
  if (current.some((r) => r.status === "APPROVED")) return "approved";
  if (current.some((r) => r.status === "RECEIVED")) return "pending";
  return "none";
}

/** May the officer decide this report now? */
export function validateDecidable(report: ReportFacts, reports: ReportFacts[]): Issue | null {
  if (report.status !== "RECEIVED") return issue("_form", "Rapporten har redan fått ett beslut.");
  if (isSuperseded(report, reports)) return issue("_form", "Rapporten har rättats. Besluta om rättelsen i stället.");
  return null;
}

/** May `original` be corrected by a report of `kind`? Only the latest of a chain, with the same kind. */
export function validateCorrection(original: ReportFacts, kind: ReportKind, reports: ReportFacts[]): Issue | null {
  if (original.kind !== kind) return issue("_form", `En rättelse ska vara av samma slag som rapporten den rättar (${REPORT_KIND_LABELS[original.kind]}).`);
  if (isSuperseded(original, reports)) return issue("_form", "Rapporten har redan rättats. Rätta den senaste versionen i stället.");
  return null;
}

// ---------------------------------------------------------------------------------------
// What may be sent now, whatever the form says

export interface ReportContext {
  facts: DecisionFacts;
  /** YYYY-MM-DD, Swedish */
  today: string;
  /** HH:mm, Swedish */
  nowTime: string;
  /** the participant's reports so far */
  reports: ReportFacts[];
  /** the report being corrected, when this is a correction */
  correcting: ReportFacts | null;
}

/** null when a report of `kind` may be sent now; otherwise why not (for the page and the service). */
export function availability(kind: ReportKind, ctx: ReportContext): string | null {
  const { today } = ctx;
  const span = serviceSpan(ctx.facts);
  if (span.lastDay < span.start) return "Deltagaren avbröt tjänsten innan den började. Det går inte att skicka rapporter.";
  const others = ctx.reports.filter((r) => r.id !== ctx.correcting?.id);
  switch (kind) {
    case "ABSENCE":
    case "DEVIATION":
    case "RESULT":
      if (today < span.start) return `Tjänsten börjar ${formatDate(span.start)}. Rapporten kan skickas från den dagen.`;
      if (kind === "RESULT") {
        if (today > workSignalWindow(ctx.facts).to) return `Resultat kan redovisas till och med ${formatDate(workSignalWindow(ctx.facts).to)}.`;
        if (!ctx.correcting && others.some((r) => r.kind === "RESULT" && isPending(r, ctx.reports))) {
          return "En resultatredovisning väntar redan på beslut. Rätta den om något ska ändras.";
        }
        // One result per placement: a correction supersedes the approved one instead of adding a second.
        if (!ctx.correcting && others.some((r) => r.kind === "RESULT" && r.status === "APPROVED" && !isSuperseded(r, ctx.reports))) {
          return "Det finns redan en godkänd resultatredovisning. En placering ger ett resultat; rätta den om något ska ändras.";
        }
      }
      return null;
    case "INFORMATIVE":
      return today > span.lastDay ? "Deltagaren har lämnat tjänsten. Informativa rapporter skickas under tjänsten." : null;
    case "WORK_SIGNAL": {
      const window = workSignalWindow(ctx.facts);
      if (today < window.from) return `Signal om arbete eller studier kan skickas från tjänstens start ${formatDate(window.from)}.`;
      if (today > window.to) return `Signal om arbete eller studier kan skickas till och med ${formatDate(window.to)}, 24 månader efter att tjänsten slutade.`;
      if (ctx.reports.some((r) => r.kind === "RESULT" && isLive(r, ctx.reports))) {
        return "Det finns en resultatredovisning som väntar på beslut eller är godkänd. Då skickas ingen signal.";
      }
      return null;
    }
    case "FINAL":
      if (!hasLeftService(ctx.facts, today)) return `Slutredovisningen skickas när deltagaren har lämnat tjänsten (sista dag ${formatDate(span.lastDay)}).`;
      if (!ctx.correcting && others.some((r) => r.kind === "FINAL" && isLive(r, ctx.reports))) {
        return "Det finns redan en slutredovisning. Rätta den om något ska ändras.";
      }
      return null;
  }
}

/** The checks of one report against its placement and day (the form's own checks included). */
export function validateReport(input: ReportValues, ctx: ReportContext): Issue[] {
  const refusal = availability(input.kind, ctx);
  if (refusal) return [issue("_form", refusal)];
  const { today } = ctx;
  const span = serviceSpan(ctx.facts);
  const out: Issue[] = [];
  switch (input.kind) {
    case "ABSENCE":
      out.push(...absenceIssues(input));
      if (input.date > today) out.push(issue("date", "Frånvaro rapporteras i efterhand. Datumet kan inte vara i framtiden."));
      else if (input.date === today && minutesOf(input.expectedTo) > minutesOf(ctx.nowTime)) {
        out.push(issue("expectedTo", "Frånvaro rapporteras när aktiviteten är slut. Vänta tills den förväntade närvaron har tagit slut."));
      }
      if (input.date < span.start || input.date > span.lastDay) out.push(issue("date", "Datumet måste ligga inom deltagarens tid i tjänsten."));
      break;
    case "DEVIATION":
      out.push(...deviationIssues(input));
      if (input.date > today) out.push(issue("date", "Datumet kan inte vara i framtiden."));
      else if (input.date < span.start || input.date > span.lastDay) out.push(issue("date", "Datumet måste ligga inom deltagarens tid i tjänsten."));
      break;
    case "INFORMATIVE":
      out.push(...informativeIssues(input));
      break;
    case "WORK_SIGNAL": {
      out.push(...extentIssues(input.extent, input.percent));
      const w = workSignalWindow(ctx.facts);
      if (input.startDate < w.from || input.startDate > w.to) out.push(issue("startDate", `Startdatum ska ligga mellan ${formatDate(w.from)} och ${formatDate(w.to)}.`));
      break;
    }
    case "RESULT": {
      out.push(...resultIssues(input));
      const w = workSignalWindow(ctx.facts);
      input.employments.forEach((e, i) => {
        if (e.startDate < w.from || e.startDate > w.to) out.push(issue(`employments.${i}.startDate`, `Startdatum ska ligga mellan ${formatDate(w.from)} och ${formatDate(w.to)}.`));
      });
      break;
    }
    case "FINAL":
      out.push(...finalIssues(input));
      break;
  }
  return out;
}

/** The values of each kind as the rules see them (the schemas' output fits). */
export type ReportValues =
  | ({ kind: "ABSENCE" } & AbsenceValues)
  | ({ kind: "DEVIATION" } & DeviationValues)
  | ({ kind: "INFORMATIVE" } & InformativeValues)
  | ({ kind: "WORK_SIGNAL"; extent: Extent; percent?: number; startDate: string })
  | ({ kind: "RESULT"; employments: EmploymentValues[] })
  | ({ kind: "FINAL" } & FinalValues);
