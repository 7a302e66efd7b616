// Handledare assignment: choosing, changing and moving in bulk. All-or-nothing, in one
// transaction, with the participants locked so that two people assigning the same
// participant at once cannot both succeed: the second is told what happened instead.
import { assertStaff } from "@/lib/authz/assert";
import { loadPlacementFor, placementWhere } from "@/lib/authz/access";
import { db, dbHandle } from "@/lib/db";
import type { Permission, Prisma } from "@/lib/generated/prisma/client";
import type { ServiceVersion } from "@/lib/generated/prisma/enums";
import { now, today as clockToday } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { once } from "@/lib/idempotency";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import { can, canAt, type Actor, type StaffActor } from "@/lib/authz/permissions";
import { decisionFacts, factsInclude, ongoingSql } from "@/features/decisions/facts";
import { loadOf, loads } from "./load";
import { decisionState, isOngoing } from "@/features/decisions/rules";
import { fromIsoDate, toIsoDate } from "@/features/decisions/periods";
import { canBeHandledareAt, capFor, checkCap, periodAwaitsHandledare } from "./rules";
import type { AssignHandledareInput, FirstMeetingInput, FollowUpInput } from "./schemas";
import { genitive } from "@/lib/format";

type Tx = Prisma.TransactionClient;

/** Receivers at the unit choose handledare; administrators may move participants organisation-wide. */
function mayAssignAt(actor: Actor, target: { supplierId: string; unitId: string }): boolean {
  return canAt(actor, "assignHandledare", target);
}


export interface HandledareOption {
  userId: string;
  name: string;
  email: string;
  load: number;
  cap: number | null;
}

interface CandidateRow {
  userId: string;
  name: string;
  email: string;
  userActive: boolean;
  membershipActive: boolean;
  permissions: Permission[];
  allUnits: boolean;
  unitIds: string[];
}

/**
 * The organisation's active, accepted members, in Swedish alphabetical order, with what
 * decides whether they can be handledare at a unit. One raw statement: through Prisma's
 * nested include it cost a query compilation on every Arbetsbelastning load.
 */
async function candidates(client: Tx | typeof db, supplierId: string) {
  const rows = await client.$queryRawUnsafe<CandidateRow[]>(
    `SELECT u.id AS "userId", u.name, u.email, u.active AS "userActive", m.active AS "membershipActive",
            m.permissions::text[] AS permissions, m."allUnits",
            COALESCE((SELECT array_agg(mu."unitId"::text) FROM "MembershipUnit" mu WHERE mu."membershipId" = m.id), '{}') AS "unitIds"
       FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      -- Only people who accepted their invitation can be chosen as handledare.
      WHERE m."supplierId" = $1::uuid AND m.active AND m."acceptedAt" IS NOT NULL AND u.active
      ORDER BY u.name COLLATE "sv-x-icu", u.id`,
    supplierId,
  );
  return rows.map((m) => ({
    userId: m.userId,
    name: m.name,
    email: m.email,
    facts: { userActive: m.userActive, membershipActive: m.membershipActive, permissions: m.permissions, allUnits: m.allUnits, unitIds: m.unitIds },
  }));
}

