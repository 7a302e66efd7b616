"use server";

import { revalidatePath } from "next/cache";
import { officerAction } from "@/lib/actions/officer-action";
import { decideReportInput } from "@/lib/reports/periodic/schemas";
import { decideReport } from "@/lib/reports/periodic/service";

export const decideReportAction = officerAction(decideReportInput, async (actor, input) => {
  await decideReport(actor, input);
  revalidatePath("/handlaggare/redovisningar");
  revalidatePath(`/handlaggare/redovisningar/${input.reportId}`);
  return null;
});
