"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { assignHandledareInput } from "@/features/assignments/schemas";
import { assignHandledare } from "@/features/assignments/service";

export const assignHandledareAction = staffAction("receiveParticipants", assignHandledareInput, async (actor, input) => {
  const result = await assignHandledare(actor, input);
  revalidatePath("/nya-deltagare");
  return result;
});