/** The organisation's service version (it decides the cap). */
async function serviceVersionOf(supplierId: string): Promise<{ serviceVersion: ServiceVersion }> {
  const [row] = await dbHandle().sql.query<{ serviceVersion: ServiceVersion }>(`SELECT "serviceVersion"::text AS "serviceVersion" FROM "Supplier" WHERE id = $1::uuid`, [supplierId], { prepared: true });
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * The organisation's possible handledare for these units, each with the units among them where
 * they can be handledare and their current load; `keep` decides who is offered.
 */
async function handledareOptions(actor: Actor, unitIds: string[], today: string, keep: (at: string[], units: string[]) => boolean) {
  assertStaff(actor);
  const units = [...new Set(unitIds)];
  if (units.some((unitId) => !mayAssignAt(actor, { supplierId: actor.supplierId, unitId }))) throw new ForbiddenError();
  const [supplier, members] = await Promise.all([serviceVersionOf(actor.supplierId), candidates(db, actor.supplierId)]);
  const offered = members.map((c) => ({ c, at: units.filter((u) => canBeHandledareAt(c.facts, u)) })).filter((x) => keep(x.at, units));
  const load = await loads(db, actor.supplierId, offered.map((x) => x.c.userId), today);
  return offered.map(({ c, at }) => ({ userId: c.userId, name: c.name, email: c.email, load: load.get(c.userId) ?? 0, cap: capFor(supplier.serviceVersion), unitIds: at }));
}

/** Who can be chosen as handledare for all of these units (with their current load). */
export async function eligibleHandledare(actor: Actor, unitIds: string[], today = clockToday()): Promise<HandledareOption[]> {
  const options = await handledareOptions(actor, unitIds, today, (at, units) => at.length === units.length);
  return options.map(({ unitIds: _at, ...o }) => o);
}

/**
 * For a bulk move: everyone who can be handledare at any of these units, with the units among
 * them where they can (the form offers those who can take every ticked participant).
 */
export async function moveOptions(actor: Actor, unitIds: string[], today = clockToday()): Promise<(HandledareOption & { unitIds: string[] })[]> {
  return handledareOptions(actor, unitIds, today, (at) => at.length > 0);
}

export interface AssignResult {
  assigned: number;
  unchanged: number;
}

/**
 * Assigns (or changes to) one handledare for one or more participants. Refuses the whole
 * request if any participant is outside the actor's reach, not ongoing, already changed by
 * someone else, or if the handledare is not eligible or would pass the cap.
 */
export async function assignHandledare(actor: Actor, input: AssignHandledareInput, today = clockToday()): Promise<AssignResult> {
  assertStaff(actor);
  let result: AssignResult = { assigned: 0, unchanged: 0 };
  await once(input.idempotencyKey, actor.userId, "handledare.assign", async (tx) => {
    result = await assignInTx(tx, actor, input, today);
    return `${result.assigned}/${result.unchanged}`;
  }).then((r) => {
    if (r.replayed) {
      const [assigned, unchanged] = r.resultId.split("/").map(Number);
      result = { assigned, unchanged };
    }
  });
  return result;
}

async function assignInTx(tx: Tx, actor: StaffActor, input: AssignHandledareInput, today: string): Promise<AssignResult> {
  const ids = [...new Set(input.items.map((i) => i.decisionId))].sort();
  // Locked in a fixed order so two overlapping requests cannot deadlock.
  for (const id of ids) await tx.$queryRaw`SELECT id FROM "Decision" WHERE id = ${id}::uuid FOR UPDATE`;
  // The one door's scope: other organisations' and other units' participants are not loaded.
  const scope = placementWhere(actor, "assignHandledare");
  const decisions = !scope ? [] : await tx.decision.findMany({
    where: { AND: [{ id: { in: ids } }, scope] },
    include: {
      ...factsInclude,
      assignments: { where: { endedAt: null }, include: { handledare: { select: { id: true, name: true } } } },
      participant: { select: { firstName: true, lastName: true } },
    },
  });
  const byId = new Map(decisions.map((d) => [d.id, d]));
  for (const item of input.items) {
    const d = byId.get(item.decisionId);
    // Other organisations' and other units' participants are "not found", never "forbidden".
    if (!d) throw new NotFoundError("En vald deltagare finns inte bland dina deltagare.");
    const name = `${d.participant.firstName} ${d.participant.lastName}`;
    if (!isOngoing(decisionState({ ...decisionFacts(d), hasHandledare: d.assignments.length > 0 }, today))) {
      throw new RuleError(`${name} deltar inte längre i tjänsten.`);
    }
    const current = d.assignments[0]?.handledare ?? null;
    if ((current?.id ?? null) !== item.expectedHandledareId) {
      throw new RuleError(
        current
          ? `${name} har just fått ${current.name} som handledare av någon annan. Ladda om sidan och försök igen.`
          : `${name} har just fått sin handledare borttagen av någon annan. Ladda om sidan och försök igen.`,
      );
    }
  }

  // The handledare's membership row serialises concurrent assignments against the cap.
  await tx.$queryRaw`SELECT id FROM "Membership" WHERE "userId" = ${input.handledareId}::uuid AND "supplierId" = ${actor.supplierId}::uuid FOR UPDATE`;
  const candidate = (await candidates(tx, actor.supplierId)).find((c) => c.userId === input.handledareId);
  if (!candidate) throw new RuleError("Handledaren finns inte eller är inte aktiv i organisationen.", "handledareId");
  for (const d of decisions) {
    if (!canBeHandledareAt(candidate.facts, d.unitId)) {
      throw new RuleError(`${candidate.name} har inte behörigheten Rapportering vid ${genitive(`${d.participant.firstName} ${d.participant.lastName}`)} utförande verksamhet.`, "handledareId");
    }
  }

  const latest = (d: (typeof decisions)[number]) => d.periods[d.periods.length - 1];
  const needsPeriodConfirmation = (d: (typeof decisions)[number]) => periodAwaitsHandledare({ number: latest(d).number, handledareConfirmed: latest(d).handledareConfirmedAt !== null });
  const changing = decisions.filter((d) => d.assignments[0]?.handledareId !== input.handledareId);
  const confirming = decisions.filter((d) => d.assignments[0]?.handledareId === input.handledareId && needsPeriodConfirmation(d));
  const supplier = await tx.supplier.findUniqueOrThrow({ where: { id: actor.supplierId }, select: { serviceVersion: true } });
  const current = await loadOf(tx, actor.supplierId, input.handledareId, today);
  const cap = checkCap({ name: candidate.name, currentLoad: current, adding: changing.length, serviceVersion: supplier.serviceVersion });
  if (!cap.ok) throw new RuleError(cap.message, "handledareId");

  const at = now();
  for (const d of changing) {
    const previous = d.assignments[0];
    if (previous) await tx.handledareAssignment.update({ where: { id: previous.id }, data: { endedAt: at, endedById: actor.userId } });
    const created = await tx.handledareAssignment.create({ data: { decisionId: d.id, handledareId: input.handledareId, assignedAt: at, assignedById: actor.userId } });
    if (needsPeriodConfirmation(d)) await tx.period.update({ where: { id: latest(d).id }, data: { handledareConfirmedAt: at } });
    await tx.decisionEvent.create({
      data: { decisionId: d.id, at, actorId: actor.userId, type: "HANDLEDARE_ASSIGNED", data: { handledareId: input.handledareId, handledareName: candidate.name, previousName: previous?.handledare.name ?? null } },
    });
    await audit(tx, {
      actorId: actor.userId, supplierId: actor.supplierId, action: previous ? "handledare.changed" : "handledare.assigned",
      entityType: "HandledareAssignment", entityId: created.id,
      before: previous ? { decisionId: d.id, handledareId: previous.handledareId } : undefined,
      after: { decisionId: d.id, handledareId: input.handledareId },
    });
  }
  for (const d of confirming) {
    await tx.period.update({ where: { id: latest(d).id }, data: { handledareConfirmedAt: at } });
    await audit(tx, {
      actorId: actor.userId, supplierId: actor.supplierId, action: "handledare.confirmed-for-period", entityType: "Period", entityId: latest(d).id,
      after: { decisionId: d.id, handledareId: input.handledareId, number: latest(d).number },
    });
  }
  return { assigned: changing.length, unchanged: decisions.length - changing.length };
}

/** Meetings are the handledare's work: the reporting permission at the participant's unit. */
async function decisionForParticipantWork(tx: Tx | typeof db, actor: Actor, decisionId: string) {
  assertStaff(actor);
  return loadPlacementFor(actor, "reportOnParticipants", decisionId, { include: factsInclude, tx });
}

/** The booked first meeting (it may lie ahead). */
export async function recordFirstMeeting(actor: Actor, input: FirstMeetingInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const d = await decisionForParticipantWork(tx, actor, input.decisionId);
    const start = toIsoDate(d.periods[0].startDate);
    if (input.date < start) throw new RuleError("Första mötet kan inte ligga före tjänstens start.", "date");
    await tx.decision.update({ where: { id: d.id }, data: { firstMeetingDate: fromIsoDate(input.date) } });
    await audit(tx, {
      actorId: actor.kind === "staff" ? actor.userId : null, supplierId: d.supplierId, action: "first-meeting.recorded", entityType: "Decision", entityId: d.id,
      before: { firstMeetingDate: d.firstMeetingDate ? toIsoDate(d.firstMeetingDate) : null }, after: { firstMeetingDate: input.date },
    });
  });
}

