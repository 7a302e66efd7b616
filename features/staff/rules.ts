// Rules for supplier staff accounts. Pure functions of the facts they are given.

/**
 * The last active administrator of a supplier cannot lose the permission or be
 * deactivated: someone must always be able to manage the organisation's accounts.
 */
export function wouldRemoveLastAdmin(input: {
  activeAdminMembershipIds: string[];
  targetMembershipId: string;
  targetRemainsActiveAdmin: boolean;
}): boolean {
  const { activeAdminMembershipIds, targetMembershipId, targetRemainsActiveAdmin } = input;
  if (targetRemainsActiveAdmin) return false;
  if (!activeAdminMembershipIds.includes(targetMembershipId)) return false;
  return activeAdminMembershipIds.length <= 1;
}

/** A handledare with participants cannot be deactivated until they have been moved. */
export function deactivationBlockedByParticipants(activeAssignmentCount: number): boolean {
  return activeAssignmentCount > 0;
}

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;

export function invitationUsable(inv: { expiresAt: Date; usedAt: Date | null }, at: Date): boolean {
  return inv.usedAt === null && inv.expiresAt.getTime() > at.getTime();
}
