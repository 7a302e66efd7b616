// An officer's approve-or-reject decision on something a supplier sent: the same fields and
// the same rule (a reason is required to reject) for plannings and reports.
import { noPersonnummer, PERSONNUMMER_IN_TEXT_MESSAGE } from "./free-text";
import { z } from "./zod";

export const REJECT_REASON_MAX = 1000;
export const OFFICER_DECISIONS = ["APPROVE", "REJECT"] as const;

/** `what` is the thing in Swedish definite form ("planeringen", "rapporten"). */
export function officerDecisionFields(what: string) {
  return {
    decision: z.enum(OFFICER_DECISIONS, { error: `Välj om ${what} godkänns eller inte.` }),
    reason: z
      .string()
      .trim()
      .max(REJECT_REASON_MAX, `Högst ${REJECT_REASON_MAX} tecken.`)
      .refine(noPersonnummer, PERSONNUMMER_IN_TEXT_MESSAGE)
      .optional()
      .transform((v) => (v ? v : undefined)),
  };
}

export function requireReasonToReject(what: string) {
  return (v: { decision: string; reason?: string }, ctx: z.RefinementCtx) => {
    if (v.decision === "REJECT" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: `Ange varför ${what} inte godkänns.` });
  };
}

/** An approval carries no reason, whatever the form held. */
export function dropReasonOnApproval<T extends { decision: string; reason?: string }>(v: T): T {
  return v.decision === "APPROVE" ? { ...v, reason: undefined } : v;
}
