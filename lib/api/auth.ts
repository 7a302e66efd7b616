// Authentication of API requests: `Authorization: Bearer <API token>` → the acting StaffActor,
// built from database rows on every request exactly as lib/authz/actor.ts builds a signed-in
// person, so a revocation or a change takes effect at once on every app instance.
//
// The actor a token acts as:
// - organisation: the token's; units: the token's, or every unit of the organisation now
//   ("all units" includes units added later), resolved on each request;
// - permissions: the token's (Ta emot nya deltagare and/or Rapportering; never administration);
// - userId / name / e-mail / membershipId: the administrator who created the token, so what the
//   API changes is attributed to a person in the audit trail and on the portal's pages
//   (e.g. "tilldelad av", "inskickad av");
// - sessionId: `api-token:<token id>`.
//
// Refused with 401: no token, an unknown one, a revoked or expired one, and (a decision) a token
// whose creator is no longer active in the organisation (membership or account deactivated):
// deactivating a person ends their sessions at once (features/staff/service.ts), and a secret they
// may have kept must end with them. The administration page shows such tokens as not working, so
// the organisation can create a new one.
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import type { StaffActor } from "@/lib/authz/permissions";
import { apiTokenStatus, creatorStillAuthorised } from "./token-schemas";
import { hashApiToken } from "./token-secret";
import type { ProblemCode } from "./problem";

export interface ApiTokenInfo {
  id: string;
  name: string;
  prefix: string;
  supplierId: string;
}

export type AuthResult = { ok: true; actor: StaffActor; token: ApiTokenInfo } | { ok: false; code: Extract<ProblemCode, "unauthorized" | "invalid_token" | "token_revoked" | "token_expired" | "token_creator_inactive"> };

/** lastUsedAt is written at most once a minute per token (one write per request would be wasted). */
export const LAST_USED_PRECISION_MS = 60_000;

const MAX_TOKEN_LENGTH = 200;

export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (!header) return null;
  const m = /^Bearer[ \t]+([^\s]+)[ \t]*$/i.exec(header);
  return m ? m[1] : "";
}

export async function authenticate(request: Request): Promise<AuthResult> {
  const secret = bearerToken(request);
  if (secret === null) return { ok: false, code: "unauthorized" };
  if (!secret || secret.length > MAX_TOKEN_LENGTH) return { ok: false, code: "invalid_token" };
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(secret) },
    include: { units: { select: { unitId: true } }, supplier: { select: { id: true, name: true } } },
  });
  if (!token) return { ok: false, code: "invalid_token" };
  const membership = await db.membership.findUnique({
    where: { userId_supplierId: { userId: token.createdById, supplierId: token.supplierId } },
    include: { user: { select: { id: true, name: true, email: true, active: true } } },
  });
  const at = now();
  const status = apiTokenStatus({ revokedAt: token.revokedAt, expiresAt: token.expiresAt, creatorActive: creatorStillAuthorised(membership ? { userActive: membership.user.active, membershipActive: membership.active && membership.acceptedAt !== null, permissions: membership.permissions } : null) }, at);
  if (status === "revoked") return { ok: false, code: "token_revoked" };
  if (status === "expired") return { ok: false, code: "token_expired" };
  if (status === "creator-inactive" || !membership) return { ok: false, code: "token_creator_inactive" };

  const unitIds = token.allUnits
    ? (await db.performingUnit.findMany({ where: { supplierId: token.supplierId }, select: { id: true } })).map((u) => u.id)
    : token.units.map((u) => u.unitId);

  await db.apiToken.updateMany({
    where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(at.getTime() - LAST_USED_PRECISION_MS) } }] },
    data: { lastUsedAt: at },
  });

  return {
    ok: true,
    token: { id: token.id, name: token.name, prefix: token.prefix, supplierId: token.supplierId },
    actor: {
      kind: "staff",
      userId: membership.user.id,
      sessionId: `api-token:${token.id}`,
      name: membership.user.name,
      email: membership.user.email,
      supplierId: token.supplierId,
      supplierName: token.supplier.name,
      membershipId: membership.id,
      // Never administration, whatever the row says.
      permissions: token.permissions.filter((p) => p === "RECEIVE_PARTICIPANTS" || p === "REPORTING"),
      allUnits: token.allUnits,
      unitIds,
    },
  };
}
