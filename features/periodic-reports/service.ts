// Periodisk redovisning: drafts, submission (which records the month's delivery on the base
// order), corrections (new versions; nothing submitted is ever edited) and the officer's
// decision. Staff need "reportOnParticipants" at the decision's unit; anything else is
// answered "not found". Each change and its audit record commit together.
import { createHash } from "node:crypto";
import { db, dbHandle } from "@/lib/db";
import type { Prisma, ReportStatus } from "@/lib/generated/prisma/client";
import { now, today as clockToday } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { once } from "@/lib/idempotency";
import { NotFoundError } from "@/lib/authz/errors";
import { assertOfficer, assertStaff } from "@/lib/authz/assert";
import { RuleError } from "@/lib/errors";
import type { Actor } from "@/lib/authz/permissions";
import { loadPlacementFor, sqlScope } from "@/lib/authz/access";
import { decisionFacts, factsInclude } from "@/features/decisions/facts";
import { fromIsoDate, toIsoDate } from "@/features/decisions/periods";
import { recordDelivery, undoDelivery } from "@/features/orders/base-order";
import { activityNames } from "@/features/planning/catalogue";
import { approvedPlanningVersions } from "@/features/planning/queries";
import { approvedActivities } from "@/features/planning/rules";
import { z } from "@/lib/validation/zod";
import {
  REPORT_STATUS_LABELS, activeDays, checkReport, entriesWithTime, mayDraft, maySubmit, monthLabel, reportMonth, reportMonths,
  type EntryInput, type Issue, type MonthState, type ReportContent, type ReportContext, type ReportMonth, type ServiceFacts,
} from "./rules";
import type { CorrectionInput, DecideReportInput, SaveDraftInput, SubmitReportInput } from "./schemas";

type Tx = Prisma.TransactionClient;
type Client = Tx | typeof db;

// ---------------------------------------------------------------------------------------
// Access

const decisionInclude = {
  ...factsInclude,
  participant: { select: { firstName: true, lastName: true } },
  unit: { select: { name: true } },
} as const satisfies Prisma.DecisionInclude;

type DecisionRow = Prisma.DecisionGetPayload<{ include: typeof decisionInclude }>;

const NOT_FOUND = "Deltagaren finns inte.";

/** The decision, if the actor may report on it; otherwise "not found" (other units, suppliers, permissions alike). */
async function decisionForReporting(client: Client, actor: Actor, decisionId: string): Promise<DecisionRow> {
  return loadPlacementFor(actor, "reportOnParticipants", decisionId, { include: decisionInclude, tx: client, message: NOT_FOUND });
}

/**
 * The same check before a write's transaction, without loading the placement: a replayed
 * idempotency key is answered before the transaction starts, and nobody locks a placement they
 * may not see. The transaction then loads the decision once, under its lock.
 */
async function assertMayReportOn(actor: Actor, decisionId: string): Promise<void> {
  await loadPlacementFor(actor, "reportOnParticipants", decisionId, { select: { id: true }, message: NOT_FOUND });
}

async function lockDecision(tx: Tx, decisionId: string) {
  await tx.$queryRaw`SELECT id FROM "Decision" WHERE id = ${decisionId}::uuid FOR UPDATE`;
}

const serviceFacts = (d: DecisionRow): ServiceFacts => {
  const f = decisionFacts(d);
  return { periods: f.periods, interruptions: f.interruptions };
};

/** Refuses with every issue at once, each pointing at its cell or field (shown next to it). */
function refuse(issues: Issue[]): never {
  throw new z.ZodError(issues.map((i) => ({ code: "custom" as const, path: i.path, message: i.message, input: undefined })));
}

// ---------------------------------------------------------------------------------------
// The approved joint planning (features/planning: the version in force per period)

export interface ActivityInfo {
  code: string;
  name: string;
  mandatory: boolean;
  sortOrder: number;
}

