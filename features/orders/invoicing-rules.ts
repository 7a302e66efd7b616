// The rules of invoicing an order line. Pure functions of the stored facts and a given `today`
// (YYYY-MM-DD) — no clock, no database — so the order page, the invoice itself and the tests
// all compute the same thing. The forms' schemas of invoicing and the price list:
// ./invoicing-schemas.ts; an order's state and the labels: ./order-labels.ts.
//
// Decisions kept here, in one place:
// - The interruption day is NOT invoiceable *(assumed)*. features/decisions/rules.ts says "an
//   interruption ends the placement on its date: from that day the state is interrupted",
//   so the last day of the placement is the day before. An interruption on 17 November
//   leaves 9–16 November of a line that covered 9–30 November. See `lastInvoiceableDay`.
// - Orders are never changed (not after an interruption, not after a period's end date was
//   moved): what may be invoiced is computed from the unchanged line and today's facts.
// - A line is invoiced only when DELIVERED (its month's periodic report recorded the
//   delivery). A credit note puts the line back to DELIVERED so that a corrected invoice can
//   be issued; the credited invoice stays, tied to its credit note (Invoice.creditsInvoiceId).
//   The line state CREDITED is not written by this module *(assumed)*: the history lives in
//   the invoices, and the line state says what can be done next.
import { format } from "date-fns";
import { formatDate } from "@/lib/format";
import { addCalendarDays, daysBetween, lastDayOfMonth } from "@/features/decisions/periods";
import type { InvoiceKind, OrderLineState } from "@/lib/generated/prisma/enums";

export type RuleResult = { ok: true } | { ok: false; message: string };
export const ok: RuleResult = { ok: true };
export const refuse = (message: string): RuleResult => ({ ok: false, message });

// ---------------------------------------------------------------------------------------
// Dates (YYYY-MM-DD strings, no time zones)

export const iso = (d: Date) => format(d, "yyyy-MM-dd");
const plusDays = addCalendarDays;
const dayCount = (from: string, to: string) => daysBetween(from, to) + 1;
const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);

// The same abbreviations as formatDate ("17 nov. 2026"), so a date reads alike everywhere.
const MONTHS_SHORT = ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."];
const MONTHS_LONG = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

/** "17 nov. 2026": the portal's one date format. */
export const shortDate = (date: string): string => formatDate(date);

/** "november 2026" for YYYY-MM-01 (or any day of the month). */
export function monthName(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return `${MONTHS_LONG[m - 1]} ${y}`;
}

/** "9–30 nov.", "1 nov.–2 dec.", "9 nov." (no year: the month name or the order says it). */
export function dayRange(from: string, to: string): string {
  const [, fm, fd] = from.split("-").map(Number);
  const [, tm, td] = to.split("-").map(Number);
  if (from === to) return `${fd} ${MONTHS_SHORT[fm - 1]}`;
  if (fm === tm) return `${fd}–${td} ${MONTHS_SHORT[tm - 1]}`;
  return `${fd} ${MONTHS_SHORT[fm - 1]}–${td} ${MONTHS_SHORT[tm - 1]}`;
}

const days = (n: number) => `${n} ${n === 1 ? "dag" : "dagar"}`;

// ---------------------------------------------------------------------------------------
// Invoiceable days

/**
 * The last day that may be invoiced when the placement is interrupted on `interruptionDate`:
 * the day before *(assumed; see the header)*. The ONE place that decides inclusive or exclusive.
 */
export function lastInvoiceableDay(interruptionDate: string): string {
  return plusDays(interruptionDate, -1);
}

export interface InvoiceableLine {
  /** first day of the month (base compensation); null for one-off articles */
  month: string | null;
  /** the ordered quantity in days (never changed) */
  quantityDays: number;
}

export interface InvoiceableFacts {
  periodStart: string;
  /** today's end of the period (may have been moved since the order was made) */
  periodEnd: string;
  /** the interruption in force (not withdrawn), if any */
  interruptionDate: string | null;
}

export interface InvoiceableDays {
  /** days that may be invoiced */
  days: number;
  /** days on the order line */
  ordered: number;
  /** the ordered span of the line (null for one-off articles) */
  orderedFrom: string | null;
  orderedTo: string | null;
  /** the span that may be invoiced; null when nothing may */
  from: string | null;
  to: string | null;
  limitedBy: "none" | "interruption" | "period-end";
  /** the calculation in Swedish, e.g. "22 dagar (9–30 nov 2026) enligt beställningen; avbrott 17 nov 2026 … → 8 dagar (9–16 nov)" */
  explanation: string;
}

/** The days an order line covers: from the month's first day or the period start, for the ordered number of days. */
export function orderedSpan(line: { month: string; quantityDays: number }, periodStart: string): { from: string; to: string } {
  const from = maxDate(line.month, periodStart);
  const monthEnd = lastDayOfMonth(line.month);
  return { from, to: minDate(monthEnd, plusDays(from, Math.max(line.quantityDays, 1) - 1)) };
}

