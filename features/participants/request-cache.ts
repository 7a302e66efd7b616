// Reads that the layout and a page both need, made once per request (React's request cache).
import { cache } from "react";
import { countNewParticipants } from "@/features/participants/new-participants";

export const countNewParticipantsOnce = cache(countNewParticipants);
