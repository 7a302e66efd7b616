// The one server-side entry to authorization for pages, actions and routes.
// Pages and actions call requireStaff/requireOfficer; data functions then check the
// target with canAt() from ./permissions. Deny by default.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { chooseOrganisationAddress, REQUEST_PATH_HEADER, signInAddress } from "@/lib/auth/return-to";
import { loadActorState, type ActorState } from "./actor";
import { can, type Actor, type Capability, type OfficerActor, type StaffActor } from "./permissions";

/** Read once per request. */
export const getActorState = cache(async (): Promise<ActorState> => {
  const session = (await getServerSession(authOptions)) as { sid?: string } | null;
  if (!session?.sid) return { status: "none" };
  return loadActorState(session.sid);
});

export async function requireActor(): Promise<Actor> {
  const state = await getActorState();
  // Signed out: to the sign-in page, which leads back to the page asked for (issue #14).
  if (state.status === "none") redirect(signInAddress((await headers()).get(REQUEST_PATH_HEADER)));
  if (state.status === "choose-supplier") redirect(chooseOrganisationAddress((await headers()).get(REQUEST_PATH_HEADER)));
  return state.actor;
}

export async function requireStaff(capability?: Capability): Promise<StaffActor> {
  const actor = await requireActor();
  if (actor.kind !== "staff") forbidden();
  if (capability && !can(actor, capability)) forbidden();
  return actor;
}

export async function requireOfficer(): Promise<OfficerActor> {
  const actor = await requireActor();
  if (actor.kind !== "officer" || !can(actor, "officerWork")) forbidden();
  return actor;
}
