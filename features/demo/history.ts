// Demo: a believable history on top of the placements, made through the portal's own services
// (so it passes every rule they enforce), each step at the instant it would have happened:
// past months reported (most approved, one rejected with a reason and corrected, the newest
// some still waiting or in draft), invoices and a credit note, each kind of participant report
// in each status, a result order, a praktik and an extended end date. The month before today is
// left for most to report, so the start page shows a realistic handful of due items.
// Runs after the base seed has committed; the clock is pinned per step and restored after.
import { randomUUID } from "node:crypto";
import { addDays, format, parseISO } from "date-fns";
import type { Db } from "@/lib/db";
import { clockPinned, setClock } from "@/lib/clock";
import { loadActorState } from "@/lib/authz/actor";
import type { OfficerActor, StaffActor } from "@/lib/authz/permissions";
import { changePeriodEnd } from "@/features/decisions/service";
import { registerWorkPlacement } from "@/features/work-placements/service";
import { toIsoDate } from "@/features/decisions/periods";
import { createInvoice, creditInvoice } from "@/features/orders/invoicing";
import * as periodic from "@/features/periodic-reports/service";
import { getReportWorkspace } from "@/features/periodic-reports/queries";
import { decidePeriodicReport } from "@/features/periodic-reports/officer-review";
import * as reports from "@/features/participant-reports/service";
import type { ReportInput } from "@/features/participant-reports/schemas";
import { swedishInstant } from "./dates";

const day = (date: string, n: number) => format(addDays(parseISO(date), n), "yyyy-MM-dd");
const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
const nextMonth = (month: string) => format(addDays(parseISO(`${month.slice(0, 7)}-28`), 7), "yyyy-MM-01");

/** Runs `fn` as if at `date` (Swedish time of day `hour`). */
async function at<T>(date: string, hour: number, fn: () => Promise<T>): Promise<T> {
  setClock(swedishInstant(date, hour));
  return fn();
}

async function actorOf(db: Db, email: string, supplierId: string | null): Promise<StaffActor | OfficerActor> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const session = await db.userSession.create({ data: { userId: user.id, activeSupplierId: supplierId, expiresAt: new Date(Date.now() + 3_600_000) } });
  const state = await loadActorState(session.id);
  await db.userSession.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
  if (state.status !== "ok") throw new Error(`Demo: ${email} kan inte agera.`);
  return state.actor as StaffActor | OfficerActor;
}

export async function seedHistory(db: Db, today: string): Promise<void> {
  const pinned = clockPinned();
  try {
    await history(db, today);
  } finally {
    setClock(pinned);
  }
}

