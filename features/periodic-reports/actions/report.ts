"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { correctionInput, saveDraftInput, submitReportInput } from "@/features/periodic-reports/schemas";
import { saveDraft, correctPeriodicReport, submitPeriodicReport } from "@/features/periodic-reports/service";

function refresh(decisionId: string, month: string) {
  revalidatePath(`/deltagare/${decisionId}/redovisning`);
  revalidatePath(`/deltagare/${decisionId}/redovisning/${month.slice(0, 7)}`);
}

export const saveDraftAction = staffAction("reportOnParticipants", saveDraftInput, async (actor, input) => {
  const res = await saveDraft(actor, input);
  refresh(input.decisionId, input.month);
  return res;
});

export const submitReportAction = staffAction("reportOnParticipants", submitReportInput, async (actor, input) => {
  const res = await submitPeriodicReport(actor, input);
  refresh(input.decisionId, input.month);
  revalidatePath("/start");
  return res;
});

export const submitCorrectionAction = staffAction("reportOnParticipants", correctionInput, async (actor, input) => {
  const res = await correctPeriodicReport(actor, input);
  refresh(input.decisionId, input.month);
  return res;
});
