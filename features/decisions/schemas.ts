// Officer forms: shared by react-hook-form and the server actions.
import { z } from "@/lib/validation/zod";
import { noPersonnummer, PERSONNUMMER_IN_TEXT_MESSAGE } from "@/lib/validation/free-text";
import { parsePersonnummer } from "@/lib/validation/personnummer";
import { today } from "@/lib/clock";

const isoDate = (message: string) => z.string({ error: message }).regex(/^\d{4}-\d{2}-\d{2}$/, message);
const optionalText = (max: number) =>
  z.string().trim().max(max, `Högst ${max} tecken.`).refine(noPersonnummer, PERSONNUMMER_IN_TEXT_MESSAGE).optional().transform((v) => (v ? v : undefined));

export const personnummerInput = z
  .string({ error: "Ange ett personnummer." })
  .trim()
  .min(1, "Ange ett personnummer.")
  .transform((value, ctx) => {
    const res = parsePersonnummer(value, today());
    if (!res.ok) {
      ctx.addIssue({ code: "custom", message: res.message });
      return z.NEVER;
    }
    return res.value;
  });

/** The officer's search for a job seeker: posted, never in the address (no personnummer in URLs). */
export const jobSeekerSearchInput = z.object({ personalIdentityNumber: personnummerInput });

export const registerJobSeekerInput = z.object({
  personalIdentityNumber: personnummerInput,
  firstName: z.string({ error: "Ange förnamn." }).trim().min(1, "Ange förnamn.").max(100),
  lastName: z.string({ error: "Ange efternamn." }).trim().min(1, "Ange efternamn.").max(100),
  phone: optionalText(30),
  email: z.union([z.literal(""), z.email("Ange en giltig e-postadress.")]).optional().transform((v) => v || undefined),
  street: optionalText(200),
  postalCode: z
    .union([z.literal(""), z.string().trim().regex(/^\d{3} ?\d{2}$/, "Ange postnumret som NNN NN.")])
    .optional()
    .transform((v) => (v ? `${v.replace(" ", "").slice(0, 3)} ${v.replace(" ", "").slice(3)}` : undefined)),
  city: optionalText(100),
  municipality: optionalText(100),
});
export type RegisterJobSeekerInput = z.input<typeof registerJobSeekerInput>;

export const PARTICIPATION_RATES = [100, 75, 50, 25] as const;

export const createDecisionInput = z
  .object({
    participantId: z.uuid({ error: "Välj en arbetssökande." }),
    level: z.enum(["A", "B", "C"], { error: "Välj nivå A, B eller C." }),
    serviceVersion: z.enum(["ROM1", "ROM2"], { error: "Välj tjänsteversion." }),
    supplierId: z.uuid({ error: "Välj en leverantör." }),
    unitId: z.uuid({ error: "Välj en utförande verksamhet." }),
    startDate: isoDate("Ange startdatum."),
    participationRate: z.coerce
      .number({ error: "Välj deltagandefrekvens." })
      .refine((v) => (PARTICIPATION_RATES as readonly number[]).includes(v), "Välj 100, 75, 50 eller 25 procent."),
    interpreterNeeded: z.boolean(),
    interpreterLanguage: optionalText(60),
    languageSupportNeeded: z.boolean(),
    /** a per-form key: a double click or retry creates one decision */
    idempotencyKey: z.uuid(),
  })
  .superRefine((v, ctx) => {
    if (v.interpreterNeeded && !v.interpreterLanguage) {
      ctx.addIssue({ code: "custom", path: ["interpreterLanguage"], message: "Ange vilket språk tolken ska tala." });
    }
  });
export type CreateDecisionInput = z.input<typeof createDecisionInput>;

export const INTERRUPTION_REASONS = ["WORK", "STUDIES", "OTHER_SERVICE", "ILLNESS", "CHANGED_SUPPLIER", "OTHER"] as const;
export const INTERRUPTION_REASON_LABELS: Record<(typeof INTERRUPTION_REASONS)[number], string> = {
  WORK: "Arbete",
  STUDIES: "Reguljära studier",
  OTHER_SERVICE: "Behov av annan insats",
  ILLNESS: "Sjukdom",
  CHANGED_SUPPLIER: "Byte av leverantör",
  OTHER: "Annat",
};

export const registerInterruptionInput = z.object({
  decisionId: z.uuid(),
  date: isoDate("Ange datum för avbrottet."),
  reason: z.enum(INTERRUPTION_REASONS, { error: "Välj en orsak." }),
});
export type RegisterInterruptionInput = z.input<typeof registerInterruptionInput>;

export const registerWorkPlacementInput = z.object({
  decisionId: z.uuid(),
  employer: z
    .string({ error: "Ange arbetsplatsen." })
    .trim()
    .min(2, "Ange arbetsplatsen.")
    .max(200, "Högst 200 tecken.")
    .refine(noPersonnummer, PERSONNUMMER_IN_TEXT_MESSAGE),
  startDate: isoDate("Ange startdatum."),
  endDate: isoDate("Ange slutdatum."),
});
export type RegisterWorkPlacementInput = z.input<typeof registerWorkPlacementInput>;

export const changePeriodEndInput = z.object({
  periodId: z.uuid(),
  endDate: isoDate("Ange nytt slutdatum."),
});
export type ChangePeriodEndInput = z.input<typeof changePeriodEndInput>;

export const DECISION_STATES = ["new", "active", "planned-interruption", "interrupted", "period-ended", "completed"] as const;

export const decisionListQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  supplierId: z.uuid().optional().catch(undefined),
  unitId: z.uuid().optional().catch(undefined),
  level: z.enum(["A", "B", "C"]).optional().catch(undefined),
  state: z.enum(DECISION_STATES).optional().catch(undefined),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  // No sort: the newest decisions first. "start" is period 1's start (the Start column).
  sort: z.enum(["start", "name"]).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch("desc"),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(1),
});
export type DecisionListQuery = z.infer<typeof decisionListQuery>;
