// Periodisk redovisning, reading: the participant's months and their state, one month's
// workspace (active days, approved activities, the draft or the submitted versions), and the
// start page's unreported months. Staff need "reportOnParticipants" at the decision's unit.
import { createHash } from "node:crypto";
import { db, dbHandle } from "@/lib/db";
import type { Prisma, ReportStatus } from "@/lib/generated/prisma/client";
import { today as clockToday } from "@/lib/clock";
import { NotFoundError } from "@/lib/authz/errors";
import type { Actor } from "@/lib/authz/permissions";
import { sqlScope } from "@/lib/authz/access";
import { cappedTotal, COUNT_CAP } from "@/lib/capped-count";
import { fromIsoDate, toIsoDate } from "@/features/decisions/periods";
import { activeDays, reportMonth, reportMonths, type MonthState, type ReportMonth } from "./rules";
import { type EntryInput } from "./hours-rules";
import { type Client, activityInfo, approvedForMonth, byCatalogueOrder, decisionForReporting, serviceFacts } from "./reporting-context";
import { limitLiteral } from "@/lib/db/limit-literal";

// ---------------------------------------------------------------------------------------
// Reading reports

export const reportInclude = { entries: { orderBy: [{ date: "asc" }, { activityCode: "asc" }] }, supersededBy: { select: { id: true } } } as const satisfies Prisma.PeriodicReportInclude;
type ReportRow = Prisma.PeriodicReportGetPayload<{ include: typeof reportInclude }>;

export interface ReportEntryView extends EntryInput {
  remote: boolean;
}

export interface ReportView {
  id: string;
  month: string;
  version: number;
  supersedesId: string | null;
  superseded: boolean;
  noActivities: boolean;
  languageSupportGiven: boolean;
  jobSuggestionsGiven: boolean;
  entries: ReportEntryView[];
  remoteByActivity: Record<string, boolean>;
  submittedAt: Date | null;
  submittedBy: string | null;
  status: ReportStatus | null;
  statusReason: string | null;
  /** from the audit trail (the report row has no decision columns) */
  decidedAt: Date | null;
  decidedBy: string | null;
}

function remoteOf(entries: { activityCode: string; remote: boolean }[]): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const e of entries) out[e.activityCode] = (out[e.activityCode] ?? false) || e.remote;
  return out;
}

export async function views(client: Client, rows: ReportRow[]): Promise<ReportView[]> {
  if (rows.length === 0) return [];
  const decisions = await client.auditEvent.findMany({
    where: { entityType: "PeriodicReport", entityId: { in: rows.map((r) => r.id) }, action: { in: ["periodic-report.approved", "periodic-report.rejected"] } },
    orderBy: { at: "desc" },
    select: { entityId: true, at: true, actorId: true },
  });
  const userIds = [...new Set([...rows.map((r) => r.submittedById), ...decisions.map((a) => a.actorId)].filter((x): x is string => !!x))];
  const names = new Map((await client.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return rows.map((r) => {
    const decided = decisions.find((a) => a.entityId === r.id);
    const entries = r.entries.map((e) => ({ date: toIsoDate(e.date), activityCode: e.activityCode, minutes: e.minutes, remote: e.remote }));
    return {
      id: r.id,
      month: toIsoDate(r.month),
      version: r.version,
      supersedesId: r.supersedesId,
      superseded: r.supersededBy !== null,
      noActivities: r.noActivities,
      languageSupportGiven: r.languageSupportGiven,
      jobSuggestionsGiven: r.jobSuggestionsGiven,
      entries,
      remoteByActivity: remoteOf(r.entries),
      submittedAt: r.submittedAt,
      submittedBy: r.submittedById ? (names.get(r.submittedById) ?? null) : null,
      status: r.status,
      statusReason: r.statusReason,
      decidedAt: decided?.at ?? null,
      decidedBy: decided?.actorId ? (names.get(decided.actorId) ?? null) : null,
    };
  });
}

/**
 * A token for the draft's content: a colleague who saves over a draft that someone else has
 * changed since they opened it is told so instead of silently overwriting it.
 */
export function draftRevision(r: { noActivities: boolean; languageSupportGiven: boolean; jobSuggestionsGiven: boolean; entries: { date: Date; activityCode: string; minutes: number; remote: boolean }[] }): string {
  const entries = r.entries.map((e) => [toIsoDate(e.date), e.activityCode, e.minutes, e.remote] as const).sort((a, b) => (`${a[0]}${a[1]}` < `${b[0]}${b[1]}` ? -1 : 1));
  return createHash("sha256").update(JSON.stringify([r.noActivities, r.languageSupportGiven, r.jobSuggestionsGiven, entries])).digest("hex").slice(0, 32);
}

async function submittedMonths(client: Client, decisionIds: string[]): Promise<Map<string, Set<string>>> {
  const rows = decisionIds.length
    ? await client.periodicReport.findMany({ where: { decisionId: { in: decisionIds }, submittedAt: { not: null } }, select: { decisionId: true, month: true }, distinct: ["decisionId", "month"] })
    : [];
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!out.has(r.decisionId)) out.set(r.decisionId, new Set());
    out.get(r.decisionId)!.add(toIsoDate(r.month));
  }
  return out;
}

