// Periodisk redovisning, writing: drafts, submission (which records the month's delivery on the
// base order) and corrections (new versions; nothing submitted is ever edited). Staff need
// "reportOnParticipants" at the decision's unit; anything else is answered "not found". Each
// change and its audit record commit together. Reading: ./queries.ts; the officer: ./officer-review.ts.
import { db } from "@/lib/db";
import { now, today as clockToday } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { once } from "@/lib/idempotency";
import { assertStaff } from "@/lib/authz/assert";
import { RuleError } from "@/lib/errors";
import type { Actor } from "@/lib/authz/permissions";
import { fromIsoDate } from "@/features/decisions/periods";
import { recordDelivery } from "@/features/orders/base-order";
import { activeDays, mayDraft, maySubmit, monthLabel, reportMonth, type ReportMonth } from "./rules";
import { checkReport, entriesWithTime, type EntryInput, type ReportContent, type ReportContext } from "./hours-rules";
import type { CorrectionInput, SaveDraftInput, SubmitReportInput } from "./schemas";
import { type DecisionRow, type Tx, approvedForMonth, assertMayReportOn, decisionForReporting, lockDecision, refuse, serviceFacts } from "./reporting-context";
import { draftRevision } from "./queries";

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

export type { ReportContent };
