import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";

/** Puts a server action's field errors next to their fields; returns the form-level message. */
export function applyServerErrors<T extends FieldValues>(res: ActionResult<unknown>, setError: UseFormSetError<T>): string | undefined {
  if (res.ok) return undefined;
  let unplaced: string | undefined;
  for (const [field, message] of Object.entries(res.fieldErrors ?? {})) {
    if (field === "_form") unplaced = message;
    else setError(field as Path<T>, { type: "server", message });
  }
  return res.formError ?? unplaced;
}
