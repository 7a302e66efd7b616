// Lists that can grow without bound (a supplier's event history, every decision in the
// country) count only up to a cap: a count reads every row it counts, so an exact total of
// 100,000 decisions cost more than the page itself, for a figure nobody pages to. Up to the
// cap the count is exact; past it the page says "fler än 1 000" (components/ui/pagination).
import { formatNumber } from "./format";

export const COUNT_CAP = 1000;

/** What a list says of its size, from a count of at most cap + 1 rows. */
export function cappedTotal(countedUpToCapPlusOne: number, cap = COUNT_CAP): { total: number; totalIsCapped: boolean } {
  return { total: Math.min(countedUpToCapPlusOne, cap), totalIsCapped: countedUpToCapPlusOne > cap };
}

/** A total as a page says it: "27", or "fler än 1 000" past the cap. */
export function formatTotal(t: { total: number; totalIsCapped: boolean }): string {
  return t.totalIsCapped ? `fler än ${formatNumber(t.total)}` : formatNumber(t.total);
}
