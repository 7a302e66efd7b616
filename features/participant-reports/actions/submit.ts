"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { reportInput } from "@/features/participant-reports/schemas";
import { submitParticipantReport } from "@/features/participant-reports/service";

/** A new report, or with `correctsId` a correction (a new report that refers to the one it corrects). */
export const submitReportAction = staffAction("reportOnParticipants", reportInput, async (actor, input) => {
  const res = await submitParticipantReport(actor, input);
  revalidatePath(`/deltagare/${input.decisionId}/rapporter`);
  revalidatePath("/handlaggare/rapporter");
  return res;
});
