// Reads that the layout and a page both need, made once per request (React's request cache).
import { cache } from "react";
import type { Actor } from "@/lib/authz/permissions";
import { countNewParticipants } from "@/features/participants/new-participants";

/** Past this the menu and the start page say "99+" / "fler än 99": the count stops at the next one. */
export const NEW_PARTICIPANTS_COUNT_CAP = 99;

/** How many wait for a handledare, up to NEW_PARTICIPANTS_COUNT_CAP + 1 (badgeText tells the two apart). */
export const countNewParticipantsOnce = cache((actor: Actor) => countNewParticipants(actor, undefined, NEW_PARTICIPANTS_COUNT_CAP + 1));
