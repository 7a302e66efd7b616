// Declares a server action with the capability it needs: the check cannot be forgotten.
import "server-only";
import type { z } from "@/lib/validation/zod";
import { getActorState } from "@/lib/authz/guard";
import { can, type Capability, type StaffActor } from "@/lib/authz/permissions";
import { failureFrom, unsafeTextFailure, zodFieldErrors, type ActionResult } from "./result";

/** `capability`: the one needed, or a list of which any one will do. */
export function staffAction<S extends z.ZodType, T>(
  capability: Capability | Capability[],
  schema: S,
  handler: (actor: StaffActor, input: z.infer<S>) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const state = await getActorState();
    if (state.status !== "ok") return { ok: false, formError: "Du är inte inloggad. Logga in igen." };
    const actor = state.actor;
    const needed = Array.isArray(capability) ? capability : [capability];
    if (actor.kind !== "staff" || !needed.some((c) => can(actor, c))) return { ok: false, formError: "Du saknar behörighet för detta." };
    const unsafe = unsafeTextFailure(raw);
    if (unsafe) return unsafe;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
    try {
      return { ok: true, data: await handler(actor, parsed.data) };
    } catch (err) {
      return failureFrom(err);
    }
  };
}
