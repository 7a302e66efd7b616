"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/staff-action";
import { createInvoiceInput, creditInvoiceInput } from "@/features/orders/invoicing-schemas";
import { createInvoice, creditInvoice } from "@/features/orders/invoicing";

// Orders (seeOrders): administrators in the whole organisation, holders of the reporting
// permission at their units; the data functions check the order itself against that scope.

export const createInvoiceAction = staffAction("seeOrders", createInvoiceInput, async (actor, input) => {
  const res = await createInvoice(actor, input);
  revalidatePath("/bestallningar");
  return res;
});

export const creditInvoiceAction = staffAction("seeOrders", creditInvoiceInput, async (actor, input) => {
  const res = await creditInvoice(actor, input);
  revalidatePath("/bestallningar");
  return res;
});
