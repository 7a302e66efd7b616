"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { createInvoiceInput, creditInvoiceInput } from "@/lib/orders/invoicing-rules";
import { createInvoice, creditInvoice } from "@/lib/orders/invoicing";

// Orders are for administrators (whole organisation) or holders of the reporting permission
// (their units); the data functions check the order itself against that scope.
const ORDER_CAPABILITIES = ["manageStaff", "reportOnParticipants"] as const;

export const createInvoiceAction = staffAction([...ORDER_CAPABILITIES], createInvoiceInput, async (actor, input) => {
  const res = await createInvoice(actor, input);
  revalidatePath("/bestallningar");
  return res;
});

export const creditInvoiceAction = staffAction([...ORDER_CAPABILITIES], creditInvoiceInput, async (actor, input) => {
  const res = await creditInvoice(actor, input);
  revalidatePath("/bestallningar");
  return res;
});
