"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { memberPhoneInput } from "@/features/staff/schemas";
import { setMemberPhone } from "@/features/staff/phone";

/** The behörighetsadministratör sets a member's work phone (issue #14); the service checks the member is theirs. */
export const setMemberPhoneAction = staffAction("manageStaff", memberPhoneInput, async (actor, { membershipId, phone }) => {
  const saved = await setMemberPhone(actor, membershipId, phone);
  revalidatePath(`/administration/anvandare/${membershipId}`);
  return { phone: saved };
});
