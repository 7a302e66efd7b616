"use server";

import { redirect } from "next/navigation";
import { z } from "@/lib/validation/zod";
import { chooseSupplier } from "@/lib/authz/actor";
import { sessionFormAction } from "@/lib/actions/form-action";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { RETURN_PARAM, safeReturnPath } from "@/lib/auth/return-to";

/** The choice of organisation: a signed-in staff member, only to one they belong to. */
export const chooseSupplierAction = sessionFormAction(async ({ userId, sessionId }, formData) => {
  const parsed = z.uuid().safeParse(formData.get("supplierId"));
  if (parsed.success && (await chooseSupplier(sessionId, userId, parsed.data))) {
    await audit(db, { actorId: userId, supplierId: parsed.data, action: "auth.supplier-chosen", entityType: "UserSession", entityId: sessionId });
    // Back to the page asked for before signing in, when it is a path on the portal (issue #14).
    const back = formData.get(RETURN_PARAM);
    redirect(safeReturnPath(typeof back === "string" ? back : null) ?? "/start");
  }
  redirect("/valj-organisation");
});
