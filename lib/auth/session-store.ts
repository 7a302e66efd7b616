// Server-side sessions in the database: revocable, and shared by every app instance.
import { db } from "@/lib/db";
import { now } from "@/lib/clock";

export const SESSION_TTL_MS = 8 * 60 * 60_000;

export async function createSession(userId: string, activeSupplierId: string | null) {
  return db.userSession.create({
    data: { userId, activeSupplierId, expiresAt: new Date(now().getTime() + SESSION_TTL_MS) },
  });
}

export async function revokeSession(sessionId: string) {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now() } });
}

/** Ends every session of a user (deactivation, password change). */
export async function revokeUserSessions(userId: string, tx: Pick<typeof db, "userSession"> = db) {
  await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now() } });
}
