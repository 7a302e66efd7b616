"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { staffAction } from "@/lib/actions/staff-action";
import { assignHandledareInput, firstMeetingInput, followUpInput } from "@/features/assignments/schemas";
import { assignHandledare, recordFirstMeeting, recordFollowUp } from "@/features/assignments/service";
import { revealPersonalIdentityNumber } from "@/features/participants/personal-number";

export const revealPnrAction = staffAction("revealPersonnummer", z.object({ decisionId: z.uuid() }), async (actor, { decisionId }) => ({
  value: await revealPersonalIdentityNumber(actor, decisionId),
}));

export const changeHandledareAction = staffAction("assignHandledare", assignHandledareInput, async (actor, input) => {
  const res = await assignHandledare(actor, input);
  for (const item of input.items) revalidatePath(`/deltagare/${item.decisionId}`);
  return res;
});

export const firstMeetingAction = staffAction("workWithParticipant", firstMeetingInput, async (actor, input) => {
  await recordFirstMeeting(actor, input);
  revalidatePath(`/deltagare/${input.decisionId}`);
  return null;
});

export const followUpAction = staffAction("workWithParticipant", followUpInput, async (actor, input) => {
  await recordFollowUp(actor, input);
  revalidatePath(`/deltagare/${input.decisionId}`);
  return null;
});
