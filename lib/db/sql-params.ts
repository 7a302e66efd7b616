/**
 * The values of a statement written piece by piece: `param` adds a value and answers its
 * placeholder ($1, $2, …), so a condition is written only when its filter is given.
 */
export function sqlParams(first: unknown[] = []): { params: unknown[]; param(value: unknown): string } {
  const params = [...first];
  return { params, param: (value) => `$${params.push(value)}` };
}
