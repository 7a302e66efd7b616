// The report forms' schemas (one per kind, a union on `kind`), shared by react-hook-form and
// the server. They run the checks that need only the form (./rules); the service adds those
// that need the placement and the day. Parsing twice gives the same result (the action parses,
// then the service parses again), so no field changes type on the way.
import { parseSwedishNumber } from "@/lib/validation/number";
import { noPersonnummer, PERSONNUMMER_IN_TEXT_MESSAGE } from "@/lib/validation/free-text";
import { z } from "@/lib/validation/zod";
import { dropReasonOnApproval, OFFICER_DECISIONS, officerDecisionFields, REJECT_REASON_MAX, requireReasonToReject } from "@/lib/validation/officer-decision";
import {
  ABSENCE_EXTENTS, ABSENCE_REASONS, DEVIATION_FIELDS, DEVIATION_REASONS, EXTENTS, FINAL_OCCUPATIONS, INFORMATIVE_CONCERNS,
  OTHER_ABSENCE_REASONS, RESULT_TYPES, SIGNAL_TYPES,
} from "./labels";
import {
  FREE_TEXT_MAX, RESULT_MAX_EMPLOYMENTS, SHORT_TEXT_MAX, absenceIssues, checkEmployerOrgNumber, deviationIssues, finalIssues, informativeIssues,
  extentIssues, resultIssues, textLength, tooLongMessage, type Issue,
} from "./rules";

/** Empty inputs ("" from a text box, null from an unchosen radio, NaN from an empty number box) are absent. */
const blank = (v: unknown) => (v === "" || v === null || (typeof v === "number" && Number.isNaN(v)) ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

const isoDate = (required = "Ange ett datum.") =>
  z
    .string({ error: required })
    .min(1, required)
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Ange datumet som ÅÅÅÅ-MM-DD.")
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "Datumet finns inte.");

const time = (required: string) => z.string({ error: required }).min(1, required).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Ange tiden som TT:MM, till exempel 09:30.");

const text = (required: string, max: number) =>
  z.string({ error: required }).trim().min(1, required).refine((s) => textLength(s) <= max, tooLongMessage(max)).refine(noPersonnummer, PERSONNUMMER_IN_TEXT_MESSAGE);
const optionalText = (max: number) =>
  optional(z.string().trim().refine((s) => textLength(s) <= max, tooLongMessage(max)).refine(noPersonnummer, PERSONNUMMER_IN_TEXT_MESSAGE));

const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) => z.enum(values, { error: message });

/** Checked with the extent (./rules extentIssues): a leftover value behind "Heltid" is ignored, not an error. */
const percent = optional(z.preprocess((v) => (typeof v === "string" ? parseSwedishNumber(v) : v), z.number({ error: "Ange omfattningen i procent." })));

const activityCode = z.string({ error: "Välj en aktivitet." }).regex(/^[A-Z0-9_]{1,60}$/, "Välj en aktivitet.");

function addIssues(issues: Issue[], ctx: z.RefinementCtx) {
  for (const i of issues) {
    const path = i.field === "_form" ? [] : i.field.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    ctx.addIssue({ code: "custom", path, message: i.message });
  }
}

const base = {
  decisionId: z.uuid({ error: "Deltagaren saknas." }),
  /** one per form: a double click, a second tab or a retry sends one report */
  idempotencyKey: z.uuid({ error: "Ladda om sidan och försök igen." }),
  /** a correction: the report it corrects */
  correctsId: optional(z.uuid({ error: "Rapporten som ska rättas saknas." })),
};

export const absenceInput = z
  .object({
    kind: z.literal("ABSENCE"),
    ...base,
    date: isoDate("Ange datum för frånvaron."),
    extent: choice(ABSENCE_EXTENTS, "Välj om frånvaron gällde hela dagen eller del av dagen."),
    expectedFrom: time("Ange när den förväntade närvaron började."),
    expectedTo: time("Ange när den förväntade närvaron slutade."),
    absentFrom: optional(time("Ange när frånvaron började.")),
    absentTo: optional(time("Ange när frånvaron slutade.")),
    activityCode,
    reason: choice(ABSENCE_REASONS, "Välj orsak till frånvaron."),
    otherReason: optional(choice(OTHER_ABSENCE_REASONS, "Välj vilken annan känd orsak det gäller.")),
    otherText: optionalText(SHORT_TEXT_MAX),
  })
  .superRefine((v, ctx) => addIssues(absenceIssues(v), ctx));

export const deviationInput = z
  .object({
    kind: z.literal("DEVIATION"),
    ...base,
    date: isoDate("Ange datum för avvikelsen."),
    reason: choice(DEVIATION_REASONS, "Välj vad avvikelsen gäller."),
    offeredActivity: optionalText(SHORT_TEXT_MAX),
    offeredJob: optionalText(SHORT_TEXT_MAX),
    employer: optionalText(SHORT_TEXT_MAX),
    offeredDate: optional(isoDate()),
    description: text("Beskriv vad som hänt.", FREE_TEXT_MAX),
  })
  .superRefine((v, ctx) => addIssues(deviationIssues(v), ctx));

export const informativeInput = z
  .object({
    kind: z.literal("INFORMATIVE"),
    ...base,
    concerns: z.array(choice(INFORMATIVE_CONCERNS, "Okänt val."), { error: "Välj vad rapporten gäller." }).min(1, "Välj vad rapporten gäller.").max(INFORMATIVE_CONCERNS.length),
    text: text("Skriv vad Arbetsförmedlingen behöver veta.", FREE_TEXT_MAX),
    contactName: text("Ange ditt namn.", SHORT_TEXT_MAX),
    contactPhone: optional(z.string().trim().regex(/^\+?[0-9][0-9 ()-]{5,19}$/, "Ange telefonnumret med siffror, till exempel 08-123 456 78.")),
    contactEmail: optional(z.string().trim().max(SHORT_TEXT_MAX, tooLongMessage(SHORT_TEXT_MAX)).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "Ange en giltig e-postadress.")),
  })
  .superRefine((v, ctx) => addIssues(informativeIssues(v), ctx));