/** These codes' catalogue entries (retired activities too); a code the catalogue lacks shows as itself, last. */
async function activityInfo(client: Client, serviceVersion: DecisionRow["serviceVersion"], codes: string[]): Promise<Map<string, ActivityInfo>> {
  const catalogue = codes.length ? await activityNames(serviceVersion, client) : new Map<string, ActivityInfo>();
  return new Map(codes.map((code) => [code, catalogue.get(code) ?? { code, name: code, mandatory: false, sortOrder: 1000 }]));
}

const byCatalogueOrder = (a: ActivityInfo, b: ActivityInfo) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "sv");

/** The month's approved activities: per active day those of the approved planning of that day's period. */
async function approvedForMonth(client: Client, d: DecisionRow, days: string[]) {
  const periods = d.periods.filter((p) => days.some((day) => toIsoDate(p.startDate) <= day && day <= toIsoDate(p.endDate)));
  const versions = await approvedPlanningVersions(periods.map((p) => p.id), client);
  const byPeriod = new Map(periods.map((p) => [p.id, approvedActivities(versions.get(p.id) ?? [])]));
  const approvedOn: Record<string, string[]> = {};
  for (const day of days) {
    const p = periods.find((x) => toIsoDate(x.startDate) <= day && day <= toIsoDate(x.endDate));
    approvedOn[day] = p ? (byPeriod.get(p.id) ?? []) : [];
  }
  const codes = [...new Set([...byPeriod.values()].flat())];
  const catalogue = await activityInfo(client, d.serviceVersion, codes);
  return { approvedOn, activities: codes.map((c) => catalogue.get(c)!).sort(byCatalogueOrder) };
}

// ---------------------------------------------------------------------------------------
// Reading reports

const reportInclude = { entries: { orderBy: [{ date: "asc" }, { activityCode: "asc" }] }, supersededBy: { select: { id: true } } } as const satisfies Prisma.PeriodicReportInclude;
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