async function history(db: Db, today: string) {
  const officer = (await actorOf(db, "handlaggare@arbetsformedlingen.example.se", null)) as OfficerActor;
  const suppliers = await db.supplier.findMany({ orderBy: { name: "asc" } });
  const staff = new Map<string, StaffActor>();
  for (const s of suppliers) {
    const m = await db.membership.findFirstOrThrow({
      where: { supplierId: s.id, active: true, allUnits: true, permissions: { hasEvery: ["REPORTING", "RECEIVE_PARTICIPANTS"] } },
      include: { user: { select: { email: true } } },
      orderBy: { user: { email: "asc" } },
    });
    staff.set(s.id, (await actorOf(db, m.user.email, s.id)) as StaffActor);
  }
  const lastMonth = monthStart(day(monthStart(today), -1));

  // Running placements with an approved planning and a base order: their months.
  const running = await db.decision.findMany({
    where: { orders: { some: { kind: "BASE" } } },
    include: { periods: { orderBy: { number: "asc" } }, participant: true },
    orderBy: [{ periods: { _count: "asc" } }, { implementationReference: "asc" }],
  });
  // The oldest few at each supplier keep the month just ended unreported and get no other
  // reports, for the browser tests that start there.
  const byStart = [...running].sort((a, b) => (a.periods[0].startDate < b.periods[0].startDate ? -1 : 1));
  const untouched = new Set(suppliers.flatMap((s) => byStart.filter((d) => d.supplierId === s.id).slice(0, 3).map((d) => d.id)));
  let rejectedOne = false;
  let creditedOne = false;
  let waiting = 0;
  let drafts = 0;
  for (const d of running) {
    const actor = staff.get(d.supplierId)!;
    const start = toIsoDate(d.periods[0].startDate);
    for (let month = monthStart(start); month <= lastMonth; month = nextMonth(month)) {
      const reportDay = day(nextMonth(month), 2);
      if (reportDay > today) break;
      const ws = await at(reportDay, 9, () => getReportWorkspace(actor, d.id, month, reportDay)).catch(() => null);
      if (!ws || ws.days.length === 0 || ws.versions.length > 0) continue;
      const codes = ws.activities.map((a) => a.code);
      const entries = codes.length === 0 ? [] : ws.days
        .filter((date) => ![0, 6].includes(parseISO(date).getUTCDay()))
        .flatMap((date, i) => [
          { date, activityCode: codes[0], minutes: 120 },
          ...(i % 5 === 0 && codes[1] ? [{ date, activityCode: codes[1], minutes: 60 }] : []),
        ]);
      const content = { decisionId: d.id, month, noActivities: entries.length === 0, entries, remoteByActivity: {}, languageSupportGiven: false, jobSuggestionsGiven: true };
      if (month === lastMonth) {
        // The month just ended: most still to report; a few sent and waiting, two in draft.
        if (untouched.has(d.id)) continue;
        if (waiting < 3) {
          waiting++;
          await at(reportDay, 10, () => periodic.submitPeriodicReport(actor, { ...content, idempotencyKey: randomUUID() }, reportDay));
        } else if (drafts < 2) {
          drafts++;
          await at(reportDay, 10, () => periodic.saveDraft(actor, { ...content, draftRevision: null }, reportDay));
        }
        continue;
      }
      const sent = await at(reportDay, 10, () => periodic.submitPeriodicReport(actor, { ...content, idempotencyKey: randomUUID() }, reportDay));
      const decideDay = day(reportDay, 3);
      if (!rejectedOne) {
        rejectedOne = true;
        await at(decideDay, 11, () => decidePeriodicReport(officer, { reportId: sent.reportId, decision: "REJECT", reason: "Timmarna för vecka 2 saknas. Komplettera redovisningen." }));
        const corrected = await at(day(decideDay, 1), 9, () =>
          periodic.correctPeriodicReport(actor, { ...content, correctsReportId: sent.reportId, idempotencyKey: randomUUID() }, day(decideDay, 1)),
        );
        await at(day(decideDay, 3), 11, () => decidePeriodicReport(officer, { reportId: corrected.reportId, decision: "APPROVE" }));
      } else {
        await at(decideDay, 11, () => decidePeriodicReport(officer, { reportId: sent.reportId, decision: "APPROVE" }));
      }
      // The supplier invoices the approved month; one invoice turned out wrong and was credited and reissued.
      const invoiceDay = day(decideDay, 4);
      if (invoiceDay > today || month < monthStart(day(today, -150))) continue;
      const line = await db.orderLine.findFirst({ where: { month: new Date(`${month}T00:00:00Z`), state: "DELIVERED", order: { decisionId: d.id, kind: "BASE" } } });
      if (!line) continue;
      const invoice = await at(invoiceDay, 13, () => createInvoice(actor, { orderLineId: line.id, idempotencyKey: randomUUID() }, invoiceDay));
      if (!creditedOne) {
        creditedOne = true;
        await at(day(invoiceDay, 1), 9, () => creditInvoice(actor, { invoiceId: invoice.invoiceId, idempotencyKey: randomUUID() }, day(invoiceDay, 1)));
        await at(day(invoiceDay, 1), 10, () => createInvoice(actor, { orderLineId: line.id, idempotencyKey: randomUUID() }, day(invoiceDay, 1)));
      }
    }
  }

  await participantReports(db, officer, staff, running.filter((d) => !untouched.has(d.id)), today);

  // A praktik next week, and an end date moved a month later, on running placements.
  const ongoing = running.filter((d) => !untouched.has(d.id) && toIsoDate(d.periods.at(-1)!.endDate) > day(today, 60));
  if (ongoing[0]) {
    await at(today, 8, () => registerWorkPlacement(officer, { decisionId: ongoing[0].id, employer: "Bageriet i Solna AB", startDate: day(today, 7), endDate: day(today, 48) }, today));
  }
  if (ongoing[1]) {
    const p = ongoing[1].periods.at(-1)!;
    const end = toIsoDate(p.endDate);
    const limit = day(toIsoDate(ongoing[1].periods[0].startDate), 364);
    const moved = day(end, 30) < limit ? day(end, 30) : limit;
    if (moved > end) await at(today, 8, () => changePeriodEnd(officer, { periodId: p.id, endDate: moved }, today));
  }
}

/** Each kind of participant report in each status: waiting (Mottagen), approved, not approved. */
type Target = { id: string; supplierId: string };

