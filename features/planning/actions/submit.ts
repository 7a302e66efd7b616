"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { submitPlanningInput } from "@/features/planning/schemas";
import { submitPlanning } from "@/features/planning/service";

export const submitPlanningAction = staffAction("reportOnParticipants", submitPlanningInput, async (actor, input) => {
  const res = await submitPlanning(actor, input);
  revalidatePath(`/deltagare/${input.decisionId}/planering`);
  revalidatePath("/handlaggare/planeringar");
  return res;
});
