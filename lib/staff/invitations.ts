// Single-use, expiring invitation links. Only the token's hash is stored; the token is
// returned once, to be shown to the administrator who invited.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { now } from "@/lib/clock";
import { INVITATION_TTL_MS } from "./rules";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createInvitation(tx: Prisma.TransactionClient, input: { userId: string; supplierId: string; invitedById: string | null }): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.invitation.create({
    data: { tokenHash: hashToken(token), expiresAt: new Date(now().getTime() + INVITATION_TTL_MS), userId: input.userId, supplierId: input.supplierId, invitedById: input.invitedById },
  });
  return token;
}
