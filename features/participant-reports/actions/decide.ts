"use server";

import { revalidatePath } from "next/cache";
import { officerAction } from "@/lib/actions/officer-action";
import { decideReportInput } from "@/features/participant-reports/schemas";
import { decideParticipantReport } from "@/features/participant-reports/service";

export const decideReportAction = officerAction(decideReportInput, async (actor, input) => {
  const res = await decideParticipantReport(actor, input);
  revalidatePath("/handlaggare/rapporter");
  revalidatePath(`/handlaggare/rapporter/${input.reportId}`);
  return res;
});
