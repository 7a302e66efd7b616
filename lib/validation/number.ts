// Numbers as people type them in Sweden: "1,5", "1.5", "1 234,50" (a space or no-break space
// between thousands). One parser for every typed number (hours, percentages, amounts), safe in
// the browser; a number field (type="number") is not used, since a browser whose language is not
// Swedish drops the decimal comma ("1,5" became 15).

/** The number typed, or NaN for anything else; blank gives NaN too (callers treat blank first). */
export function parseSwedishNumber(text: string): number {
  const t = text.trim().replace(/(\d)[\s\u00a0\u202f](?=\d{3}\b)/g, "$1").replace(",", ".");
  if (!/^-?(\d+(\.\d+)?|\.\d+)$/.test(t)) return Number.NaN;
  return Number(t);
}
