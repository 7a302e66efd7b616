// The forms' schemas of invoicing (create an invoice, credit one) and of the price list (a new
// price from a date), shared by the forms and the server actions. Safe for client components.
import { parseISO } from "date-fns";
import { z } from "@/lib/validation/zod";
import type { Level, ServiceVersion } from "@/lib/generated/prisma/enums";
import { type RuleResult, iso, ok, refuse } from "./invoicing-rules";
import { ARTICLES } from "./order-labels";

// ---------------------------------------------------------------------------------------
// Forms

export const createInvoiceInput = z.object({
  orderLineId: z.uuid({ error: "Orderraden saknas." }),
  /** a per-button key: a double click creates one invoice */
  idempotencyKey: z.uuid(),
});
export type CreateInvoiceInput = z.infer<typeof createInvoiceInput>;

export const creditInvoiceInput = z.object({
  invoiceId: z.uuid({ error: "Fakturan saknas." }),
  idempotencyKey: z.uuid(),
});
export type CreditInvoiceInput = z.infer<typeof creditInvoiceInput>;

/** Highest price the form accepts, in kronor. */
export const PRICE_MAX_KRONOR = 1_000_000;

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = parseISO(value);
  return !Number.isNaN(d.getTime()) && iso(d) === value;
}

/** "175", "175,50", "1 750.5" → öre; null when not an amount with at most two decimals. */
export function kronorToOre(text: string): number | null {
  const clean = text.replace(/[\s\u00a0]/g, "").replace(/kr$/i, "");
  const m = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(clean);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

const serviceVersion = z.enum(["ROM1", "ROM2"] as const satisfies readonly ServiceVersion[], { error: "Välj tjänst." });
const level = z.enum(["A", "B", "C"] as const satisfies readonly Level[], { error: "Välj nivå." });
const article = z.enum(ARTICLES, { error: "Välj artikel." });
const validFrom = z
  .string({ error: "Ange från vilket datum priset gäller." })
  .trim()
  .min(1, { error: "Ange från vilket datum priset gäller.", abort: true })
  .refine(isCalendarDate, "Ange ett giltigt datum (ÅÅÅÅ-MM-DD).");

/** The price as the data function takes it: amount in öre. */
export const priceChangeInput = z.object({
  serviceVersion,
  level,
  article,
  amountOre: z.int({ error: "Ange ett belopp." }).min(1, "Beloppet måste vara större än noll.").max(PRICE_MAX_KRONOR * 100, `Högst ${PRICE_MAX_KRONOR.toLocaleString("sv-SE")} kr.`),
  validFrom,
});
export type PriceChangeInput = z.infer<typeof priceChangeInput>;

/** The officer's form: the amount typed in kronor ("175,00"); the output is a PriceChangeInput. */
export const priceChangeForm = z
  .object({
    serviceVersion,
    level,
    article,
    amount: z
      .string({ error: "Ange ett belopp." })
      .trim()
      .min(1, { error: "Ange ett belopp.", abort: true })
      .refine((v) => kronorToOre(v) !== null, "Ange beloppet i kronor, med högst två decimaler (till exempel 175,00).")
      .refine((v) => (kronorToOre(v) ?? 0) > 0, "Beloppet måste vara större än noll.")
      .refine((v) => (kronorToOre(v) ?? 0) <= PRICE_MAX_KRONOR * 100, `Högst ${PRICE_MAX_KRONOR.toLocaleString("sv-SE")} kr.`),
    validFrom,
  })
  .transform(({ amount, ...rest }): PriceChangeInput => ({ ...rest, amountOre: kronorToOre(amount)! }));
export type PriceChangeFormValues = z.input<typeof priceChangeForm>;

/** A new price applies only from a future date: prices in force and existing orders never change. */
export function validatePriceChange(validFromDate: string, today: string): RuleResult {
  if (validFromDate <= today) return refuse("Ett nytt pris kan bara gälla från ett datum efter i dag. Priser som redan gäller och befintliga beställningar ändras aldrig.");
  return ok;
}
