/**
 * The values of a statement written piece by piece: `param` adds a value and answers its
 * placeholder ($1, $2, …), so a condition is written only when its filter is given.
 */
export function sqlParams(first: unknown[] = []): { params: unknown[]; param(value: unknown): string } {
  const params = [...first];
  return { params, param: (value) => `$${params.push(value)}` };
}

/**
 * A statement's placeholders moved up by `offset` ($1 → $3 for 2), so that it can be a part of
 * a larger statement whose values come first. For statements whose text has no "$" but in
 * placeholders (no dollar quoting, no "$" in literals).
 */
export function shiftPlaceholders(sql: string, offset: number): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
}
