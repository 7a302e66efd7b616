// Gemensam planering: the forms' schemas, shared by react-hook-form and the server actions.
import { z } from "@/lib/validation/zod";
import { dropReasonOnApproval, OFFICER_DECISIONS, officerDecisionFields, REJECT_REASON_MAX, requireReasonToReject } from "@/lib/validation/officer-decision";
import { validateActivities, type CatalogueItem } from "./rules";

export { REJECT_REASON_MAX };

export const submitPlanningInput = z.object({
  decisionId: z.uuid({ error: "Deltagaren saknas." }),
  periodId: z.uuid({ error: "Perioden saknas." }),
  /** "Deltar på distans" */
  remote: z.boolean({ error: "Ange om deltagaren deltar på distans." }),
  activityCodes: z
    .array(z.string({ error: "Okänd aktivitet." }).trim().min(1, "Okänd aktivitet.").max(64, "Okänd aktivitet."), { error: "Välj aktiviteter." })
    .max(50, "För många aktiviteter."),
  /** a per-form key: a double click or retry creates one version */
  idempotencyKey: z.uuid(),
});
export type SubmitPlanningInput = z.infer<typeof submitPlanningInput>;

/** The form's schema: the same input, checked against the catalogue it shows (the server checks again). */
export function planningFormSchema(catalogue: CatalogueItem[]) {
  return submitPlanningInput.superRefine((v, ctx) => {
    const res = validateActivities(catalogue, v.activityCodes);
    if (!res.ok) ctx.addIssue({ code: "custom", path: ["activityCodes"], message: res.message });
  });
}

export const PLANNING_DECISIONS = OFFICER_DECISIONS;

export const decidePlanningInput = z
  .object({ planningId: z.uuid({ error: "Planeringen saknas." }), ...officerDecisionFields("planeringen") })
  .superRefine(requireReasonToReject("planeringen"))
  .transform(dropReasonOnApproval);
export type DecidePlanningInput = z.output<typeof decidePlanningInput>;
export type DecidePlanningForm = z.input<typeof decidePlanningInput>;
