"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { officerAction } from "@/lib/actions/officer-action";
import { changePeriodEndInput, createDecisionInput, jobSeekerSearchInput, registerInterruptionInput, registerJobSeekerInput, registerWorkPlacementInput } from "@/features/decisions/schemas";
import { registerWorkPlacement } from "@/features/work-placements/service";
import { changePeriodEnd, createDecision, grantSecondPeriod, registerInterruption, registerJobSeeker, searchJobSeeker, withdrawInterruption } from "@/features/decisions/service";

export const searchJobSeekerAction = officerAction(jobSeekerSearchInput, (actor, input) => searchJobSeeker(actor, input.personalIdentityNumber));

export const registerJobSeekerAction = officerAction(registerJobSeekerInput, async (actor, input) => {
  const p = await registerJobSeeker(actor, input);
  return { participantId: p.id };
});

export const createDecisionAction = officerAction(createDecisionInput, async (actor, input) => {
  const id = await createDecision(actor, input);
  revalidatePath("/handlaggare/beslut");
  return { decisionId: id };
});

export const registerInterruptionAction = officerAction(registerInterruptionInput, async (actor, input) => {
  await registerInterruption(actor, input);
  revalidatePath(`/handlaggare/beslut/${input.decisionId}`);
  return null;
});

export const registerWorkPlacementAction = officerAction(registerWorkPlacementInput, async (actor, input) => {
  await registerWorkPlacement(actor, input);
  revalidatePath(`/handlaggare/beslut/${input.decisionId}`);
  return null;
});

export const withdrawInterruptionAction = officerAction(z.object({ interruptionId: z.uuid(), decisionId: z.uuid() }), async (actor, input) => {
  await withdrawInterruption(actor, input.interruptionId);
  revalidatePath(`/handlaggare/beslut/${input.decisionId}`);
  return null;
});

export const grantPeriod2Action = officerAction(z.object({ decisionId: z.uuid() }), async (actor, input) => {
  await grantSecondPeriod(actor, input.decisionId);
  revalidatePath(`/handlaggare/beslut/${input.decisionId}`);
  return null;
});

export const changePeriodEndAction = officerAction(z.intersection(changePeriodEndInput, z.object({ decisionId: z.uuid() })), async (actor, input) => {
  await changePeriodEnd(actor, input);
  revalidatePath(`/handlaggare/beslut/${input.decisionId}`);
  return null;
});
