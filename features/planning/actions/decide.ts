"use server";

import { revalidatePath } from "next/cache";
import { officerAction } from "@/lib/actions/officer-action";
import { decidePlanningInput } from "@/features/planning/schemas";
import { decidePlanning } from "@/features/planning/service";

export const decidePlanningAction = officerAction(decidePlanningInput, async (actor, input) => {
  const res = await decidePlanning(actor, input);
  revalidatePath("/handlaggare/planeringar");
  revalidatePath(`/handlaggare/planeringar/${input.planningId}`);
  return res;
});
