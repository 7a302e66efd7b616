// Export of the participant list for a date range, as CSV (what Swedish Excel opens) or
// Excel. A row is one period that starts within the range, so a placement whose period 1
// and period 2 both start in it gives two rows. Never any personal identity number.
// Every export is recorded (ParticipantExport + ExportedDecision + audit) in the same
// transaction as the read, so "Utelämna redan exporterade" can leave those placements out.
// The columns follow the original portal's file where it has them (Nivå, Sparkod,
// Ordernummer, Avbrott, Tolkbehov, Förlängning).
import { PassThrough, Readable } from "node:stream";
import { db, dbHandle } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { now, today as clockToday } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { ForbiddenError } from "@/lib/authz/errors";
import type { Actor } from "@/lib/authz/permissions";
import { decisionFacts } from "@/features/decisions/facts";
import { DECISION_STATE_LABELS, decisionState, interruptionInForce } from "@/features/decisions/rules";
import { fromIsoDate, toIsoDate } from "@/features/decisions/periods";
import type { Level } from "@/lib/generated/prisma/enums";
import { SERVICE_VERSION_LABELS } from "@/features/suppliers/schemas";
import { extensionText, interpreterNeedText, trackCode } from "./export-values";
import { scopeWhere, sqlScope } from "@/lib/authz/access";
import { participantName, participantRowInclude, type ParticipantRowSource } from "./list";
import type { ParticipantExportQuery } from "./schemas";

export interface ExportRow {
  /** not written to the file; recorded as exported */
  decisionId: string;
  name: string;
  service: string;
  level: Level;
  /** Sparkod: the level as the original portal's code */
  trackCode: string;
  unitName: string;
  period: number;
  /** YYYY-MM-DD */
  periodStart: string;
  /** YYYY-MM-DD */
  periodEnd: string;
  /** Förlängning: the placement has been granted period 2 */
  extended: "Ja" | "Nej";
  implementationReference: string;
  /** the period's base-compensation order, once the agency has sent it */
  orderNumber: string | null;
  status: string;
  /** YYYY-MM-DD of the interruption in force (also a planned one) */
  interruptionDate: string | null;
  /** Tolkbehov */
  interpreter: string;
  handledare: string | null;
}

type ColumnKey = Exclude<keyof ExportRow, "decisionId">;

/** The file's columns, in order. */
export const EXPORT_COLUMNS: { key: ColumnKey; header: string; width: number; date?: true }[] = [
  { key: "name", header: "Namn", width: 28 },
  { key: "service", header: "Tjänst", width: 20 },
  { key: "level", header: "Nivå", width: 6 },
  { key: "trackCode", header: "Sparkod", width: 10 },
  { key: "unitName", header: "Utförande verksamhet", width: 28 },
  { key: "period", header: "Period", width: 8 },
  { key: "periodStart", header: "Periodstart", width: 12, date: true },
  { key: "periodEnd", header: "Periodslut", width: 12, date: true },
  { key: "extended", header: "Förlängning", width: 12 },
  { key: "implementationReference", header: "Genomförandereferens", width: 24 },
  { key: "orderNumber", header: "Ordernummer", width: 20 },
  { key: "status", header: "Status", width: 22 },
  { key: "interruptionDate", header: "Avbrott", width: 12, date: true },
  { key: "interpreter", header: "Tolkbehov", width: 18 },
  { key: "handledare", header: "Handledare", width: 24 },
];

function exportWhere(actor: Actor, query: ParticipantExportQuery): Prisma.DecisionWhereInput {
  const scope = sqlScope(actor, "reportOnParticipants");
  if (!scope) throw new ForbiddenError();
  const and: Prisma.DecisionWhereInput[] = [
    scopeWhere(scope),
    { periods: { some: { startDate: { gte: fromIsoDate(query.from), lte: fromIsoDate(query.to) } } } },
  ];
  if (query.handledare === "med") and.push({ assignments: { some: { endedAt: null } } });
  if (query.handledare === "utan") and.push({ assignments: { none: { endedAt: null } } });
  // Exported before by anyone in the organisation, whatever the range or format was then.
  if (query.excludeExported) and.push({ exports: { none: { export: { supplierId: scope.supplierId } } } });
  return { AND: and };
}