async function views(client: Client, rows: ReportRow[]): Promise<ReportView[]> {
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
function draftRevision(r: { noActivities: boolean; languageSupportGiven: boolean; jobSuggestionsGiven: boolean; entries: { date: Date; activityCode: string; minutes: number; remote: boolean }[] }): string {
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
// Writing

async function contextFor(tx: Tx, d: DecisionRow, month: string, today: string): Promise<ReportContext> {
  const days = activeDays(month, serviceFacts(d));
  const { approvedOn } = await approvedForMonth(tx, d, days);
  return { month, activeDays: days, approvedOn, today };
}

function entryRows(input: { entries: EntryInput[]; remoteByActivity: Record<string, boolean> }) {
  return entriesWithTime(input.entries).map((e) => ({
    date: fromIsoDate(e.date),
    activityCode: e.activityCode,
    minutes: e.minutes,
    remote: input.remoteByActivity[e.activityCode] ?? false,
  }));
}

function auditContent(input: { noActivities: boolean; languageSupportGiven: boolean | null; jobSuggestionsGiven: boolean | null; entries: EntryInput[] }) {
  const timed = entriesWithTime(input.entries);
  return {
    noActivities: input.noActivities,
    languageSupportGiven: input.languageSupportGiven,
    jobSuggestionsGiven: input.jobSuggestionsGiven,
    entries: timed.length,
    minutes: timed.reduce((s, e) => s + e.minutes, 0),
  };
}

function monthOrRefuse(d: DecisionRow, month: string, today: string): ReportMonth {
  const m = reportMonth(serviceFacts(d), month, today);
  if (!m) throw new RuleError("Månaden ingår inte i deltagarens tjänst.", "month");
  return m;
}

function alreadySubmitted(month: string): RuleError {
  return new RuleError(`Redovisningen för ${monthLabel(month)} är redan inskickad. Om något behöver ändras: öppna månaden och välj Skicka rättelse.`);
}

/**
 * Saves the month's draft (one per participant and month, version 1, not submitted). Any
 * colleague who reports at the unit may resume it. `draftRevision`, when given, must match the
 * stored draft: otherwise someone else has saved since, and nothing is overwritten.
 */
export async function saveDraft(actor: Actor, input: SaveDraftInput, today = clockToday()): Promise<{ reportId: string; revision: string }> {
  assertStaff(actor);
  await assertMayReportOn(actor, input.decisionId);
  return db.$transaction(async (tx) => {
    await lockDecision(tx, input.decisionId);
    const d = await decisionForReporting(tx, actor, input.decisionId);
    const m = monthOrRefuse(d, input.month, today);
    const draftable = mayDraft(m, today);
    if (!draftable.ok) throw new RuleError(draftable.message, "month");
    const existing = await tx.periodicReport.findUnique({
      where: { decisionId_month_version: { decisionId: d.id, month: fromIsoDate(input.month), version: 1 } },
      include: { entries: true },
    });
    if (existing && existing.submittedAt !== null) throw alreadySubmitted(input.month);
    if (existing && input.draftRevision !== undefined && input.draftRevision !== draftRevision(existing)) {
      throw new RuleError("Utkastet har ändrats av någon annan sedan du öppnade det. Ladda om sidan för att se den senaste versionen; dina ändringar har inte sparats.");
    }
    if (!existing && input.draftRevision) {
      throw new RuleError("Utkastet finns inte längre (det kan ha skickats in av någon annan). Ladda om sidan.");
    }
    const check = checkReport(input, await contextFor(tx, d, input.month, today), { complete: false });
    if (check.errors.length) refuse(check.errors);
    const data = {
      noActivities: input.noActivities,
      languageSupportGiven: input.languageSupportGiven ?? false,
      jobSuggestionsGiven: input.jobSuggestionsGiven ?? false,
    };
    const rows = entryRows(input);
    let id: string;
    if (existing) {
      await tx.periodicReportEntry.deleteMany({ where: { reportId: existing.id } });
      await tx.periodicReport.update({ where: { id: existing.id }, data: { ...data, entries: { create: rows } } });
      id = existing.id;
    } else {
      id = (await tx.periodicReport.create({ data: { decisionId: d.id, month: fromIsoDate(input.month), version: 1, ...data, entries: { create: rows } } })).id;
    }
    await audit(tx, {
      actorId: actor.userId, supplierId: d.supplierId, action: "periodic-report.draft-saved", entityType: "PeriodicReport", entityId: id,
      after: { decisionId: d.id, month: input.month, ...auditContent(input) },
    });
    return { reportId: id, revision: draftRevision({ ...data, entries: rows }) };
  });
}

/**
 * Sends the month's report: after the month has ended, checked against the active days and
 * the approved planning. In one transaction the draft (or a new row) becomes version 1 with
 * status Mottagen and the month's delivery is recorded on the base order. Exactly once per
 * idempotency key; a second report for a submitted month is refused (a correction is the way).
 */
export async function submitPeriodicReport(actor: Actor, input: SubmitReportInput, today = clockToday()): Promise<{ reportId: string; replayed: boolean }> {
  assertStaff(actor);
  await assertMayReportOn(actor, input.decisionId);
  const res = await once(input.idempotencyKey, actor.userId, "periodic-report.submit", async (tx) => {
    await lockDecision(tx, input.decisionId);
    const d = await decisionForReporting(tx, actor, input.decisionId);
    const m = monthOrRefuse(d, input.month, today);
    const submittable = maySubmit(m, today);
    if (!submittable.ok) throw new RuleError(submittable.message, "month");
    const month = fromIsoDate(input.month);
    const existing = await tx.periodicReport.findUnique({ where: { decisionId_month_version: { decisionId: d.id, month, version: 1 } } });
    if (existing && existing.submittedAt !== null) throw alreadySubmitted(input.month);
    const check = checkReport(input, await contextFor(tx, d, input.month, today), { complete: true });
    if (check.errors.length) refuse(check.errors);

    const at = now();
    const data = {
      noActivities: input.noActivities,
      languageSupportGiven: input.languageSupportGiven,
      jobSuggestionsGiven: input.jobSuggestionsGiven,
      submittedAt: at,
      submittedById: actor.userId,
      status: "RECEIVED" as const,
      idempotencyKey: input.idempotencyKey,
    };
    let id: string;
    if (existing) {
      // The draft becomes the report; only a row that is still a draft can be turned.
      await tx.periodicReportEntry.deleteMany({ where: { reportId: existing.id } });
      const turned = await tx.periodicReport.updateMany({ where: { id: existing.id, submittedAt: null }, data });
      if (turned.count !== 1) throw alreadySubmitted(input.month);
      await tx.periodicReportEntry.createMany({ data: entryRows(input).map((e) => ({ ...e, reportId: existing.id })) });
      id = existing.id;
    } else {
      id = (await tx.periodicReport.create({ data: { decisionId: d.id, month, version: 1, ...data, entries: { create: entryRows(input) } } })).id;
    }
    await recordDelivery(tx, { decisionId: d.id, month: input.month, reportId: id, at, actorId: actor.userId, supplierId: d.supplierId });
    await audit(tx, {
      actorId: actor.userId, supplierId: d.supplierId, action: "periodic-report.submitted", entityType: "PeriodicReport", entityId: id,
      after: { decisionId: d.id, month: input.month, version: 1, status: "RECEIVED", ...auditContent(input) },
    });
    return id;
  });
  return { reportId: res.resultId, replayed: res.replayed };
}

/**
 * A correction (rättelse): a new version superseding the latest submitted one, which stays as
 * it was. Allowed whatever the latest status, while the month's order line is not invoiced;
 * the delivery then points at the correction.
 */
export async function correctPeriodicReport(actor: Actor, input: CorrectionInput, today = clockToday()): Promise<{ reportId: string; replayed: boolean }> {
  assertStaff(actor);
  await assertMayReportOn(actor, input.decisionId);
  const res = await once(input.idempotencyKey, actor.userId, "periodic-report.correct", async (tx) => {
    await lockDecision(tx, input.decisionId);
    const d = await decisionForReporting(tx, actor, input.decisionId);
    const month = fromIsoDate(input.month);
    const latest = await tx.periodicReport.findFirst({ where: { decisionId: d.id, month, submittedAt: { not: null } }, orderBy: { version: "desc" } });
    if (!latest) throw new RuleError("Det finns ingen inskickad redovisning för månaden att rätta.");
    if (latest.id !== input.correctsReportId) throw new RuleError("Det finns en nyare version av redovisningen. Ladda om sidan och utgå från den senaste versionen.");
    // Serialises with an officer deciding on the version being corrected.
    await tx.$queryRaw`SELECT id FROM "PeriodicReport" WHERE id = ${latest.id}::uuid FOR UPDATE`;
    monthOrRefuse(d, input.month, today);
    const line = await tx.orderLine.findFirst({ where: { month, article: "BASE_PER_DAY", order: { decisionId: d.id, kind: "BASE" } }, select: { state: true } });
    if (line?.state === "INVOICED") {
      throw new RuleError(`${monthLabel(input.month)} är redan fakturerad. Kreditera fakturan först (på månadens sida eller under Beställningar); sedan kan du skicka rättelsen.`);
    }
    const check = checkReport(input, await contextFor(tx, d, input.month, today), { complete: true });
    if (check.errors.length) refuse(check.errors);

    const at = now();
    const created = await tx.periodicReport.create({
      data: {
        decisionId: d.id, month, version: latest.version + 1, supersedesId: latest.id,
        noActivities: input.noActivities, languageSupportGiven: input.languageSupportGiven, jobSuggestionsGiven: input.jobSuggestionsGiven,
        submittedAt: at, submittedById: actor.userId, status: "RECEIVED", idempotencyKey: input.idempotencyKey,
        entries: { create: entryRows(input) },
      },
    });
    await recordDelivery(tx, { decisionId: d.id, month: input.month, reportId: created.id, at, actorId: actor.userId, supplierId: d.supplierId });
    await audit(tx, {
      actorId: actor.userId, supplierId: d.supplierId, action: "periodic-report.corrected", entityType: "PeriodicReport", entityId: created.id,
      before: { reportId: latest.id, version: latest.version, status: latest.status },
      after: { decisionId: d.id, month: input.month, version: created.version, supersedesId: latest.id, status: "RECEIVED", ...auditContent(input) },
    });
    return created.id;
  });
  return { reportId: res.resultId, replayed: res.replayed };
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
  opts: { mine?: boolean } = {},
): Promise<{ total: number; rows: DueReport[] }> {
  const scope = sqlScope(actor, "reportOnParticipants");
  if (!scope) return { total: 0, rows: [] };
  const units = scope.unitIds;
  const since = new Date(fromIsoDate(today).getTime());
  since.setUTCMonth(since.getUTCMonth() - DUE_LOOKBACK_MONTHS);
  since.setUTCDate(1);
  // The stored obligations (one per placement and month, kept by the database from the
  // placement's periods and reports; the rule is reportMonths()): unsent months whose
  // report may be sent, overdue (dueBy passed) first. One statement with its count, as the
  // start page asks it on every load.
  const found = await dbHandle().sql.query<{ decisionId: string; month: string; dueBy: string; hasDraft: boolean; firstName: string; lastName: string; unitName: string; total: number }>(
    `SELECT o."decisionId", to_char(o.month, 'YYYY-MM-DD') AS month, to_char(o."dueBy", 'YYYY-MM-DD') AS "dueBy", o."hasDraft",
            p."firstName", p."lastName", u.name AS "unitName", count(*) OVER ()::int AS total
       FROM "ReportObligation" o
       JOIN "Decision" d ON d.id = o."decisionId"
       JOIN "Participant" p ON p.id = d."participantId"
       JOIN "PerformingUnit" u ON u.id = d."unitId"
      WHERE o."supplierId" = $1::uuid AND o."unitId" = ANY($2::uuid[]) AND NOT o.submitted
        AND o."dueFrom" <= $3::date AND o.month >= $4::date
        AND ($5::uuid IS NULL OR d."currentHandledareId" = $5::uuid)
      ORDER BY o."dueBy" ASC, p."firstName" ASC, p."lastName" ASC, o."decisionId" ASC, o.month ASC
      LIMIT $6`,
    [scope.supplierId, units, today, toIsoDate(since), opts.mine ? scope.userId : null, limit],
  );
  return {
    total: found[0]?.total ?? 0,
    rows: found.map((o) => ({
      decisionId: o.decisionId,
      name: `${o.firstName} ${o.lastName}`,
      unitName: o.unitName,
      month: o.month,
      state: (today > o.dueBy ? "overdue" : "due") as DueReport["state"],
      dueBy: o.dueBy,
      hasDraft: o.hasDraft,
    })),
  };
}

// ---------------------------------------------------------------------------------------
// Officers

export const REPORT_QUEUE_PAGE_SIZE = 25;

/** How many periodic reports await a decision (for the officer's menu). */
export async function countReceivedReports(actor: Actor): Promise<number> {
  assertOfficer(actor);
  return db.periodicReport.count({ where: { submittedAt: { not: null }, status: "RECEIVED", supersededBy: { is: null } } });
}

/** Received periodic reports awaiting a decision (latest versions), oldest first. */
export async function listReceivedReports(actor: Actor, page = 1) {
  assertOfficer(actor);
  // A version superseded by a correction is not decided; its correction is.
  const where: Prisma.PeriodicReportWhereInput = { submittedAt: { not: null }, status: "RECEIVED", supersededBy: { is: null } };
  const [total, rows] = await Promise.all([
    db.periodicReport.count({ where }),
    db.periodicReport.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * REPORT_QUEUE_PAGE_SIZE,
      take: REPORT_QUEUE_PAGE_SIZE,
      include: {
        supersededBy: { select: { id: true } },
        decision: { select: { implementationReference: true, participant: { select: { firstName: true, lastName: true } }, supplier: { select: { name: true } }, unit: { select: { name: true } } } },
      },
    }),
  ]);
  return {
    total,
    page,
    pageSize: REPORT_QUEUE_PAGE_SIZE,
    rows: rows.map((r) => ({
      id: r.id,
      month: toIsoDate(r.month),
      version: r.version,
      superseded: r.supersededBy !== null,
      submittedAt: r.submittedAt!,
      name: `${r.decision.participant.firstName} ${r.decision.participant.lastName}`,
      implementationReference: r.decision.implementationReference,
      supplierName: r.decision.supplier.name,
      unitName: r.decision.unit.name,
    })),
  };
}

