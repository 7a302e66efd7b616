// No imports: the menu (a client component) draws its badges with it.

/** Past this a badge (and a count beside it, such as the officer's overview) says "99+": the count behind it stops at the next one. */
export const BADGE_CAP = 99;

/**
 * A menu badge's number: exact up to `cap`, then "99+" (what a badge can hold and people know).
 * The count behind it needs to read at most cap + 1 rows.
 */
export function badgeText(countedUpToCapPlusOne: number, cap: number): string {
  return countedUpToCapPlusOne > cap ? `${cap}+` : String(countedUpToCapPlusOne);
}
