"use server";

import { revalidatePath } from "next/cache";
import { officerAction } from "@/lib/actions/officer-action";
import { addUnitInput, registerSupplierInput } from "@/features/suppliers/schemas";
import { addUnit, registerSupplier } from "@/features/suppliers/service";

export const registerSupplierAction = officerAction(registerSupplierInput, async (actor, input) => {
  const res = await registerSupplier(actor, input);
  revalidatePath("/handlaggare");
  revalidatePath("/handlaggare/leverantorer");
  return { supplierId: res.supplierId };
});

export const addUnitAction = officerAction(addUnitInput, async (actor, input) => {
  const res = await addUnit(actor, input);
  revalidatePath(`/handlaggare/leverantorer/${input.supplierId}`);
  revalidatePath("/handlaggare");
  return res;
});
