// The officer's detail layouts answer 404 from officerDetailExists before the page's own read
// runs: for each kind the two must agree, or a page would say "not found" under a 200, or a
// real one would be hidden behind a 404.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import type { Actor } from "@/lib/authz/permissions";
import { officerDetailExists } from "@/features/officer-review/detail-exists";
import { getDecisionForOfficer } from "@/features/decisions/queries";
import { getSupplier } from "@/features/suppliers/service";
import { getPeriodicReportForOfficer } from "@/features/periodic-reports/officer-review";
import { getPlanningForOfficer } from "@/features/planning/officer-review";
import { getParticipantReportForOfficer } from "@/features/participant-reports/queries";
import { actorFor, makeOfficer, makePlacement, makeStaff, makeSupplier, staffActor } from "../support/factories";

let officer: Actor;
let staff: Actor;
let org: Awaited<ReturnType<typeof makeSupplier>>;
let decisionId: string;

beforeAll(async () => {
  const o = await makeOfficer();
  officer = await actorFor(o.id);
  org = await makeSupplier();
  const s = await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING", "RECEIVE_PARTICIPANTS", "ADMINISTER_PERMISSIONS"] });
  staff = await staffActor(s.user.id, org.supplier.id);
  decisionId = (await makePlacement({ supplierId: org.supplier.id, unitId: org.units[0].id, officerId: o.id, startDate: "2026-11-02" })).decision.id;
});

/** Whether the page's own read finds it (NotFoundError: not). */
async function pageFinds(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read();
    return true;
  } catch (e) {
    if (e instanceof NotFoundError) return false;
    throw e;
  }
}

describe("officerDetailExists answers as each detail page's own read", () => {
  it("a decision and a supplier that exist, and ids that do not", async () => {
    expect(await officerDetailExists(officer, "decision", decisionId)).toBe(true);
    expect(await pageFinds(() => getDecisionForOfficer(officer, decisionId))).toBe(true);
    expect(await officerDetailExists(officer, "supplier", org.supplier.id)).toBe(true);
    expect(await pageFinds(() => getSupplier(officer, org.supplier.id))).toBe(true);
    const none = randomUUID();
    for (const [kind, read] of [
      ["decision", () => getDecisionForOfficer(officer, none)],
      ["supplier", () => getSupplier(officer, none)],
      ["planning", () => getPlanningForOfficer(officer, none)],
      ["participantReport", () => getParticipantReportForOfficer(officer, none)],
      ["periodicReport", () => getPeriodicReportForOfficer(officer, none)],
    ] as const) {
      expect(await officerDetailExists(officer, kind, none), kind).toBe(false);
      expect(await pageFinds(read), kind).toBe(false);
      // Not an id at all: no statement with a malformed uuid, just "no".
      expect(await officerDetailExists(officer, kind, "inte-ett-id"), kind).toBe(false);
    }
  });

  it("a periodic report is there for the officer once it is submitted, not as a draft", async () => {
    const report = await db.periodicReport.create({ data: { decisionId, month: new Date("2026-11-01T00:00:00Z") } });
    expect(await officerDetailExists(officer, "periodicReport", report.id)).toBe(false);
    expect(await pageFinds(() => getPeriodicReportForOfficer(officer, report.id))).toBe(false);
    await db.periodicReport.update({ where: { id: report.id }, data: { submittedAt: new Date(), status: "RECEIVED" } });
    expect(await officerDetailExists(officer, "periodicReport", report.id)).toBe(true);
    expect(await pageFinds(() => getPeriodicReportForOfficer(officer, report.id))).toBe(true);
  });

  it("is the officer's question only: a supplier's staff member is refused, even for their own supplier", async () => {
    await expect(officerDetailExists(staff, "decision", decisionId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(officerDetailExists(staff, "supplier", org.supplier.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
