// How a delivery period becomes order lines, and which price applies. Pure functions.
import { addMonths, endOfMonth, format, parseISO, startOfMonth } from "date-fns";
import type { Article, Level, ServiceVersion } from "@/lib/generated/prisma/enums";
import { daysBetween } from "@/features/decisions/periods";

export interface MonthLine {
  /** first day of the calendar month, YYYY-MM-01 */
  month: string;
  /** days of the period within that month */
  days: number;
  from: string;
  to: string;
}

/** One line per calendar month of the period; quantity in days. */
export function monthlyLines(period: { startDate: string; endDate: string }): MonthLine[] {
  const lines: MonthLine[] = [];
  for (let m = startOfMonth(parseISO(period.startDate)); format(m, "yyyy-MM-dd") <= period.endDate; m = addMonths(m, 1)) {
    const first = format(m, "yyyy-MM-dd");
    const last = format(endOfMonth(m), "yyyy-MM-dd");
    const from = first < period.startDate ? period.startDate : first;
    const to = last > period.endDate ? period.endDate : last;
    lines.push({ month: first, days: daysBetween(from, to) + 1, from, to });
  }
  return lines;
}

export interface PriceRow {
  serviceVersion: ServiceVersion;
  level: Level;
  article: Article;
  amountOre: number;
  validFrom: string;
}

/** The price in force on `on`: the latest row valid from that day or before. Existing orders keep their prices. */
export function priceFor(rows: PriceRow[], key: { serviceVersion: ServiceVersion; level: Level; article: Article }, on: string): number | null {
  const candidates = rows
    .filter((r) => r.serviceVersion === key.serviceVersion && r.level === key.level && r.article === key.article && r.validFrom <= on)
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1));
  return candidates[0]?.amountOre ?? null;
}

export interface OrderedMonthLine {
  id: string;
  /** YYYY-MM-01 */
  month: string;
  quantityDays: number;
  state: "OPEN" | "DELIVERED" | "INVOICED" | "CREDITED" | "CANCELLED";
}

/**
 * What a base order needs when its period's end moves: the days added are ordered (the
 * last month's line grows, a new month gets a line), the days taken away are not (a month
 * after the new end is cancelled, the new last month's line shrinks). An invoiced line is
 * never changed: it is reported as `invoicedOutside` when it lies after the new end, so
 * that the supplier can be told to credit it.
 */
export function linesForNewEnd(existing: OrderedMonthLine[], period: { startDate: string; endDate: string }) {
  const wanted = monthlyLines(period);
  const live = existing.filter((l) => l.state !== "CANCELLED");
  const resize: { id: string; quantityDays: number }[] = [];
  const cancel: string[] = [];
  const invoicedOutside: string[] = [];
  for (const line of live) {
    const w = wanted.find((m) => m.month === line.month);
    if (!w) (line.state === "INVOICED" ? invoicedOutside : cancel).push(line.id);
    else if (w.days !== line.quantityDays && line.state !== "INVOICED") resize.push({ id: line.id, quantityDays: w.days });
  }
  const add = wanted.filter((m) => !live.some((l) => l.month === m.month));
  return { resize, add, cancel, invoicedOutside };
}
