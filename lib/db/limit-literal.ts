// LIMIT and OFFSET written into a statement's text instead of passed as values.
//
// PostgreSQL keeps one generic plan for a prepared statement only when that plan's estimated
// cost is no more than the custom plans' it made for the first five executions. With LIMIT or
// OFFSET as a parameter, the generic plan cannot know how many rows are wanted and costs them
// as a tenth of the table, so it never wins: every execution was planned afresh. That was
// 0.3 ms of the database on every supplier page for the menu's badges and 0.9 ms for each load
// of Beställningar, at 10,000 placements (scripts/bench-http.ts; tests/integration/
// query-plans.test.ts checks the texts and that their plans stay generic).

/** A LIMIT or OFFSET for a statement's text: a whole number of at least 0, else an error (never text from outside). */
export function limitLiteral(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Not a row count: ${n}`);
  return String(n);
}

/** `LIMIT n`, or no limit for null. */
export function limitClause(n: number | null): string {
  return n === null ? "" : `LIMIT ${limitLiteral(n)}`;
}

/**
 * Pages of a list up to this one are prepared statements (one per page on each pooled
 * connection); deeper pages, which few people open, are planned afresh on each load, so that
 * walking through every page does not leave a statement per page on every connection.
 */
export const PREPARED_PAGES = 10;

/** Whether a page that starts at row `skip` of pages of `take` rows is asked as a prepared statement. */
export function preparedPage(skip: number, take: number): boolean {
  return skip < PREPARED_PAGES * take;
}
