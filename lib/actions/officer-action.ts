// Declares a server action that only an officer (arbetsförmedlare) may use: the check
// cannot be forgotten. The data function checks again against its target.
import "server-only";
import type { z } from "@/lib/validation/zod";
import { getActorState } from "@/lib/authz/guard";
import { can, type OfficerActor } from "@/lib/authz/permissions";
import { failureFrom, unsafeTextFailure, zodFieldErrors, type ActionResult } from "./result";

export function officerAction<S extends z.ZodType, T>(schema: S, handler: (actor: OfficerActor, input: z.infer<S>) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const state = await getActorState();
    if (state.status === "none") return { ok: false, formError: "Du är inte inloggad. Logga in igen." };
    if (state.status !== "ok" || state.actor.kind !== "officer" || !can(state.actor, "officerWork")) return { ok: false, formError: "Du saknar behörighet för detta." };
    const actor = state.actor;
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
