// API tokens for a supplier's own systems. Only the organisation's behörighetsadministratör
// (capability manageStaff, whole organisation) creates, lists and revokes them. The secret is
// returned once, at creation; the database keeps its sha256 and a short prefix to recognise it.
// Every creation and revocation writes an audit event (never the secret or its hash).
import { TZDate } from "@date-fns/tz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { now, SWEDISH_TIME_ZONE, today as clockToday } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import type { Actor } from "@/lib/authz/permissions";
import { z } from "@/lib/validation/zod";
import { API_TOKEN_MAX_ACTIVE, apiTokenStatus, checkTokenExpiry, creatorStillAuthorised, createApiTokenInput, type ApiTokenPermission, type ApiTokenStatus, type CreateApiTokenInput } from "@/lib/api/token-schemas";
import { assertManager } from "@/lib/authz/assert";
import { hashApiToken, newTokenSecret, TOKEN_SCHEME } from "@/lib/api/token-secret";

export { hashApiToken, newTokenSecret, TOKEN_SCHEME };

/** The instant a token with this last valid (Swedish) day stops working: the midnight after it. */
export function expiryInstant(lastDay: string): Date {
  const [y, m, d] = lastDay.split("-").map(Number);
  return new Date(new TZDate(y, m - 1, d + 1, 0, 0, 0, SWEDISH_TIME_ZONE).getTime());
}

export interface CreatedToken {
  id: string;
  /** shown once; never stored */
  secret: string;
  prefix: string;
  expiresAt: Date;
}

export async function createToken(actor: Actor, raw: CreateApiTokenInput, today = clockToday()): Promise<CreatedToken> {
  assertManager(actor);
  const input = createApiTokenInput.parse(raw);
  const expiryProblem = checkTokenExpiry(input.expiresAt, today);
  if (expiryProblem) throw new RuleError(expiryProblem, "expiresAt");
  const permissions = [...new Set(input.permissions)] as ApiTokenPermission[];
  const allUnits = input.unitScope === "ALL";
  const unitIds = allUnits ? [] : [...new Set(input.unitIds)];
  const at = now();
  return db.$transaction(async (tx) => {
    // Serialises token creation in the organisation (the cap on active tokens).
    await tx.$queryRaw`SELECT id FROM "Supplier" WHERE id = ${actor.supplierId}::uuid FOR UPDATE`;
    if (unitIds.length) {
      const count = await tx.performingUnit.count({ where: { supplierId: actor.supplierId, id: { in: unitIds } } });
      if (count !== unitIds.length) throw new RuleError("En vald utförande verksamhet hör inte till organisationen.", "unitIds");
    }
    const active = await tx.apiToken.count({ where: { supplierId: actor.supplierId, revokedAt: null, expiresAt: { gt: at } } });
    if (active >= API_TOKEN_MAX_ACTIVE) {
      throw new RuleError(`Organisationen har redan ${API_TOKEN_MAX_ACTIVE} aktiva API-nycklar. Återkalla en som inte används först.`);
    }
    const { secret, prefix } = newTokenSecret();
    const expiresAt = expiryInstant(input.expiresAt);
    const token = await tx.apiToken.create({
      data: {
        supplierId: actor.supplierId,
        name: input.name,
        tokenHash: hashApiToken(secret),
        prefix,
        permissions,
        allUnits,
        units: { create: unitIds.map((unitId) => ({ unitId })) },
        expiresAt,
        createdAt: at,
        createdById: actor.userId,
      },
    });
    await audit(tx, {
      actorId: actor.userId,
      supplierId: actor.supplierId,
      action: "api-token.created",
      entityType: "ApiToken",
      entityId: token.id,
      after: { name: token.name, prefix, permissions: [...permissions].sort(), allUnits, unitIds: [...unitIds].sort(), expiresAt: expiresAt.toISOString() },
    });
    return { id: token.id, secret, prefix, expiresAt };
  });
}

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  permissions: ApiTokenPermission[];
  allUnits: boolean;
  units: { id: string; name: string }[];
  expiresAt: Date;
  createdAt: Date;
  createdBy: string;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  revokedBy: string | null;
  status: ApiTokenStatus;
}

const listInclude = {
  units: { include: { unit: { select: { id: true, name: true } } } },
} as const satisfies Prisma.ApiTokenInclude;

/** Every token of the organisation, newest first: working ones and those that no longer work. */
export async function listTokens(actor: Actor): Promise<TokenRow[]> {
  assertManager(actor);
  const rows = await db.apiToken.findMany({ where: { supplierId: actor.supplierId }, include: listInclude, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  const peopleIds = [...new Set(rows.flatMap((r) => [r.createdById, r.revokedById]).filter((x): x is string => !!x))];
  const people = peopleIds.length
    ? await db.user.findMany({
        where: { id: { in: peopleIds } },
        select: { id: true, name: true, active: true, memberships: { where: { supplierId: actor.supplierId }, select: { active: true, permissions: true } } },
      })
    : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const at = now();
  return rows.map((r) => {
    const creator = byId.get(r.createdById);
    const m = creator?.memberships[0];
    const creatorActive = creatorStillAuthorised(creator && m ? { userActive: creator.active, membershipActive: m.active, permissions: m.permissions } : null);
    return {
      id: r.id,
      name: r.name,
      prefix: r.prefix,
      permissions: r.permissions.filter((p): p is ApiTokenPermission => p === "RECEIVE_PARTICIPANTS" || p === "REPORTING"),
      allUnits: r.allUnits,
      units: r.units.map((u) => u.unit).sort((a, b) => a.name.localeCompare(b.name, "sv")),
      expiresAt: r.expiresAt,
      createdAt: r.createdAt,
      createdBy: creator?.name ?? "",
      lastUsedAt: r.lastUsedAt,
      revokedAt: r.revokedAt,
      revokedBy: r.revokedById ? (byId.get(r.revokedById)?.name ?? "") : null,
      status: apiTokenStatus({ revokedAt: r.revokedAt, expiresAt: r.expiresAt, creatorActive }, at),
    };
  });
}

/** Revokes a token at once (every app instance: the next request is refused). Revoking twice changes nothing. */
export async function revokeToken(actor: Actor, tokenId: string): Promise<{ revoked: boolean }> {
  assertManager(actor);
  if (!z.uuid().safeParse(tokenId).success) throw new NotFoundError("API-nyckeln finns inte.");
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, supplierId: actor.supplierId } });
    if (!token) throw new NotFoundError("API-nyckeln finns inte.");
    const at = now();
    const changed = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: at, revokedById: actor.userId } });
    if (changed.count === 0) return { revoked: false };
    await audit(tx, {
      actorId: actor.userId,
      supplierId: actor.supplierId,
      action: "api-token.revoked",
      entityType: "ApiToken",
      entityId: token.id,
      before: { name: token.name, prefix: token.prefix, revokedAt: null },
      after: { name: token.name, prefix: token.prefix, revokedAt: at.toISOString() },
    });
    return { revoked: true };
  });
}
