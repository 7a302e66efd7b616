/** An ILIKE pattern for text containing `word`: its % and _ are the characters themselves, not wildcards. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
