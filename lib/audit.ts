// Audit trail: who, when, what, before and after. Written in the same transaction as
// the change it describes. Personal identity numbers are never put in `before`/`after`.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { now } from "@/lib/clock";
import { currentApiTokenId } from "@/lib/audit-context";

type AuditWriter = Pick<Db, "auditEvent"> | Prisma.TransactionClient;

export interface AuditEntry {
  actorId: string | null;
  supplierId?: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

function json(value: unknown): Prisma.InputJsonValue | typeof Prisma.skip {
  return value === undefined || value === null ? Prisma.skip : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

export async function audit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      at: now(),
      actorId: entry.actorId,
      supplierId: entry.supplierId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: json(entry.before),
      after: json(entry.after),
      viaApiTokenId: currentApiTokenId(),
    },
  });
}
