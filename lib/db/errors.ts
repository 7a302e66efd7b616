// Recognising a unique-constraint violation across drivers: Prisma maps it to P2002 with
// @prisma/adapter-pg, and a raw query passes PostgreSQL's own error (23505) through.
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === "object" && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const o = e as { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown };
    if (o.code === "P2002" || o.code === "23505" || o.originalCode === "23505" || o.kind === "UniqueConstraintViolation") return true;
    if (typeof o.message === "string" && o.message.includes("violates unique constraint")) return true;
  }
  return false;
}
