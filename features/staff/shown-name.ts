// The name an organisation sees for one of its members: the account's own once the person has
// accepted, until then the name its administrator typed, so that an invitation never reveals
// an existing account's own name. The list sorts and searches on the same rule in SQL.

/** The rule. */
export function shownName(m: { acceptedAt: Date | null; invitedName: string | null; user: { name: string } }): string {
  return m.acceptedAt ? m.user.name : (m.invitedName ?? m.user.name);
}

/** The rule over the membership "m" and its user "u" (tests/integration/staff-list.test.ts checks that the two agree). */
export const SHOWN_NAME_SQL = `CASE WHEN m."acceptedAt" IS NULL THEN COALESCE(m."invitedName", u.name) ELSE u.name END`;