/** A meeting that took place: the fourteen-day follow-up rhythm counts from it. */
export async function recordFollowUp(actor: Actor, input: FollowUpInput, today = clockToday()): Promise<void> {
  await db.$transaction(async (tx) => {
    const d = await decisionForParticipantWork(tx, actor, input.decisionId);
    if (input.date > today) throw new RuleError("Registrera möten som har ägt rum; datumet kan inte ligga framåt i tiden.", "date");
    if (input.date < toIsoDate(d.periods[0].startDate)) throw new RuleError("Mötet kan inte ligga före tjänstens start.", "date");
    const m = await tx.followUpMeeting.create({ data: { decisionId: d.id, date: fromIsoDate(input.date), recordedAt: now(), recordedById: (actor as StaffActor).userId } });
    await audit(tx, { actorId: (actor as StaffActor).userId, supplierId: d.supplierId, action: "follow-up.recorded", entityType: "FollowUpMeeting", entityId: m.id, after: { decisionId: d.id, date: input.date } });
  });
}

/** Administrators: each handledare's current load against the cap. */
export async function caseload(actor: Actor, today = clockToday()) {
  assertStaff(actor);
  if (!can(actor, "manageStaff")) throw new ForbiddenError();
  const [supplier, all] = await Promise.all([serviceVersionOf(actor.supplierId), candidates(db, actor.supplierId)]);
  const load = await loads(db, actor.supplierId, all.map((c) => c.userId), today);
  // Everyone with the reporting permission, and anyone who still has participants.
  return all
    .filter((c) => c.facts.permissions.includes("REPORTING") || (load.get(c.userId) ?? 0) > 0)
    .map((c) => ({ userId: c.userId, name: c.name, email: c.email, load: load.get(c.userId) ?? 0, cap: capFor(supplier.serviceVersion) }));
}

