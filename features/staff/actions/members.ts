"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { staffAction } from "@/lib/actions/staff-action";
import { accessInput, inviteStaffInput } from "@/features/staff/schemas";
import { inviteStaff, liftMemberSignInLock, reissueInvitation, sendPasswordResetToMember, setMembershipActive, updateAccess } from "@/features/staff/service";

export const inviteStaffAction = staffAction("manageStaff", inviteStaffInput, async (actor, input) => {
  const res = await inviteStaff(actor, input);
  revalidatePath("/administration/anvandare");
  return { membershipId: res.membershipId };
});

export const updateAccessAction = staffAction(
  "manageStaff",
  z.intersection(z.object({ membershipId: z.uuid() }), accessInput),
  async (actor, { membershipId, ...access }) => {
    await updateAccess(actor, membershipId, access);
    revalidatePath(`/administration/anvandare/${membershipId}`);
    return null;
  },
);

export const setActiveAction = staffAction(
  "manageStaff",
  z.object({ membershipId: z.uuid(), active: z.boolean() }),
  async (actor, { membershipId, active }) => {
    await setMembershipActive(actor, membershipId, active);
    revalidatePath(`/administration/anvandare/${membershipId}`);
    return null;
  },
);

export const reissueInvitationAction = staffAction("manageStaff", z.object({ membershipId: z.uuid() }), async (actor, { membershipId }) => {
  await reissueInvitation(actor, membershipId);
  return null;
});

export const sendPasswordResetAction = staffAction("manageStaff", z.object({ membershipId: z.uuid() }), async (actor, { membershipId }) => {
  await sendPasswordResetToMember(actor, membershipId);
  return null;
});

export const liftSignInLockAction = staffAction("manageStaff", z.object({ membershipId: z.uuid() }), async (actor, { membershipId }) => {
  return { lifted: await liftMemberSignInLock(actor, membershipId) };
});
