"use server";

import { revalidatePath } from "next/cache";
import { officerAction } from "@/lib/actions/officer-action";
import { priceChangeInput } from "@/features/orders/invoicing-schemas";
import { updatePrice } from "@/features/orders/invoicing";

export const updatePriceAction = officerAction(priceChangeInput, async (actor, input) => {
  const res = await updatePrice(actor, input);
  revalidatePath("/handlaggare/prislista");
  return res;
});
