// A page of a list with its count, read at once: the count and the asked-for page in parallel
// (one round trip less on every load). A page past the end is answered with the last page,
// which only then needs a second read.
//
// With a cap the count stops at cap + 1 rows (lib/capped-count.ts): a count reads every row it
// counts, so an exact total grows with the supplier while the page does not. Past the cap the
// last page is not known, and a page past the end answers as it is (empty).
import { cappedTotal } from "./capped-count";

export async function countedPage<T>(
  asked: number,
  pageSize: number,
  count: () => Promise<number>,
  load: (page: number) => Promise<T[]>,
  cap?: number,
): Promise<{ total: number; totalIsCapped: boolean; page: number; rows: T[] }> {
  const [counted, rows] = await Promise.all([count(), load(asked)]);
  const { total, totalIsCapped } = cap === undefined ? { total: counted, totalIsCapped: false } : cappedTotal(counted, cap);
  const page = totalIsCapped ? asked : Math.min(asked, Math.max(1, Math.ceil(total / pageSize)));
  return { total, totalIsCapped, page, rows: page === asked ? rows : await load(page) };
}

/**
 * The same, when one statement answers both the count and the page (it saves the database a
 * statement and the server a round trip on every load): `load` returns the page's rows with
 * the count it read beside them.
 */
export async function countedPageInOne<T>(
  asked: number,
  pageSize: number,
  load: (page: number) => Promise<{ counted: number; rows: T[] }>,
  cap?: number,
): Promise<{ total: number; totalIsCapped: boolean; page: number; rows: T[] }> {
  const first = await load(asked);
  return countedPage(asked, pageSize, async () => first.counted, async (page) => (page === asked ? first.rows : (await load(page)).rows), cap);
}
