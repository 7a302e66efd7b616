// Server actions for plain <form action> (they work without JavaScript): the check is stated
// when the action is declared, as with staffAction. They redirect or answer 403 like a page.
import "server-only";
import { redirect } from "next/navigation";
import { getActorState, requireStaff } from "@/lib/authz/guard";
import type { Capability } from "@/lib/authz/capabilities";
import type { StaffActor } from "@/lib/authz/permissions";

/** A form action for a staff member with `capability` (no session: to sign-in; without it: 403). */
export function staffFormAction(capability: Capability, handler: (actor: StaffActor, formData: FormData) => Promise<void>) {
  return async (formData: FormData): Promise<void> => {
    const actor = await requireStaff(capability);
    await handler(actor, formData);
  };
}

/**
 * A form action for a signed-in staff member who may not have chosen an organisation yet (the
 * choice of organisation itself). No session: to sign-in; an officer: to their start page.
 */
export function sessionFormAction(handler: (session: { userId: string; sessionId: string }, formData: FormData) => Promise<void>) {
  return async (formData: FormData): Promise<void> => {
    const state = await getActorState();
    if (state.status === "none") redirect("/logga-in");
    if (state.status === "ok" && state.actor.kind !== "staff") redirect("/");
    const { userId, sessionId } = state.status === "ok" ? state.actor : state;
    await handler({ userId, sessionId }, formData);
  };
}