/**
 * Records an export: a ParticipantExport with one ExportedDecision per placement in it, and
 * an audit record, in one short transaction. Exports of one organisation take turns only for
 * this step (an advisory lock), so two at once (a double click, two colleagues) cannot both
 * hand out the same placements as "not exported before"; reading the rows holds no lock.
 */
export async function recordExport(actor: Actor, query: ParticipantExportQuery): Promise<{ exportId: string; placements: number }> {
  const where = exportWhere(actor, query);
  const scope = sqlScope(actor, "reportOnParticipants")!;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`export:${scope.supplierId}`}))`;
    const ids = await tx.decision.findMany({ where, select: { id: true } });
    const record = await tx.participantExport.create({
      data: { supplierId: scope.supplierId, userId: scope.userId, at: now(), fromDate: fromIsoDate(query.from), toDate: fromIsoDate(query.to), format: query.format },
    });
    if (ids.length > 0) await tx.exportedDecision.createMany({ data: ids.map(({ id }) => ({ exportId: record.id, decisionId: id })) });
    // The file's rows: one per period that starts within the range.
    const count = ids.length ? await tx.period.count({ where: { decision: { exports: { some: { exportId: record.id } } }, startDate: { gte: fromIsoDate(query.from), lte: fromIsoDate(query.to) } } }) : 0;
    await audit(tx, {
      actorId: scope.userId,
      supplierId: scope.supplierId,
      action: "participants.exported",
      entityType: "ParticipantExport",
      entityId: record.id,
      after: { from: query.from, to: query.to, format: query.format, count, placements: ids.length, handledare: query.handledare, excludeExported: query.excludeExported },
    });
    return { exportId: record.id, placements: ids.length };
  });
}

const EXPORT_BATCH = 500;

/** The file's order: period start, then name, then period and reference (each row is one period). */
const EXPORT_ROWS_SQL = `
  SELECT p.id AS "periodId", p."decisionId", p.number,
         (SELECT o."orderNumber" FROM "Order" o WHERE o."periodId" = p.id AND o.kind = 'BASE') AS "orderNumber"
    FROM "Period" p
    JOIN "Decision" d ON d.id = p."decisionId"
    JOIN "Participant" pa ON pa.id = d."participantId"
   WHERE p."startDate" BETWEEN $1::date AND $2::date
     AND d."supplierId" = $3::uuid AND d."unitId" = ANY($4::uuid[])
     AND EXISTS (SELECT 1 FROM "ExportedDecision" e JOIN "ParticipantExport" x ON x.id = e."exportId"
                  WHERE e."exportId" = $5::uuid AND e."decisionId" = d.id AND x."supplierId" = $3::uuid)
   ORDER BY p."startDate", pa."firstName", pa."lastName", p.number, d."implementationReference"`;

/**
 * The rows of a recorded export, a batch at a time, in the file's order. The order and the set
 * of rows come from one database cursor over a snapshot (no OFFSET that rereads all earlier
 * rows for every batch, and a colleague's change during a long export cannot repeat or drop a
 * row); each batch's details are then read by id.
 */
export async function* exportRows(
  actor: Actor,
  exportId: string,
  query: ParticipantExportQuery,
  today = clockToday(),
  opts: { batch?: number } = {},
): AsyncGenerator<ExportRow[]> {
  const scope = sqlScope(actor, "reportOnParticipants");
  if (!scope) throw new ForbiddenError();
  const params = [query.from, query.to, scope.supplierId, scope.unitIds, exportId];
  const batches = dbHandle().sql.cursor<{ periodId: string; decisionId: string; number: number; orderNumber: string | null }>(EXPORT_ROWS_SQL, params, opts.batch ?? EXPORT_BATCH);
  for await (const keys of batches) {
    const decisions = await db.decision.findMany({
      where: { id: { in: [...new Set(keys.map((k) => k.decisionId))] }, ...scopeWhere(scope) },
      include: participantRowInclude,
    });
    const byId = new Map(decisions.map((d) => [d.id, d]));
    yield keys.flatMap((k) => {
      const d = byId.get(k.decisionId);
      return d ? [exportRowOf(d, k.number, k.orderNumber, today)] : [];
    });
  }
}

function exportRowOf(d: ParticipantRowSource, periodNumber: number, orderNumber: string | null, today: string): ExportRow {
  const facts = decisionFacts(d);
  const p = facts.periods.find((x) => x.number === periodNumber)!;
  return {
    decisionId: d.id,
    name: participantName(d.participant),
    service: SERVICE_VERSION_LABELS[d.serviceVersion],
    level: d.level,
    trackCode: trackCode(d.level),
    unitName: d.unit.name,
    period: p.number,
    periodStart: p.startDate,
    periodEnd: p.endDate,
    extended: extensionText({ periodNumbers: d.periods.map((x) => x.number) }),
    implementationReference: d.implementationReference,
    orderNumber,
    status: DECISION_STATE_LABELS[decisionState(facts, today)],
    interruptionDate: interruptionInForce(facts)?.date ?? null,
    interpreter: interpreterNeedText(d.interpreterNeeded, d.interpreterLanguage),
    handledare: d.assignments[0]?.handledare.name ?? null,
  };
}

/** Records an export and reads all its rows (for tests and small callers; the route streams). */
export async function exportParticipants(actor: Actor, query: ParticipantExportQuery, today = clockToday()): Promise<{ exportId: string; rows: ExportRow[] }> {
  const { exportId } = await recordExport(actor, query);
  const rows: ExportRow[] = [];
  for await (const batch of exportRows(actor, exportId, query, today)) rows.push(...batch);
  return { exportId, rows };
}

function cellText(row: ExportRow, key: ColumnKey): string {
  const v = row[key];
  return v === null ? "" : String(v);
}

/**
 * One CSV field: quoted when it holds the separator, a quote or a line break (quotes
 * doubled). A value that a spreadsheet would take for a formula (= + - @, tab, CR first)
 * gets a leading apostrophe, so opening the file never runs anything.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV as a stream of lines, batch by batch (same bytes as toCsv). */
export function csvStream(batches: AsyncIterable<ExportRow[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const line = (fields: string[]) => `${fields.map(csvField).join(";")}\r\n`;
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${line(EXPORT_COLUMNS.map((c) => c.header))}`));
        return;
      }
      const next = await iterator.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((r) => line(EXPORT_COLUMNS.map((c) => cellText(r, c.key)))).join("")));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** UTF-8 byte order mark first, semicolons between fields, CRLF between lines: Swedish Excel opens it as is. */
