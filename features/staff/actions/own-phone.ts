"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { ownPhoneInput } from "@/features/staff/schemas";
import { setOwnPhone } from "@/features/staff/phone";

/** A staff member sets their own work phone (issue #14): anyone with a permission in the organisation. */
export const setOwnPhoneAction = staffAction(["manageStaff", "receiveParticipants", "reportOnParticipants"], ownPhoneInput, async (actor, { phone }) => {
  const saved = await setOwnPhone(actor, phone);
  revalidatePath("/start");
  return { phone: saved };
});
