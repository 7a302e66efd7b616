// Reads of the reports beside planning and periodic reports. Supplier staff see the reports of
// participants at units where they may report; officers see every one. Anything else is
// "not found". Staff see "Arbetsförmedlingen" as the decider, officers the officer's name.
import { reportableActivities } from "./activities";
import { inIdOrder, oldestFirstPage } from "@/lib/db/queue-page";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { db, dbHandle } from "@/lib/db";
import { limitClause } from "@/lib/db/limit-literal";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { now as clockNow, swedishDateOf, SWEDISH_TIME_ZONE, today as clockToday } from "@/lib/clock";
import { NotFoundError } from "@/lib/authz/errors";
import { assertOfficer } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/permissions";
import { loadPlacementFor } from "@/lib/authz/access";
import { decisionFacts, factsInclude } from "@/features/decisions/facts";
import { decisionState, type DecisionFacts } from "@/features/decisions/rules";
import { activityCatalogue, activityNames } from "@/features/planning/catalogue";
import { describeReport, type DetailGroup } from "./describe";
import { REPORT_KIND_LABELS, REPORT_KINDS, REPORT_STATUS_LABELS, type ReportKind } from "./labels";
import { availability, finalReportDeadline, hasLeftService, isFinalReportLate, isPending, isSuperseded, serviceSpan, validateCorrection, validateDecidable, type ReportFacts } from "./placement-rules";

type Client = Prisma.TransactionClient | typeof db;

export const REPORT_QUEUE_PAGE_SIZE = 25;
/** The queue's age filter: received at least this many days ago. */
export const QUEUE_AGE_OPTIONS = [1, 3, 5, 10, 20] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The time of day in Sweden, HH:mm. */
export function swedishTimeOf(instant: Date): string {
  return format(new TZDate(instant.getTime(), SWEDISH_TIME_ZONE), "HH:mm");
}

const decisionInclude = {
  ...factsInclude,
  participant: { select: { firstName: true, lastName: true } },
  unit: { select: { name: true } },
  supplier: { select: { name: true } },
} as const satisfies Prisma.DecisionInclude;
type DecisionRow = Prisma.DecisionGetPayload<{ include: typeof decisionInclude }>;

/** The decision, if the actor may see its reports; otherwise "not found". */
async function decisionFor(client: Client, actor: Actor, decisionId: string): Promise<DecisionRow> {
  return loadPlacementFor(actor, "readReports", decisionId, { include: decisionInclude, tx: client });
}

function decisionSummary(d: DecisionRow, facts: DecisionFacts, today: string) {
  const span = serviceSpan(facts);
  return {
    id: d.id,
    name: `${d.participant.firstName} ${d.participant.lastName}`,
    implementationReference: d.implementationReference,
    serviceVersion: d.serviceVersion,
    level: d.level,
    supplierName: d.supplier.name,
    unitName: d.unit.name,
    state: decisionState(facts, today),
    serviceStart: span.start,
    lastDay: span.lastDay,
    left: hasLeftService(facts, today),
    finalDeadline: finalReportDeadline(facts),
  };
}

const reportSelect = {
  id: true, kind: true, status: true, statusReason: true, correctsId: true, data: true,
  submittedAt: true, submittedById: true, decidedAt: true, decidedById: true,
} as const satisfies Prisma.ParticipantReportSelect;
type ReportRow = Prisma.ParticipantReportGetPayload<{ select: typeof reportSelect }>;

export interface ReportView {
  id: string;
  kind: ReportKind;
  kindLabel: string;
  status: ReportStatus;
  statusLabel: string;
  statusReason: string | null;
  submittedAt: Date;
  submittedBy: string;
  decidedAt: Date | null;
  decidedBy: string | null;
  correctsId: string | null;
  /** the correction that replaced this report, if any */
  correctedById: string | null;
  /** received and not replaced by a correction: waits for the officer */
  pending: boolean;
  /** a Slutredovisning sent after its deadline */
  late: boolean;
  details: DetailGroup[];
  /** the report as it was sent (for a correction's defaults) */
  data: unknown;
}

