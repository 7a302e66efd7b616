// Issue #13, finding 10: the officer registers a praktik; the supplier sees it on the card and
// in Händelser; nobody else does; over the limit is refused with nothing saved.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setClock } from "@/lib/clock";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import type { OfficerActor, StaffActor } from "@/lib/authz/permissions";
import { getDecisionForStaff } from "@/features/decisions/queries";
import { registerWorkPlacement } from "@/features/work-placements/service";
import { listEvents } from "@/features/events/feed";
import { actorFor, makeOfficer, makePlacement, makeStaff, makeSupplier, staffActor } from "../support/factories";

const TODAY = "2026-12-02";
let officer: OfficerActor;
let reporter: StaffActor;
let foreign: StaffActor;
let decisionId: string;

beforeAll(async () => {
  setClock(`${TODAY}T10:00:00Z`);
  const org = await makeSupplier({ units: 1 });
  const other = await makeSupplier({ units: 1 });
  officer = (await actorFor((await makeOfficer()).id)) as OfficerActor;
  reporter = await staffActor((await makeStaff({ supplierId: org.supplier.id, permissions: ["REPORTING"], unitIds: [org.units[0].id] })).user.id, org.supplier.id);
  foreign = await staffActor((await makeStaff({ supplierId: other.supplier.id, permissions: ["REPORTING", "RECEIVE_PARTICIPANTS"], allUnits: true })).user.id, other.supplier.id);
  decisionId = (await makePlacement({ supplierId: org.supplier.id, unitId: org.units[0].id, officerId: officer.userId, startDate: "2026-10-12" })).decision.id;
});

describe("praktik", () => {
  it("the officer registers it; the supplier sees it on the card and in Händelser", async () => {
    await registerWorkPlacement(officer, { decisionId, employer: "Bageriet i Solna AB", startDate: "2026-12-07", endDate: "2027-01-31" }, TODAY);
    await registerWorkPlacement(officer, { decisionId, employer: "Lager Nord AB", startDate: "2027-02-01", endDate: "2027-03-08" }, TODAY);
    const card = await getDecisionForStaff(reporter, decisionId, TODAY);
    expect(card.workPlacements.map((w) => [w.employer, w.startDate, w.endDate])).toEqual([
      ["Bageriet i Solna AB", "2026-12-07", "2027-01-31"], ["Lager Nord AB", "2027-02-01", "2027-03-08"],
    ]);
    const feed = await listEvents(reporter, {}, new Date(`${TODAY}T12:00:00Z`));
    expect(feed.rows.filter((r) => r.decisionId === decisionId && r.type === "WORK_PLACEMENT_REGISTERED")).toHaveLength(2);
    expect(await db.auditEvent.count({ where: { action: "work-placement.registered", actorId: officer.userId } })).toBe(2);
  });

  it("over three months in the period is refused, next to the field, with nothing saved", async () => {
    await expect(registerWorkPlacement(officer, { decisionId, employer: "Kafé AB", startDate: "2027-03-09", endDate: "2027-03-20" }, TODAY)).rejects.toMatchObject({
      field: "endDate", message: expect.stringMatching(/högst tre månader/),
    });
    expect(await db.workPlacement.count({ where: { decisionId } })).toBe(2);
  });

  it("only officers register; another supplier never sees it", async () => {
    await expect(registerWorkPlacement(reporter, { decisionId, employer: "X AB", startDate: "2027-03-09", endDate: "2027-03-10" }, TODAY)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getDecisionForStaff(foreign, decisionId, TODAY)).rejects.toBeInstanceOf(NotFoundError);
    const feed = await listEvents(foreign, {}, new Date(`${TODAY}T12:00:00Z`));
    expect(feed.rows.some((r) => r.decisionId === decisionId)).toBe(false);
  });
});
