// Periodisk redovisning: the inputs of the supplier's and the officer's forms, shared by the
// browser and the server actions. The hour rules that need no knowledge of the placement run
// here too (./rules), with paths that point at the cell: ["entries", i, "minutes"].
import { noPersonnummer, PERSONNUMMER_IN_TEXT_MESSAGE } from "@/lib/validation/free-text";
import { z } from "@/lib/validation/zod";
import { checkReport, type ReportContent } from "./hours-rules";
import { isMonthStart } from "./rules";

const isoDate = z
  .string({ error: "Ange ett datum." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ange datumet som ÅÅÅÅ-MM-DD.")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "Datumet finns inte.");

export const reportMonthInput = z.string({ error: "Välj en månad." }).refine(isMonthStart, "Ange månaden som ÅÅÅÅ-MM-01.");

const activityCode = z.string({ error: "Välj en aktivitet." }).regex(/^[A-Z0-9_]{1,60}$/, "Okänd aktivitet.");

export const reportEntryInput = z.object({
  date: isoDate,
  activityCode,
  minutes: z.number({ error: "Ange tid i timmar, till exempel 1,5." }).int("Ange tid i kvartstimmar (0,25 h)."),
});

const answer = (message: string) => z.boolean({ error: message });

const contentShape = {
  decisionId: z.uuid({ error: "Deltagaren saknas." }),
  month: reportMonthInput,
  noActivities: z.boolean(),
  entries: z.array(reportEntryInput).max(31 * 20, "För många rader."),
  /** per activity: done at a distance (stored on each of the activity's entries) */
  remoteByActivity: z.record(activityCode, z.boolean()),
};

function refineWithRules(complete: boolean) {
  return (v: ReportContent, ctx: z.RefinementCtx) => {
    for (const issue of checkReport(v, null, { complete }).errors) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  };
}

/** A draft: anything may still be missing. */
export const saveDraftInput = z
  .object({
    ...contentShape,
    languageSupportGiven: z.boolean().nullable(),
    jobSuggestionsGiven: z.boolean().nullable(),
    /** the draft the user started from (see service: draftRevision); null for a new draft */
    draftRevision: z.string().max(100).nullable().optional(),
  })
  .superRefine(refineWithRules(false));
export type SaveDraftInput = z.infer<typeof saveDraftInput>;

const submitShape = {
  ...contentShape,
  languageSupportGiven: answer("Svara ja eller nej: har språkstöd getts?"),
  jobSuggestionsGiven: answer("Svara ja eller nej: har individuella förslag på lämpliga arbeten getts?"),
  /** one per form: a double click, a second tab or a retry sends one report */
  idempotencyKey: z.uuid(),
};

export const submitReportInput = z.object(submitShape).superRefine(refineWithRules(true));
export type SubmitReportInput = z.infer<typeof submitReportInput>;

/** A correction: a new, complete version superseding the latest submitted one. */
export const correctionInput = z.object({ ...submitShape, correctsReportId: z.uuid() }).superRefine(refineWithRules(true));
export type CorrectionInput = z.infer<typeof correctionInput>;

export const REPORT_REASON_MAX = 2000;

export const decideReportInput = z
  .object({
    reportId: z.uuid(),
    decision: z.enum(["APPROVE", "REJECT"], { error: "Välj Godkänn eller Godkänn inte." }),
    reason: z.string().trim().max(REPORT_REASON_MAX, `Högst ${REPORT_REASON_MAX} tecken.`).refine(noPersonnummer, PERSONNUMMER_IN_TEXT_MESSAGE).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "REJECT" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Ange varför redovisningen inte godkänns." });
  });
export type DecideReportInput = z.input<typeof decideReportInput>;