export function toCsv(rows: ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.map((c) => c.header), ...rows.map((r) => EXPORT_COLUMNS.map((c) => cellText(r, c.key)))];
  return `\uFEFF${lines.map((fields) => fields.map(csvField).join(";")).join("\r\n")}\r\n`;
}

/** Calendar dates as UTC midnight: exceljs turns them into whole Excel day numbers. */
function xlsxCell(row: ExportRow, key: ColumnKey, date?: true): string | number | Date {
  const v = row[key];
  if (v === null) return "";
  return date ? fromIsoDate(String(v)) : v;
}

/**
 * The same columns as an Excel workbook: dates as date cells (YYYY-MM-DD), a frozen,
 * filterable header. exceljs's streaming writer turns each row into sheet XML as its batch
 * arrives instead of building a workbook of cell objects, which took several times the
 * memory; it still zips the XML at the end, so the file leaves once the last batch is read.
 */
export function xlsxStream(batches: AsyncIterable<ExportRow[]>): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const write = async () => {
    // Loaded on the first export, not with the pages that import this module: exceljs took
    // 28 MB of every server process's memory, most of which never exports a file.
    const { default: ExcelJS } = await import("exceljs");
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    workbook.creator = "Mina sidor för fristående aktörer";
    const sheet = workbook.addWorksheet("Deltagare", { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
    sheet.columns = EXPORT_COLUMNS.map((c) => ({
      key: c.key,
      header: c.header,
      width: c.width,
      ...(c.date ? { style: { numFmt: "yyyy-mm-dd" } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const batch of batches) {
      for (const r of batch) sheet.addRow(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c.key, xlsxCell(r, c.key, c.date)]))).commit();
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/** The whole workbook at once (small callers and tests): the same bytes the stream writes. */
export async function toXlsx(rows: ExportRow[]): Promise<Buffer> {
  async function* one() {
    yield rows;
  }
  return Buffer.from(await new Response(xlsxStream(one())).arrayBuffer());
}
