"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { assignHandledareInput } from "@/features/assignments/schemas";
import { assignHandledare } from "@/features/assignments/service";

export const bulkReassignAction = staffAction("manageStaff", assignHandledareInput, async (actor, input) => {
  const res = await assignHandledare(actor, input);
  revalidatePath("/administration/arbetsbelastning");
  return res;
});