async function views(client: Client, rows: ReportRow[], facts: DecisionFacts, serviceVersion: DecisionRow["serviceVersion"], audience: Actor["kind"]): Promise<ReportView[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.submittedById, r.decidedById]).filter((x): x is string => !!x))];
  const [people, names] = await Promise.all([
    ids.length ? client.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : Promise.resolve([]),
    activityNames(serviceVersion, client),
  ]);
  const person = new Map(people.map((u) => [u.id, u.name]));
  const facts_: ReportFacts[] = rows;
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    kindLabel: REPORT_KIND_LABELS[r.kind],
    status: r.status,
    statusLabel: REPORT_STATUS_LABELS[r.status],
    statusReason: r.statusReason,
    submittedAt: r.submittedAt,
    submittedBy: person.get(r.submittedById) ?? "",
    decidedAt: r.decidedAt,
    decidedBy: r.decidedById ? (audience === "officer" ? (person.get(r.decidedById) ?? "") : "Arbetsförmedlingen") : null,
    correctsId: r.correctsId,
    correctedById: rows.find((x) => x.correctsId === r.id)?.id ?? null,
    pending: isPending(r, facts_),
    late: r.kind === "FINAL" && isFinalReportLate(facts, swedishDateOf(r.submittedAt)),
    details: describeReport(r.kind, r.data, (code) => names.get(code)?.name ?? code),
    data: r.data,
  }));
}

/** The participant's reports (newest first), what may be sent now, and the final report's deadline. */
export async function listReports(actor: Actor, decisionId: string, today = clockToday()) {
  const d = await decisionFor(db, actor, decisionId);
  const facts = decisionFacts(d);
  const rows = await db.participantReport.findMany({ where: { decisionId: d.id }, select: reportSelect, orderBy: [{ submittedAt: "desc" }, { id: "desc" }] });
  const ctx = { facts, today, nowTime: swedishTimeOf(clockNow()), reports: rows, correcting: null };
  return {
    decision: decisionSummary(d, facts, today),
    reports: await views(db, rows, facts, d.serviceVersion, actor.kind),
    /** per kind: null when one may be sent now, else why not */
    availability: Object.fromEntries(REPORT_KINDS.map((k) => [k, availability(k, ctx)])) as Record<ReportKind, string | null>,
  };
}

/** What the form for a new report (or a correction of `correctsId`) needs, and whether it may be sent now. */
export async function reportFormContext(actor: Actor, decisionId: string, kind: ReportKind, correctsId: string | null, today = clockToday()) {
  const d = await decisionFor(db, actor, decisionId);
  const facts = decisionFacts(d);
  const rows = await db.participantReport.findMany({ where: { decisionId: d.id }, select: reportSelect });
  const original = correctsId ? rows.find((r) => r.id === correctsId) : null;
  if (correctsId && !original) throw new NotFoundError("Rapporten som ska rättas finns inte.");
  const correctionRefusal = original ? validateCorrection(original, kind, rows)?.message ?? null : null;
  const refusal = correctionRefusal ?? availability(kind, { facts, today, nowTime: swedishTimeOf(clockNow()), reports: rows, correcting: original ?? null });
  const [catalogue, planned] = await Promise.all([activityCatalogue(d.serviceVersion), reportableActivities(db, d.id)]);
  return {
    decision: decisionSummary(d, facts, today),
    refusal,
    /** the activities of the approved plannings (none before a planning is approved) */
    activities: planned,
    catalogue: catalogue.map((c) => ({ code: c.code, name: c.name, mandatory: c.mandatory })),
    original: original ? { id: original.id, submittedAt: original.submittedAt, data: original.data } : null,
    contact: actor.kind === "staff" ? { name: actor.name, email: actor.email } : { name: "", email: "" },
    today,
  };
}

/** Officers: received reports waiting for a decision (corrected ones left out), oldest first. */
/** How many participant reports await a decision (the officer's menu): one indexed count, up to `upTo` (the badge says "99+"). */
export async function countReportQueue(actor: Actor, upTo: number | null = null): Promise<number> {
  assertOfficer(actor);
  const [row] = await dbHandle().sql.query<{ n: number }>(reportQueueCountSql(upTo), [], { prepared: true });
  return row.n;
}