/** One report with every version of its month, for the officer's decision. */
export async function getPeriodicReportForOfficer(actor: Actor, reportId: string) {
  assertOfficer(actor);
  const r = await db.periodicReport.findUnique({ where: { id: reportId }, select: { decisionId: true, month: true, submittedAt: true } });
  if (!r || r.submittedAt === null) throw new NotFoundError("Redovisningen finns inte.");
  const d = await db.decision.findUniqueOrThrow({
    where: { id: r.decisionId },
    include: { ...decisionInclude, supplier: { select: { name: true } } },
  });
  const rows = await db.periodicReport.findMany({ where: { decisionId: d.id, month: r.month, submittedAt: { not: null } }, include: reportInclude, orderBy: { version: "asc" } });
  const versions = await views(db, rows);
  const month = toIsoDate(r.month);
  const days = activeDays(month, serviceFacts(d));
  const codes = [...new Set(rows.flatMap((x) => x.entries.map((e) => e.activityCode)))];
  const { activities } = await approvedForMonth(db, d, days);
  const names = Object.fromEntries([...(await activityInfo(db, d.serviceVersion, codes)).values(), ...activities].sort(byCatalogueOrder).map((a) => [a.code, a.name]));
  return {
    report: versions.find((v) => v.id === reportId)!,
    versions,
    month,
    days,
    activities,
    activityNames: names as Record<string, string>,
    decision: {
      id: d.id, participantName: `${d.participant.firstName} ${d.participant.lastName}`, implementationReference: d.implementationReference,
      supplierName: d.supplier.name, unitName: d.unit.name,
    },
  };
}

