"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { submitPlanningInput } from "@/lib/planning/schemas";
import { submitPlanning } from "@/lib/planning/service";

export const submitPlanningAction = staffAction("reportOnParticipants", submitPlanningInput, async (actor, input) => {
  const res = await submitPlanning(actor, input);
  revalidatePath(`/deltagare/${input.decisionId}/planering`);
  revalidatePath("/handlaggare/planeringar");
  return res;
});
