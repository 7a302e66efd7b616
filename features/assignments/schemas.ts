import { z } from "@/lib/validation/zod";

/** Each participant with the handledare the user saw when choosing: a change since then is refused. */
export const assignHandledareInput = z.object({
  items: z
    .array(z.object({ decisionId: z.uuid(), expectedHandledareId: z.uuid().nullable() }), { error: "Välj minst en deltagare." })
    .min(1, "Välj minst en deltagare.")
    .max(200, "Välj högst 200 deltagare åt gången."),
  handledareId: z.uuid({ error: "Välj en handledare." }),
  idempotencyKey: z.uuid(),
});
export type AssignHandledareInput = z.infer<typeof assignHandledareInput>;

const isoDate = (message: string) => z.string({ error: message }).regex(/^\d{4}-\d{2}-\d{2}$/, message);

export const firstMeetingInput = z.object({ decisionId: z.uuid(), date: isoDate("Ange datum för första mötet.") });
export type FirstMeetingInput = z.infer<typeof firstMeetingInput>;

export const followUpInput = z.object({ decisionId: z.uuid(), date: isoDate("Ange datum för mötet.") });
export type FollowUpInput = z.infer<typeof followUpInput>;
