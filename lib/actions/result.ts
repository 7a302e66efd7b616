// The shape every server action returns, and the mapping from errors to it.
import { findUnsafeText, UNSAFE_TEXT_MESSAGE } from "@/lib/validation/text-safety";
// Expected errors carry Swedish messages to the form; anything else is logged with an
// id and answered generically, never with its own message.
import { randomUUID } from "node:crypto";
import { z } from "@/lib/validation/zod";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";

export type FieldErrors = Record<string, string>;
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; formError?: string; fieldErrors?: FieldErrors };

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

export function failureFrom(err: unknown): ActionResult<never> {
  if (err instanceof z.ZodError) return { ok: false, fieldErrors: zodFieldErrors(err) };
  if (err instanceof RuleError) {
    return err.field ? { ok: false, fieldErrors: { [err.field]: err.message } } : { ok: false, formError: err.message };
  }
  if (err instanceof ForbiddenError || err instanceof NotFoundError) return { ok: false, formError: err.message };
  const id = randomUUID();
  console.error(`[action-error ${id}]`, err instanceof Error ? err.stack ?? err.name : "unknown error");
  return { ok: false, formError: `Ett oväntat fel inträffade. Försök igen. (Felkod ${id.slice(0, 8)})` };
}

/** Input with a NUL byte, a control character or broken Unicode: a message at that field, not a crash. */
export function unsafeTextFailure(raw: unknown): ActionResult<never> | null {
  const path = findUnsafeText(raw);
  if (path === null) return null;
  return path ? { ok: false, fieldErrors: { [path]: UNSAFE_TEXT_MESSAGE } } : { ok: false, formError: UNSAFE_TEXT_MESSAGE };
}