async function participantReports(db: Db, officer: OfficerActor, staff: Map<string, StaffActor>, placements: (Target & { periods: { startDate: Date }[] })[], today: string) {
  const statuses = ["RECEIVED", "APPROVED", "REJECTED"] as const;
  // A placement of its own for each report, so that no rule between reports (one result, no
  // work signal after a result) gets in the way; too few placements: fewer reports.
  const t = new Date(`${today}T00:00:00Z`);
  const ongoing = await db.decision.findMany({
    where: {
      id: { in: placements.map((p) => p.id) }, currentPeriodEnd: { gte: t }, OR: [{ interruptionDate: null }, { interruptionDate: { gt: t } }],
      serviceStart: { lte: new Date(`${day(today, -40)}T00:00:00Z`) },
    },
    select: { id: true },
  });
  const ids = new Set(ongoing.map((d) => d.id));
  const candidates = placements.filter((d) => ids.has(d.id));
  let next = 0;
  const take = (): Target | null => candidates[next++] ?? null;
  const sentDay = day(today, -6);
  const send = async (d: Target | null, input: Record<string, unknown>, status: (typeof statuses)[number], reason: string) => {
    if (!d) return;
    const actor = staff.get(d.supplierId);
    if (!actor) return;
    const { reportId } = await at(sentDay, 10, () => reports.submitParticipantReport(actor, { decisionId: d.id, idempotencyKey: randomUUID(), ...input } as ReportInput, sentDay, "10:00"));
    if (status !== "RECEIVED") {
      await at(day(sentDay, 2), 14, () => reports.decideParticipantReport(officer, { reportId, decision: status === "APPROVED" ? "APPROVE" : "REJECT", reason: status === "REJECTED" ? reason : undefined }));
    }
  };
  for (const status of statuses) {
    const absenceDay = day(sentDay, -1);
    const d1 = take();
    const activity = d1 ? (await reports.reportFormContext(staff.get(d1.supplierId)!, d1.id, "ABSENCE", null, sentDay)).activities[0]?.code : undefined;
    if (activity) {
      await send(d1, { kind: "ABSENCE", date: absenceDay, extent: "WHOLE_DAY", expectedFrom: "09:00", expectedTo: "15:00", activityCode: activity, reason: "SICK" }, status, "Ange vilken aktivitet frånvaron gällde.");
    }
    await send(take(), {
      kind: "DEVIATION", date: day(sentDay, -3), reason: "DECLINED_JOB", offeredJob: "Lagerarbetare", employer: "Lager Nord AB", offeredDate: day(sentDay, -5), offeredActivity: "",
      description: "Deltagaren tackade nej till en provanställning som lagerarbetare.",
    }, status, "Beskriv erbjudandet närmare.");
    await send(take(), {
      kind: "INFORMATIVE", concerns: ["DIALOGUE"], text: "Deltagaren vill prata med sin arbetsförmedlare om studier.", contactName: "Handledare", contactPhone: "08-123 456 78", contactEmail: "",
    }, status, "Beskriv vad dialogen ska gälla.");
    await send(take(), { kind: "WORK_SIGNAL", type: "WORK", extent: "PART_TIME", percent: 50, startDate: day(today, 14) }, status, "Ange arbetsgivaren.");
    await send(take(), {
      kind: "RESULT",
      employments: [{ type: "EMPLOYMENT", extent: "FULL_TIME", percent: Number.NaN, employer: "Bygg & Montage i Mälardalen AB", orgNumber: "5560360793", startDate: day(today, -20), endDate: "" }],
    }, status, "Anställningsavtal saknas.");
  }
  // Slutredovisningar for placements that have ended.
  const ended = await db.decision.findMany({
    where: { currentPeriodEnd: { lt: new Date(`${day(today, -7)}T00:00:00Z`), gte: new Date(`${day(today, -60)}T00:00:00Z`) }, interruptionDate: null },
    orderBy: { implementationReference: "asc" },
    take: 3,
  });
  for (const [i, d] of ended.entries()) {
    const actor = staff.get(d.supplierId);
    if (!actor) continue;
    const planned = (await reports.reportFormContext(actor, d.id, "FINAL", null, sentDay)).activities;
    const input = {
      kind: "FINAL", mainOccupation: "JOB_SEEKING", otherOccupation: "", jobSeekingReasons: "Få lediga arbeten inom det sökta yrket på orten.",
      activities: planned.slice(0, 2).map((a) => ({ activityCode: a.code, progress: "Deltagaren har deltagit aktivt.", nextStep: "Fortsatt sökande med stöd av Arbetsförmedlingen." })),
    };
    await send(d, input, statuses[i % 3], "Beskriv nästa steg mer konkret.");
  }
}