export interface MonthOverview extends ReportMonth {
  hasDraft: boolean;
  latest: { id: string; version: number; status: ReportStatus | null; statusReason: string | null } | null;
}

/** The participant's months with their state and the latest submitted version's status. */
export async function getReportOverview(actor: Actor, decisionId: string, today = clockToday()) {
  const d = await decisionForReporting(db, actor, decisionId);
  const reports = await db.periodicReport.findMany({
    where: { decisionId: d.id },
    orderBy: [{ month: "asc" }, { version: "desc" }],
    select: { id: true, month: true, version: true, submittedAt: true, status: true, statusReason: true },
  });
  const submitted = reports.filter((r) => r.submittedAt !== null);
  const months: MonthOverview[] = reportMonths(serviceFacts(d), today, submitted.map((r) => toIsoDate(r.month))).map((m) => {
    const latest = submitted.find((r) => toIsoDate(r.month) === m.month);
    return {
      ...m,
      hasDraft: reports.some((r) => r.submittedAt === null && toIsoDate(r.month) === m.month),
      latest: latest ? { id: latest.id, version: latest.version, status: latest.status, statusReason: latest.statusReason } : null,
    };
  });
  return {
    decision: { id: d.id, participantName: `${d.participant.firstName} ${d.participant.lastName}`, implementationReference: d.implementationReference, unitName: d.unit.name },
    months,
  };
}

/** Everything the month's page needs: active days, approved activities, the draft or the submitted versions. */
export async function getReportWorkspace(actor: Actor, decisionId: string, month: string, today = clockToday()) {
  const d = await decisionForReporting(db, actor, decisionId);
  const facts = serviceFacts(d);
  const rows = await db.periodicReport.findMany({ where: { decisionId: d.id, month: fromIsoDate(month) }, include: reportInclude, orderBy: { version: "asc" } });
  const submittedRows = rows.filter((r) => r.submittedAt !== null);
  const m = reportMonth(facts, month, today, submittedRows.length ? [month] : []);
  if (!m) throw new NotFoundError("Månaden ingår inte i deltagarens tjänst.");
  const days = activeDays(month, facts);
  const { approvedOn, activities } = await approvedForMonth(db, d, days);
  const draftRow = rows.find((r) => r.submittedAt === null) ?? null;
  const [draft] = draftRow ? await views(db, [draftRow]) : [];
  const versions = await views(db, submittedRows);
  // Activities no longer in the planning still get their names in earlier versions.
  const usedCodes = [...new Set(rows.flatMap((r) => r.entries.map((e) => e.activityCode)))];
  const names = Object.fromEntries([...(await activityInfo(db, d.serviceVersion, usedCodes)).values(), ...activities].sort(byCatalogueOrder).map((a) => [a.code, a.name]));
  const line = await db.orderLine.findFirst({
    where: { month: fromIsoDate(month), article: "BASE_PER_DAY", state: { not: "CANCELLED" }, order: { decisionId: d.id, kind: "BASE" } },
    select: { state: true, invoices: { where: { kind: "INVOICE", creditedBy: { is: null } }, select: { id: true, invoiceNumber: true } } },
  });
  const lastSave = draftRow
    ? await db.auditEvent.findFirst({ where: { entityType: "PeriodicReport", entityId: draftRow.id, action: "periodic-report.draft-saved" }, orderBy: { at: "desc" }, select: { at: true, actorId: true } })
    : null;
  const lastSavedBy = lastSave?.actorId ? (await db.user.findUnique({ where: { id: lastSave.actorId }, select: { name: true } }))?.name ?? null : null;
  const latest = versions[versions.length - 1] ?? null;
  return {
    decision: { id: d.id, participantName: `${d.participant.firstName} ${d.participant.lastName}`, implementationReference: d.implementationReference, unitName: d.unit.name },
    month: m,
    days,
    activities,
    approvedOn,
    activityNames: names as Record<string, string>,
    draft: draft ? { ...draft, revision: draftRevision(draftRow!), savedAt: lastSave?.at ?? null, savedBy: lastSavedBy } : null,
    /** submitted versions, oldest first */
    versions,
    latest,
    orderLineState: line?.state ?? null,
    /** a correction is possible while the month's order line is not invoiced */
    mayCorrect: latest !== null && line !== null && line.state !== "INVOICED",
    /** the latest report was rejected but the month is invoiced: that invoice is credited first */
    mustCredit: latest?.status === "REJECTED" && line?.state === "INVOICED" && line.invoices[0] ? { invoiceId: line.invoices[0].id, invoiceNumber: line.invoices[0].invoiceNumber } : null,
  };
}
// ---------------------------------------------------------------------------------------
// Start page