/** The report queue's count, up to `upTo`, as a statement's text (the officer's menu asks it with the other queues'). */
export function reportQueueCountSql(upTo: number | null): string {
  return `SELECT count(*)::int AS n FROM (SELECT 1 FROM "ParticipantReport" r
      WHERE r.status = 'RECEIVED' AND NOT EXISTS (SELECT 1 FROM "ParticipantReport" c WHERE c."correctsId" = r.id)
      ${limitClause(upTo)}) q`;
}

export async function reportQueue(actor: Actor, query: { kind?: ReportKind | null; olderThanDays?: number | null; page?: number; countCap?: number } = {}, at = clockNow()) {
  assertOfficer(actor);
  const filters: Prisma.Sql[] = [
    Prisma.sql`r.status = 'RECEIVED'`,
    Prisma.sql`NOT EXISTS (SELECT 1 FROM "ParticipantReport" c WHERE c."correctsId" = r.id)`,
  ];
  if (query.kind) filters.push(Prisma.sql`r.kind = ${query.kind}::"ParticipantReportKind"`);
  if (query.olderThanDays && query.olderThanDays > 0) {
    filters.push(Prisma.sql`r."submittedAt" <= ${new Date(at.getTime() - query.olderThanDays * DAY_MS).toISOString()}::timestamptz`);
  }
  const where = Prisma.join(filters, " AND ");
  const { total, totalIsCapped, page, ids } = await oldestFirstPage({ from: Prisma.raw(`"ParticipantReport" r`), alias: "r", where, page: query.page, pageSize: REPORT_QUEUE_PAGE_SIZE, countCap: query.countCap });
  const rows = await db.participantReport.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, kind: true, submittedAt: true, correctsId: true,
      decision: {
        select: {
          id: true, implementationReference: true,
          participant: { select: { firstName: true, lastName: true } }, supplier: { select: { name: true } }, unit: { select: { name: true } },
        },
      },
    },
  });
  return {
    total,
    totalIsCapped,
    page,
    pageSize: REPORT_QUEUE_PAGE_SIZE,
    rows: inIdOrder(rows, ids)
      .map((r) => ({
        id: r.id,
        kind: r.kind,
        kindLabel: REPORT_KIND_LABELS[r.kind],
        submittedAt: r.submittedAt,
        ageDays: Math.max(0, Math.floor((at.getTime() - r.submittedAt.getTime()) / DAY_MS)),
        isCorrection: r.correctsId !== null,
        decisionId: r.decision.id,
        name: `${r.decision.participant.firstName} ${r.decision.participant.lastName}`,
        implementationReference: r.decision.implementationReference,
        supplierName: r.decision.supplier.name,
        unitName: r.decision.unit.name,
      })),
  };
}

/** Officers: one report with its placement, the participant's other reports and whether it can be decided. */
export async function getParticipantReportForOfficer(actor: Actor, reportId: string, today = clockToday()) {
  assertOfficer(actor);
  const found = await db.participantReport.findUnique({ where: { id: reportId }, select: { decisionId: true } });
  if (!found) throw new NotFoundError("Rapporten finns inte.");
  const d = await decisionFor(db, actor, found.decisionId);
  const facts = decisionFacts(d);
  const rows = await db.participantReport.findMany({ where: { decisionId: d.id }, select: reportSelect, orderBy: [{ submittedAt: "desc" }, { id: "desc" }] });
  const all = await views(db, rows, facts, d.serviceVersion, "officer");
  const report = all.find((r) => r.id === reportId)!;
  const row = rows.find((r) => r.id === reportId)!;
  return {
    report,
    decision: decisionSummary(d, facts, today),
    /** null when it can be decided now, else why not */
    decidable: validateDecidable(row, rows)?.message ?? null,
    superseded: isSuperseded(row, rows),
    others: all.filter((r) => r.id !== reportId),
    /** a result correcting an approved one: approving it changes the one result order */
    resultOrder: row.kind === "RESULT" && row.correctsId && rows.some((r) => r.id === row.correctsId && r.status === "APPROVED")
      ? (await db.order.findFirst({ where: { decisionId: d.id, kind: "RESULT" }, select: { orderNumber: true } }))?.orderNumber ?? null
      : null,
  };
}
