// Text that cannot be stored or shown: a NUL byte, other control characters (line breaks
// and tabs are fine) or broken Unicode (a lone surrogate). PostgreSQL refuses NUL in text,
// so without this check such input reached the database and failed there (HTTP 500).
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const UNSAFE_TEXT_MESSAGE = "Texten innehåller tecken som inte kan sparas (styrtecken eller trasiga tecken).";

export function isUnsafeText(s: string): boolean {
  return UNSAFE.test(s) || !s.isWellFormed();
}

/** The dotted path of the first unsafe string anywhere in `value` ("" for the value itself), or null. */
export function findUnsafeText(value: unknown, path: string[] = [], depth = 0): string | null {
  if (depth > 64) return path.join(".");
  if (typeof value === "string") return isUnsafeText(value) ? path.join(".") : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], [...path, String(i)], depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (isUnsafeText(k)) return [...path, k].join(".");
      const found = findUnsafeText(v, [...path, k], depth + 1);
      if (found !== null) return found;
    }
  }
  return null;
}

/** How deeply a JSON text nests objects and arrays, read without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") max = Math.max(max, ++depth);
    else if (c === "}" || c === "]") depth--;
  }
  return max;
}