/** Approve or reject (with a reason) the latest version of a received report. */
export async function decidePeriodicReport(actor: Actor, input: DecideReportInput): Promise<void> {
  assertOfficer(actor);
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "PeriodicReport" WHERE id = ${input.reportId}::uuid FOR UPDATE`;
    const r = await tx.periodicReport.findUnique({ where: { id: input.reportId }, include: { supersededBy: { select: { id: true } }, decision: { select: { supplierId: true } } } });
    if (!r || r.submittedAt === null) throw new NotFoundError("Redovisningen finns inte.");
    if (r.supersededBy) throw new RuleError("Redovisningen har ersatts av en rättelse. Besluta om den senaste versionen i stället.");
    if (r.status !== "RECEIVED") throw new RuleError(`Redovisningen är redan beslutad (${REPORT_STATUS_LABELS[r.status ?? "RECEIVED"]}).`);
    const status: ReportStatus = input.decision === "APPROVE" ? "APPROVED" : "REJECTED";
    const reason = input.decision === "REJECT" ? (input.reason?.trim() ?? "") : null;
    if (status === "REJECTED" && !reason) throw new RuleError("Ange varför redovisningen inte godkänns.", "reason");
    await tx.periodicReport.update({ where: { id: r.id }, data: { status, statusReason: reason } });
    // A rejected report delivered nothing: its month waits for the corrected report.
    if (status === "REJECTED") await undoDelivery(tx, { reportId: r.id, actorId: actor.userId, supplierId: r.decision.supplierId });
    await audit(tx, {
      actorId: actor.userId, supplierId: r.decision.supplierId,
      action: status === "APPROVED" ? "periodic-report.approved" : "periodic-report.rejected",
      entityType: "PeriodicReport", entityId: r.id,
      before: { status: r.status, statusReason: r.statusReason },
      after: { decisionId: r.decisionId, month: toIsoDate(r.month), version: r.version, status, statusReason: reason },
    });
    // The supplier sees the outcome at once, in the participant's event log and events feed.
    await tx.decisionEvent.create({
      data: {
        decisionId: r.decisionId, at: now(), type: "REPORT_OUTCOME",
        data: { what: `Periodisk redovisning ${monthLabel(toIsoDate(r.month))} (version ${r.version})`, status, ...(reason ? { reason } : {}) },
      },
    });
  });
}

export type { ReportContent };
