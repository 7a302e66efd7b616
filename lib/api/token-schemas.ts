// API tokens (API-nycklar): the administration form's schema, shared by react-hook-form and the
// server action, and the pure rule for the expiry date. No database, no clock here.
import { formatDate } from "@/lib/format";
import { addDays, differenceInCalendarDays, format, isValid, parseISO } from "date-fns";
import { z } from "@/lib/validation/zod";

/** A token may carry the unit permissions only; administration is never done through the API. */
export const API_TOKEN_PERMISSIONS = ["RECEIVE_PARTICIPANTS", "REPORTING"] as const;
export type ApiTokenPermission = (typeof API_TOKEN_PERMISSIONS)[number];

/** The furthest expiry date, in days after today. */
export const API_TOKEN_MAX_DAYS = 366;
/** What the form proposes. */
export const API_TOKEN_DEFAULT_DAYS = 90;
/** Active (not revoked, not expired) tokens an organisation may have at once. *(assumed)* */
export const API_TOKEN_MAX_ACTIVE = 25;

export const API_TOKEN_NAME_MAX = 80;

/** Checkbox groups give a string (one box), false (none) or an array: always an array here. */
const list = (v: unknown) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []);

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const createApiTokenInput = z
  .object({
    name: z
      .string({ error: "Ange ett namn på nyckeln." })
      .trim()
      .min(2, "Ange ett namn på nyckeln, till exempel verksamhetssystemets namn.")
      .max(API_TOKEN_NAME_MAX, `Namnet får ha högst ${API_TOKEN_NAME_MAX} tecken.`),
    permissions: z.preprocess(
      list,
      z.array(z.enum(API_TOKEN_PERMISSIONS, { error: "Okänd behörighet." })).min(1, "Välj minst en behörighet.").max(API_TOKEN_PERMISSIONS.length),
    ),
    unitScope: z.enum(["ALL", "SELECTED"], { error: "Välj vilka utförande verksamheter nyckeln ska gälla." }),
    unitIds: z.preprocess(list, z.array(z.uuid({ error: "Okänd utförande verksamhet." })).max(500)),
    /** the last day the token works (Swedish date); it stops at midnight after that day */
    expiresAt: z
      .string({ error: "Ange ett slutdatum." })
      .trim()
      .regex(isoDate, "Ange slutdatumet som ÅÅÅÅ-MM-DD.")
      .refine((s) => isValid(parseISO(s)) && format(parseISO(s), "yyyy-MM-dd") === s, "Datumet finns inte."),
  })
  .superRefine((v, ctx) => {
    if (v.unitScope === "SELECTED" && v.unitIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["unitIds"], message: "Välj minst en utförande verksamhet, eller alla." });
    }
  });
export type CreateApiTokenInput = z.output<typeof createApiTokenInput>;
export type CreateApiTokenForm = {
  name: string;
  permissions: ApiTokenPermission[];
  unitScope: "ALL" | "SELECTED";
  unitIds: string[];
  expiresAt: string;
};

/** The expiry date must lie after today and at most API_TOKEN_MAX_DAYS ahead; null when fine. */
export function checkTokenExpiry(expiresOn: string, today: string): string | null {
  const days = differenceInCalendarDays(parseISO(expiresOn), parseISO(today));
  if (days < 1) return "Slutdatumet måste ligga efter i dag.";
  if (days > API_TOKEN_MAX_DAYS) return `Slutdatumet får ligga högst ${API_TOKEN_MAX_DAYS} dagar fram i tiden (senast ${formatDate(latestExpiry(today))}).`;
  return null;
}

export function latestExpiry(today: string): string {
  return format(addDays(parseISO(today), API_TOKEN_MAX_DAYS), "yyyy-MM-dd");
}

export function defaultExpiry(today: string): string {
  return format(addDays(parseISO(today), API_TOKEN_DEFAULT_DAYS), "yyyy-MM-dd");
}

export const API_TOKEN_PERMISSION_HINTS: Record<ApiTokenPermission, string> = {
  RECEIVE_PARTICIPANTS: "Läsa nya deltagare och tilldela handledare vid de valda verksamheterna.",
  REPORTING: "Läsa deltagarlistan, deltagare, händelser och beställningar, och skicka planeringar och rapporter vid de valda verksamheterna.",
};

export type ApiTokenStatus = "active" | "expired" | "revoked" | "creator-inactive";

export const API_TOKEN_STATUS_LABELS: Record<ApiTokenStatus, string> = {
  active: "Aktiv",
  expired: "Har gått ut",
  revoked: "Återkallad",
  "creator-inactive": "Fungerar inte: skaparen är inaktiverad eller inte längre behörighetsadministratör",
};

/**
 * A key works only while the administrator who created it could create it now: their account
 * and membership are active and they still hold Administrera behörigheter in the organisation.
 * Keys belong to a named owner; demoting the owner stops the key at once.
 */
export function creatorStillAuthorised(c: { userActive: boolean; membershipActive: boolean; permissions: readonly string[] } | null): boolean {
  return !!c && c.userActive && c.membershipActive && c.permissions.includes("ADMINISTER_PERMISSIONS");
}

/** One rule for the list and for authentication: which tokens work now. */
export function apiTokenStatus(t: { revokedAt: Date | null; expiresAt: Date; creatorActive: boolean }, now: Date): ApiTokenStatus {
  if (t.revokedAt) return "revoked";
  if (t.expiresAt.getTime() <= now.getTime()) return "expired";
  if (!t.creatorActive) return "creator-inactive";
  return "active";
}
