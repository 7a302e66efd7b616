"use server";

import { redirect } from "next/navigation";
import { z } from "@/lib/validation/zod";
import { getActorState } from "@/lib/authz/guard";
import { chooseSupplier } from "@/lib/authz/actor";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { RETURN_PARAM, safeReturnPath } from "@/lib/auth/return-to";

export async function chooseSupplierAction(formData: FormData) {
  const state = await getActorState();
  if (state.status === "none") redirect("/logga-in");
  if (state.status === "ok" && state.actor.kind !== "staff") redirect("/");
  const parsed = z.uuid().safeParse(formData.get("supplierId"));
  const { userId, sessionId } = state.status === "ok" ? state.actor : state;
  if (parsed.success && (await chooseSupplier(sessionId, userId, parsed.data))) {
    await audit(db, { actorId: userId, supplierId: parsed.data, action: "auth.supplier-chosen", entityType: "UserSession", entityId: sessionId });
    // Back to the page asked for before signing in, when it is a path on the portal (issue #14).
    const back = formData.get(RETURN_PARAM);
    redirect(safeReturnPath(typeof back === "string" ? back : null) ?? "/start");
  }
  redirect("/valj-organisation");
}
