// Reads that the layout and a page both need, made once per request (React's request cache).
import { cache } from "react";
import type { Actor } from "@/lib/authz/permissions";
import { countNewParticipants } from "@/features/participants/new-participants";
import { BADGE_CAP } from "@/lib/badge-text";

/** How many wait for a handledare, up to BADGE_CAP + 1: the menu says "99+", the start page "Fler än 99". */
export const countNewParticipantsOnce = cache((actor: Actor) => countNewParticipants(actor, undefined, BADGE_CAP + 1));
