// Cursor pagination of the API's lists: `limit` (1–100, default 25) and an opaque `cursor`
// (the `nextCursor` of the previous page). A cursor encodes where the previous page ended in
// the list's stable order, so rows added or changed meanwhile do not shift the pages.
import { z } from "@/lib/validation/zod";

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;

export const pageQuery = {
  cursor: z.string().min(1).max(500).optional().describe("The previous page's nextCursor."),
  limit: z.coerce
    .number({ error: "Ange limit som ett heltal 1–100." })
    .int("Ange limit som ett heltal 1–100.")
    .min(1, "Ange limit som ett heltal 1–100.")
    .max(MAX_LIMIT, `Högst ${MAX_LIMIT} per sida.`)
    .default(DEFAULT_LIMIT)
    .describe(`Rows per page, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`),
};

export function encodeCursor(position: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(position), "utf8").toString("base64url");
}

/** The position a cursor encodes; a cursor that is not one of ours is a validation error on `cursor`. */
export function decodeCursor<S extends z.ZodType>(cursor: string, schema: S): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    raw = undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new z.ZodError([{ code: "custom", path: ["cursor"], message: "Ogiltig cursor. Använd nextCursor från föregående svar.", input: cursor }]);
  }
  return parsed.data;
}

/** Splits `limit + 1` fetched rows into the page and the next cursor. */
export function pageOf<T>(rows: T[], limit: number, positionOf: (last: T) => Record<string, unknown>): { rows: T[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null };
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: encodeCursor(positionOf(page[page.length - 1])) };
}