/**
 * Administrators: the current participants of one handledare (running placements: what the
 * table counts and what can be moved), for bulk reassignment, by last name then first name in
 * the Swedish alphabet (the sort columns' collation).
 */
export async function participantsOf(actor: Actor, handledareId: string, today = clockToday()) {
  assertStaff(actor);
  if (!can(actor, "manageStaff")) throw new ForbiddenError();
  const rows = await dbHandle().sql.query<{ decisionId: string; unitId: string; firstName: string; lastName: string; unitName: string; implementationReference: string }>(
    `SELECT d.id AS "decisionId", d."unitId", p."firstName", p."lastName", u.name AS "unitName", d."implementationReference"
       FROM "HandledareAssignment" a
       JOIN "Decision" d ON d.id = a."decisionId"
       JOIN "Participant" p ON p.id = d."participantId"
       JOIN "PerformingUnit" u ON u.id = d."unitId"
      WHERE a."handledareId" = $1::uuid AND a."endedAt" IS NULL AND d."supplierId" = $2::uuid AND ${ongoingSql("$3::date")}
      ORDER BY d."sortLastName" ASC, d."sortFirstName" ASC, d.id ASC`,
    [handledareId, actor.supplierId, today],
    { prepared: true },
  );
  return rows.map((r) => ({ decisionId: r.decisionId, unitId: r.unitId, name: `${r.firstName} ${r.lastName}`, unitName: r.unitName, implementationReference: r.implementationReference }));
}
