// Queries of the participant list (Deltagarlista) and of its export, shared by the page,
// the export route and the data functions. Everything arrives as URL parameters: the list
// query never fails (a bad value falls back to "no filter"), the export query does, with a
// Swedish message, because it writes a record and hands out a file.
import { isValid, parseISO } from "date-fns";
import { z } from "@/lib/validation/zod";
import { DECISION_STATES } from "@/features/decisions/schemas";
import { daysBetween } from "@/features/decisions/periods";

export const PARTICIPANT_LIST_PAGE_SIZE = 25;

/** name = last name, first name; start = period 1 start; end = the last period's end. */
export const PARTICIPANT_SORT_KEYS = ["name", "start", "end"] as const;
export type ParticipantSortKey = (typeof PARTICIPANT_SORT_KEYS)[number];

/** A checkbox in a GET form: present ("1"/"on"/"true") or absent. */
const checkbox = z.preprocess((v) => v === true || v === "1" || v === "on" || v === "true", z.boolean());

export const participantListQuery = z.object({
  /** name (first, last or both, in any order) or part of the genomförandereferens */
  q: z
    .string()
    .transform((s) => s.trim().slice(0, 100) || undefined)
    .optional()
    .catch(undefined),
  /** "Visa bara mina deltagare": the actor is the current handledare */
  mine: checkbox.catch(false),
  handledareId: z.uuid().optional().catch(undefined),
  unitId: z.uuid().optional().catch(undefined),
  level: z.enum(["A", "B", "C"]).optional().catch(undefined),
  state: z.enum(DECISION_STATES).optional().catch(undefined),
  sort: z.enum(PARTICIPANT_SORT_KEYS).default("name").catch("name"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type ParticipantListQuery = z.output<typeof participantListQuery>;

/** Most days (both ends included) one export may cover. */
export const EXPORT_MAX_DAYS = 366;
export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** alla / med handledare / utan handledare (current handledare) */
export const EXPORT_HANDLEDARE = ["alla", "med", "utan"] as const;
export const EXPORT_HANDLEDARE_LABELS: Record<(typeof EXPORT_HANDLEDARE)[number], string> = {
  alla: "Alla",
  med: "Med handledare",
  utan: "Utan handledare",
};

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
function calendarDate(missing: string, invalid: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing, abort: true })
    .refine(isCalendarDate, invalid);
}

function isCalendarDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = parseISO(iso);
  if (!isValid(d)) return false;
  const [y, m, day] = iso.split("-").map(Number);
  return d.getFullYear() === y && d.getMonth() + 1 === m && d.getDate() === day;
}

export const participantExportQuery = z
  .object({
    from: calendarDate("Ange ett från-datum.", "Från-datum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD)."),
    to: calendarDate("Ange ett till-datum.", "Till-datum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD)."),
    handledare: z.enum(EXPORT_HANDLEDARE, { error: "Välj alla, med handledare eller utan handledare." }).default("alla"),
    excludeExported: checkbox,
    format: z.enum(EXPORT_FORMATS, { error: "Välj formatet CSV eller Excel." }),
  })
  .superRefine((v, ctx) => {
    // An invalid date already has its message; comparing it would only add a confusing one.
    if (!isCalendarDate(v.from) || !isCalendarDate(v.to)) return;
    if (v.from > v.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "Från-datum kan inte vara senare än till-datum." });
    } else if (daysBetween(v.from, v.to) + 1 > EXPORT_MAX_DAYS) {
      ctx.addIssue({ code: "custom", path: ["to"], message: `En export kan omfatta högst ${EXPORT_MAX_DAYS} dagar.` });
    }
  });
export type ParticipantExportQuery = z.output<typeof participantExportQuery>;
