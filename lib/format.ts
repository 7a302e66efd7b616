// Swedish presentation of dates and numbers.
import { format } from "date-fns";
import { sv } from "date-fns/locale";
import { SWEDISH_TIME_ZONE } from "./clock";

// date-fns's Swedish month abbreviations, looked up once: lists format hundreds of dates per
// page, and date-fns parses its pattern on every call.
const MONTHS = Array.from({ length: 12 }, (_, i) => format(new Date(2000, i, 1), "MMM", { locale: sv }));

/** A calendar date (stored as UTC midnight) as "3 maj 2026". */
export function formatDate(date: Date | string): string {
  const iso = typeof date === "string" ? date : date.toISOString().slice(0, 10);
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const swedishClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: SWEDISH_TIME_ZONE, year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

/** An instant in Swedish time, as "3 maj 2026 kl. 14:05". */
export function formatDateTime(instant: Date): string {
  const part: Record<string, string> = {};
  for (const p of swedishClock.formatToParts(instant)) part[p.type] = p.value;
  return `${Number(part.day)} ${MONTHS[Number(part.month) - 1]} ${part.year} kl. ${part.hour}:${part.minute}`;
}

const numberFormat = new Intl.NumberFormat("sv-SE");
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

const sekFormat = new Intl.NumberFormat("sv-SE", { style: "currency", currency: "SEK" });
export function formatOre(ore: number): string {
  return sekFormat.format(ore / 100);
}

/**
 * The Swedish genitive: "Anna Berg" → "Anna Bergs", "Lars" → "Lars", "Framtidsvägen AB" →
 * "Framtidsvägen AB:s" (an abbreviation or a name ending in a capital or digit takes a colon).
 */
export function genitive(name: string): string {
  const n = name.trim();
  if (/[sxz]$/i.test(n) && !/[A-ZÅÄÖ]{2,}$/.test(n)) return n;
  if (/([A-ZÅÄÖ]{2,}|\d)$/.test(n)) return `${n}:s`;
  return `${n}s`;
}
