// A page of a list with its count, read at once: the count and the asked-for page in parallel
// (one round trip less on every load). A page past the end is answered with the last page,
// which only then needs a second read.

export async function countedPage<T>(
  asked: number,
  pageSize: number,
  count: () => Promise<number>,
  load: (page: number) => Promise<T[]>,
): Promise<{ total: number; page: number; rows: T[] }> {
  const [total, rows] = await Promise.all([count(), load(asked)]);
  const page = Math.min(asked, Math.max(1, Math.ceil(total / pageSize)));
  return { total, page, rows: page === asked ? rows : await load(page) };
}