export const workSignalInput = z
  .object({
    kind: z.literal("WORK_SIGNAL"),
    ...base,
    type: choice(SIGNAL_TYPES, "Välj arbete eller studier."),
    extent: choice(EXTENTS, "Välj heltid eller deltid."),
    percent,
    startDate: isoDate("Ange startdatum."),
  })
  .superRefine((v, ctx) => addIssues(extentIssues(v.extent, v.percent), ctx));

export const employmentInput = z.object({
  type: choice(RESULT_TYPES, "Välj typ."),
  extent: choice(EXTENTS, "Välj heltid eller deltid."),
  percent,
  // Optional, as in the original portal: the organisation number identifies the employer.
  employer: optionalText(SHORT_TEXT_MAX),
  orgNumber: z.string({ error: "Ange organisationsnummer." }).trim().min(1, "Ange organisationsnummer."),
  startDate: isoDate("Ange startdatum."),
  endDate: optional(isoDate()),
});

export const resultInput = z
  .object({
    kind: z.literal("RESULT"),
    ...base,
    employments: z
      .array(employmentInput, { error: "Lägg till minst en anställning eller utbildning." })
      .min(1, "Lägg till minst en anställning eller utbildning.")
      .max(RESULT_MAX_EMPLOYMENTS, `Högst ${RESULT_MAX_EMPLOYMENTS} anställningar eller utbildningar i en redovisning.`),
  })
  .superRefine((v, ctx) => addIssues(resultIssues(v), ctx));

export const finalActivityInput = z.object({
  activityCode,
  progress: text("Beskriv hur aktiviteten har gått.", FREE_TEXT_MAX),
  nextStep: text("Beskriv nästa steg.", FREE_TEXT_MAX),
});

export const finalInput = z
  .object({
    kind: z.literal("FINAL"),
    ...base,
    mainOccupation: choice(FINAL_OCCUPATIONS, "Välj deltagarens huvudsakliga sysselsättning."),
    otherOccupation: optionalText(SHORT_TEXT_MAX),
    jobSeekingReasons: optionalText(FREE_TEXT_MAX),
    // At least one when the participant had a planning: the server checks (reports/service.ts).
    activities: z.array(finalActivityInput, { error: "Redovisa aktiviteterna." }).max(50, "För många aktiviteter."),
  })
  .superRefine((v, ctx) => addIssues(finalIssues(v), ctx));

/** Any report; `kind` chooses the schema. */
export const reportInput = z.discriminatedUnion("kind", [absenceInput, deviationInput, informativeInput, workSignalInput, resultInput, finalInput]);
export type ReportInput = z.input<typeof reportInput>;
export type Report = z.output<typeof reportInput>;

export const REPORT_SCHEMAS = {
  ABSENCE: absenceInput,
  DEVIATION: deviationInput,
  INFORMATIVE: informativeInput,
  WORK_SIGNAL: workSignalInput,
  RESULT: resultInput,
  FINAL: finalInput,
} as const;

/**
 * What is stored in ParticipantReport.data: the form's answers without the envelope, and
 * without fields the chosen options do not ask for (a percentage for full time, absence
 * times for a whole day). Organisation numbers as NNNNNN-NNNN.
 */
export function reportData(r: Report): Record<string, unknown> {
  const { kind: _k, decisionId: _d, idempotencyKey: _i, correctsId: _c, ...rest } = r;
  const drop = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k, v]) => v !== undefined && !keys.includes(k)));
  switch (r.kind) {
    case "ABSENCE":
      return drop(rest, [
        ...(r.extent === "WHOLE_DAY" ? ["absentFrom", "absentTo"] : []),
        ...(r.reason !== "OTHER_KNOWN" ? ["otherReason", "otherText"] : r.otherReason !== "OTHER" ? ["otherText"] : []),
      ]);
    case "DEVIATION": {
      const asked: readonly string[] = DEVIATION_FIELDS[r.reason];
      return drop(rest, ["offeredActivity", "offeredJob", "employer", "offeredDate"].filter((f) => !asked.includes(f)));
    }
    case "WORK_SIGNAL":
      return drop(rest, r.extent === "FULL_TIME" ? ["percent"] : []);
    case "RESULT":
      return {
        employments: r.employments.map((e) => {
          const org = checkEmployerOrgNumber(e.orgNumber);
          return drop({ ...e, orgNumber: org.ok ? org.value : e.orgNumber }, e.extent === "FULL_TIME" ? ["percent"] : []);
        }),
      };
    case "FINAL":
      return drop(rest, [...(r.mainOccupation !== "OTHER" ? ["otherOccupation"] : []), ...(r.mainOccupation !== "JOB_SEEKING" ? ["jobSeekingReasons"] : [])]);
    default:
      return drop(rest, []);
  }
}

export { REJECT_REASON_MAX };
export const REPORT_DECISIONS = OFFICER_DECISIONS;

export const decideReportInput = z
  .object({ reportId: z.uuid({ error: "Rapporten saknas." }), ...officerDecisionFields("rapporten") })
  .superRefine(requireReasonToReject("rapporten"))
  .transform(dropReasonOnApproval);
export type DecideReportInput = z.input<typeof decideReportInput>;
export type DecideReport = z.output<typeof decideReportInput>;
