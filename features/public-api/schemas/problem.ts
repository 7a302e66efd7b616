// The public API's error answer: RFC 9457 problem details with the stable codes of lib/api/problem.ts.
import { z } from "@/lib/validation/zod";
import { PROBLEM_CODES, type ProblemCode } from "@/lib/api/problem";
import { component } from "./common";

// ---------------------------------------------------------------------------------------
// Errors

export const Problem = component(
  "Problem",
  z.object({
    type: z.string().describe("A URI reference to the explanation of the code."),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(Object.keys(PROBLEM_CODES) as [ProblemCode, ...ProblemCode[]]).describe("Stable, machine-readable: see the list of codes."),
    detail_sv: z.string(),
    detail_en: z.string(),
    field: z.string().optional().describe("The field a business rule refers to."),
    errors: z.array(z.object({ field: z.string(), message_sv: z.string() })).optional().describe("Each invalid field (dotted path, e.g. entries.3.minutes) with its Swedish message."),
    error_id: z.string().optional().describe("For 500: quote it to support."),
  }),
  "RFC 9457 problem details (application/problem+json).",
);