/**
 * What of an order line may be invoiced: the ordered days up to the day before an
 * interruption, and not beyond the period's (possibly moved) end. Months entirely on or
 * after the interruption give 0.
 */
export function invoiceableDays(line: InvoiceableLine, facts: InvoiceableFacts): InvoiceableDays {
  if (line.month === null) {
    return {
      days: line.quantityDays, ordered: line.quantityDays, orderedFrom: null, orderedTo: null, from: null, to: null, limitedBy: "none",
      explanation: `${line.quantityDays} st enligt beställningen (engångsbelopp).`,
    };
  }
  const span = orderedSpan({ month: line.month, quantityDays: line.quantityDays }, facts.periodStart);
  const from = span.from;
  let to = line.quantityDays > 0 ? span.to : plusDays(from, -1);
  let limitedBy: InvoiceableDays["limitedBy"] = "none";
  if (facts.periodEnd < to) {
    to = facts.periodEnd;
    limitedBy = "period-end";
  }
  if (facts.interruptionDate !== null) {
    const last = lastInvoiceableDay(facts.interruptionDate);
    if (last < to) {
      to = last;
      limitedBy = "interruption";
    }
  }
  const n = to >= from ? Math.min(dayCount(from, to), line.quantityDays) : 0;
  const explain = () => {
    const parts = [`${days(line.quantityDays)} (${dayRange(span.from, span.to)} ${span.from.slice(0, 4)}) enligt beställningen`];
    const result = n > 0 ? `${days(n)} (${dayRange(from, to)})` : "0 dagar";
    if (limitedBy === "interruption") {
      const why = n > 0 ? result : `${result}: hela månaden ligger från och med avbrottet`;
      parts.push(`avbrott ${shortDate(facts.interruptionDate!)} (avbrottsdagen räknas inte) → ${why}`);
    } else if (limitedBy === "period-end") {
      parts.push(`perioden slutar ${shortDate(facts.periodEnd)} → ${n > 0 ? result : `${result}: månaden ligger efter periodens slut`}`);
    } else if (facts.interruptionDate !== null) {
      parts.push(`avbrottet ${shortDate(facts.interruptionDate)} påverkar inte månaden`);
    }
    return parts.join("; ");
  };
  // The explanation is written when read: the order list asks for the days of 150 lines per
  // page and reads none of their explanations.
  return {
    days: n, ordered: line.quantityDays, orderedFrom: span.from, orderedTo: span.to, from: n > 0 ? from : null, to: n > 0 ? to : null, limitedBy,
    get explanation() {
      return explain();
    },
  };
}

// ---------------------------------------------------------------------------------------
// Payment terms

/** Payment terms: 30 days net from the issue date. */
export const PAYMENT_TERMS_DAYS = 30;
export const PAYMENT_TERMS_NOTE = "30 dagar netto";

export function paymentDueDate(issueDate: string): string {
  return plusDays(issueDate, PAYMENT_TERMS_DAYS);
}

// ---------------------------------------------------------------------------------------
// What may be done

/** Only a delivered line is invoiced, and only when some day of it may be invoiced. */
export function canInvoice(
  line: { state: OrderLineState; invoiceableFrom?: string | null },
  invoiceable?: Pick<InvoiceableDays, "days" | "explanation">,
  today?: string,
): RuleResult {
  if (line.state === "CANCELLED") return refuse("Raden är makulerad och kan inte faktureras.");
  // A result part is paid only after the months in the job or studies (./result-rules).
  if (line.invoiceableFrom && today && today < line.invoiceableFrom) return refuse(`Raden kan faktureras från ${formatDate(line.invoiceableFrom)}.`);
  if (line.state === "OPEN") return refuse("Månaden är inte levererad än. Skicka in månadens periodiska redovisning först.");
  if (line.state === "INVOICED") return refuse("Månaden är redan fakturerad. En felaktig faktura krediteras först; sedan kan en ny faktura skapas.");
  if (line.state !== "DELIVERED") return refuse("Raden kan inte faktureras i sitt nuvarande läge.");
  if (invoiceable && invoiceable.days <= 0) return refuse(`Det finns inga dagar att fakturera för månaden: ${invoiceable.explanation}.`);
  return ok;
}

/** The earliest date a delivered line that is not yet due becomes invoiceable (result parts); null when none waits. */
export function nextInvoiceableFrom(lines: { state: OrderLineState; invoiceableFrom: string | null }[], today: string): string | null {
  return lines.filter((l) => l.state === "DELIVERED" && l.invoiceableFrom !== null && l.invoiceableFrom > today).map((l) => l.invoiceableFrom!).sort()[0] ?? null;
}

/** An invoice (not a credit note) may be credited once. */
export function canCredit(invoice: { kind: InvoiceKind; credited: boolean }): RuleResult {
  if (invoice.kind !== "INVOICE") return refuse("En kreditnota kan inte krediteras.");
  if (invoice.credited) return refuse("Fakturan är redan krediterad.");
  return ok;
}
