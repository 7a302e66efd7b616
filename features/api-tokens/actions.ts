"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { staffAction } from "@/lib/actions/staff-action";
import { createApiTokenInput } from "@/lib/api/token-schemas";
import { createToken, revokeToken } from "@/features/api-tokens/service";
import { formatDateTime } from "@/lib/format";

export const createApiTokenAction = staffAction("manageStaff", createApiTokenInput, async (actor, input) => {
  const created = await createToken(actor, input);
  revalidatePath("/administration/api-nycklar");
  // The secret goes to this administrator's browser once and is never stored or shown again.
  return { id: created.id, secret: created.secret, prefix: created.prefix, expires: formatDateTime(created.expiresAt) };
});

export const revokeApiTokenAction = staffAction("manageStaff", z.object({ tokenId: z.uuid() }), async (actor, { tokenId }) => {
  const res = await revokeToken(actor, tokenId);
  revalidatePath("/administration/api-nycklar");
  return res;
});