export interface DueReport {
  decisionId: string;
  name: string;
  unitName: string;
  month: string;
  state: Extract<MonthState, "due" | "overdue">;
  dueBy: string;
  hasDraft: boolean;
}

/** How far back the start page looks for unreported months. *(assumed)* */
export const DUE_LOOKBACK_MONTHS = 12;

/**
 * Months that may be reported and are not yet submitted, for the participants at the actor's
 * reporting units: overdue first, then by deadline. At most `limit` rows, with the total.
 */
export async function reportsDue(
  actor: Actor,
  today = clockToday(),
  limit = 50,
  opts: { mine?: boolean; countCap?: number } = {},
): Promise<{ total: number; totalIsCapped: boolean; rows: DueReport[] }> {
  const scope = sqlScope(actor, "reportOnParticipants");
  if (!scope) return { total: 0, totalIsCapped: false, rows: [] };
  const units = scope.unitIds;
  const cap = opts.countCap ?? COUNT_CAP;
  const since = new Date(fromIsoDate(today).getTime());
  since.setUTCMonth(since.getUTCMonth() - DUE_LOOKBACK_MONTHS);
  since.setUTCDate(1);
  // The stored obligations (one per placement and month, kept by the database from the
  // placement's periods and reports; the rule is reportMonths()): unsent months whose
  // report may be sent, overdue (dueBy passed) first. One statement, as the start page asks
  // it on every load. A whole supplier's unsent months (tens of thousands) are neither sorted
  // nor counted in full: `cut` walks the due-date index to the limit-th due date, only the
  // months due by then are joined and sorted by name, and the count stops at the cap. The
  // limits are in the text like the lists' (lib/db/limit-literal.ts), which took 0.1 ms off it
  // at 10,000 placements; PostgreSQL still plans this one afresh on each load (its generic plan
  // is costed dearer whatever the limits), about 1 ms of the database's time on the start page.
  const found = await dbHandle().sql.query<{ decisionId: string | null; month: string; dueBy: string; hasDraft: boolean; firstName: string; lastName: string; unitName: string; total: number }>(
    `WITH due AS NOT MATERIALIZED (
       SELECT o."decisionId", o.month, o."dueBy", o."hasDraft"
         FROM "ReportObligation" o
         ${opts.mine
           ? // Mine: from my placements (the handledare index), not from every unsent month in scope.
             `JOIN "Decision" mine ON mine.id = o."decisionId" AND mine."currentHandledareId" = $5::uuid`
           : ""}
        WHERE o."supplierId" = $1::uuid AND o."unitId" = ANY($2::uuid[]) AND NOT o.submitted
          AND o."dueFrom" <= $3::date AND o.month >= $4::date
     ), cut AS (
       SELECT "dueBy" FROM due ORDER BY "dueBy" OFFSET ${limitLiteral(limit - 1)} LIMIT 1
     )
     SELECT (SELECT count(*)::int FROM (SELECT 1 FROM due LIMIT ${limitLiteral(cap + 1)}) c) AS total, page.*
       FROM (SELECT 1) one
       LEFT JOIN LATERAL (
         SELECT o."decisionId", to_char(o.month, 'YYYY-MM-DD') AS month, to_char(o."dueBy", 'YYYY-MM-DD') AS "dueBy", o."hasDraft",
                p."firstName", p."lastName", u.name AS "unitName"
           FROM due o
           JOIN "Decision" d ON d.id = o."decisionId"
           JOIN "Participant" p ON p.id = d."participantId"
           JOIN "PerformingUnit" u ON u.id = d."unitId"
          WHERE o."dueBy" <= COALESCE((SELECT "dueBy" FROM cut), 'infinity'::date)
          ORDER BY o."dueBy" ASC, p."firstName" ASC, p."lastName" ASC, o."decisionId" ASC, o.month ASC
          LIMIT ${limitLiteral(limit)}
       ) page ON true`,
    [scope.supplierId, units, today, toIsoDate(since), ...(opts.mine ? [scope.userId] : [])],
    { prepared: true },
  );
  return {
    ...cappedTotal(found[0]?.total ?? 0, cap),
    rows: found.filter((o) => o.decisionId !== null).map((o) => ({
      decisionId: o.decisionId!,
      name: `${o.firstName} ${o.lastName}`,
      unitName: o.unitName,
      month: o.month,
      state: (today > o.dueBy ? "overdue" : "due") as DueReport["state"],
      dueBy: o.dueBy,
      hasDraft: o.hasDraft,
    })),
  };
}
