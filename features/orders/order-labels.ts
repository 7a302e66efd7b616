// An order's state, derived from its lines (the database keeps it on the order too, migration
// read_model), and the Swedish labels of articles, line states and invoice kinds. Pure and safe
// for client components.
import type { Article, InvoiceKind, OrderLineState } from "@/lib/generated/prisma/enums";
import { monthName } from "./invoicing-rules";

// ---------------------------------------------------------------------------------------
// An order's state, derived from its lines

export const ORDER_STATES = ["open", "delivered", "credited", "invoiced", "cancelled"] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export const ORDER_STATE_LABELS: Record<OrderState, string> = {
  open: "Öppen",
  delivered: "Att fakturera",
  credited: "Krediterad, ny faktura behövs",
  invoiced: "Fakturerad",
  cancelled: "Makulerad",
};

/** The badge colours of an order's state (the list and the order page). */
export const ORDER_STATE_TONES: Record<OrderState, string> = {
  open: "bg-gray-100 text-gray-900 border border-gray-700",
  delivered: "bg-amber-100 text-amber-900 border border-amber-800",
  credited: "bg-red-100 text-red-900 border border-red-800",
  invoiced: "bg-green-100 text-green-900 border border-green-800",
  cancelled: "bg-gray-100 text-gray-900 border border-gray-700",
};

export interface OrderStateLine {
  state: OrderLineState;
  /** the line has a credit note (an invoice of it was credited) */
  hasCreditNote: boolean;
  /** invoiceableDays(...).days: an open line with nothing to invoice (after an interruption) no longer counts */
  invoiceableDays: number;
}

/**
 * The order's state, the most urgent first:
 * credited = a line's invoice was credited and the new invoice is not yet made;
 * delivered = a line is delivered and waits for its invoice;
 * open = a line still waits for its delivery (and has days left to deliver);
 * invoiced = nothing left to deliver or invoice (every line invoiced, or closed by an interruption);
 * cancelled = every line is cancelled (a cancelled line is no longer part of the order).
 */
export function orderState(all: OrderStateLine[]): OrderState {
  const lines = all.filter((l) => l.state !== "CANCELLED");
  if (all.length > 0 && lines.length === 0) return "cancelled";
  const waiting = (l: OrderStateLine) => l.state === "DELIVERED" || l.state === "CREDITED";
  if (lines.some((l) => waiting(l) && (l.hasCreditNote || l.state === "CREDITED"))) return "credited";
  if (lines.some(waiting)) return "delivered";
  if (lines.some((l) => l.state === "OPEN" && l.invoiceableDays > 0)) return "open";
  return "invoiced";
}

// ---------------------------------------------------------------------------------------
// Labels

export const ARTICLES = ["BASE_PER_DAY", "RESULT_1", "RESULT_2", "SUPPLEMENT", "SPEED_BONUS"] as const satisfies readonly Article[];

export const ARTICLE_LABELS: Record<Article, string> = {
  BASE_PER_DAY: "Grundersättning (per dag)",
  RESULT_1: "Resultatersättning 1",
  RESULT_2: "Resultatersättning 2",
  SUPPLEMENT: "Tilläggsersättning",
  SPEED_BONUS: "Snabbhetspremie",
};

export const LINE_STATE_LABELS: Record<OrderLineState, string> = {
  OPEN: "Ej levererad",
  DELIVERED: "Levererad",
  INVOICED: "Fakturerad",
  CREDITED: "Krediterad",
  CANCELLED: "Makulerad",
};

export const INVOICE_KIND_LABELS: Record<InvoiceKind, string> = { INVOICE: "Faktura", CREDIT_NOTE: "Kreditnota" };

/** What an order line is, in words: "Grundersättning november 2026". */
export function lineDescription(line: { article: Article; month: string | null }): string {
  if (line.article === "BASE_PER_DAY" && line.month) return `Grundersättning ${monthName(line.month)}`;
  return ARTICLE_LABELS[line.article];
}
