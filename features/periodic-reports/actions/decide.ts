"use server";

import { revalidatePath } from "next/cache";
import { officerAction } from "@/lib/actions/officer-action";
import { decideReportInput } from "@/features/periodic-reports/schemas";
import { decidePeriodicReport } from "@/features/periodic-reports/officer-review";

export const decideReportAction = officerAction(decideReportInput, async (actor, input) => {
  await decidePeriodicReport(actor, input);
  revalidatePath("/handlaggare/redovisningar");
  revalidatePath(`/handlaggare/redovisningar/${input.reportId}`);
  return null;
});
