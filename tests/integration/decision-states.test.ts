// The state of a placement is computed by a pure rule for display and by a database filter
// for search; on the demo data (every state) the two must agree.
import { beforeAll, describe, expect, it } from "vitest";
import { db, dbHandle } from "@/lib/db";
import { seedDemoData } from "@/features/demo/seed";
import { decisionFacts, factsInclude, ongoingSql, readModelFacts, stateSql, stateWhere } from "@/features/decisions/facts";
import { addCalendarDays } from "@/features/decisions/periods";
import { decisionState, isOngoing, type DecisionState } from "@/features/decisions/rules";
import { today } from "@/lib/clock";

const STATES: DecisionState[] = ["new", "active", "planned-interruption", "interrupted", "period-ended", "completed"];

beforeAll(async () => {
  await seedDemoData(db, { today: today(), history: false });
}, 120_000);

describe("decision states", () => {
  it("the database filter for each state agrees with the rule, and the demo has every state", async () => {
    const t = today();
    const all = await db.decision.findMany({ include: factsInclude });
    const byRule = new Map<DecisionState, string[]>();
    for (const d of all) {
      const s = decisionState(decisionFacts(d), t);
      byRule.set(s, [...(byRule.get(s) ?? []), d.id]);
    }
    for (const state of STATES) {
      const ids = (await db.decision.findMany({ where: stateWhere(state, t), select: { id: true } })).map((r) => r.id).sort();
      expect(ids, state).toEqual((byRule.get(state) ?? []).sort());
      expect(ids.length, `demo data has ${state}`).toBeGreaterThan(0);
    }
  });

  it("the raw-SQL filter for each state (what Deltagarlista runs) agrees with the rule, on every day around now", async () => {
    const all = await db.decision.findMany({ include: factsInclude });
    for (const offset of [-400, -45, -31, -30, -1, 0, 1, 29, 30, 31, 200, 400]) {
      const t = addCalendarDays(today(), offset);
      for (const state of STATES) {
        const params: unknown[] = [];
        const where = stateSql(state, t, (v) => {
          params.push(v);
          return `$${params.length}`;
        });
        const ids = (await dbHandle().sql.query<{ id: string }>(`SELECT d.id FROM "Decision" d WHERE ${where}`, params)).map((r) => r.id).sort();
        const expected = all.filter((d) => decisionState(decisionFacts(d), t) === state).map((d) => d.id).sort();
        expect(ids, `${state} on ${t}`).toEqual(expected);
      }
    }
  });

  it("the SQL for a running placement (a handledare's load) agrees with isOngoing, on every day around now", async () => {
    const all = await db.decision.findMany({ include: factsInclude });
    let both = 0;
    for (const offset of [-400, -45, -1, 0, 1, 30, 200, 400]) {
      const t = addCalendarDays(today(), offset);
      const ids = (await dbHandle().sql.query<{ id: string }>(`SELECT d.id FROM "Decision" d WHERE ${ongoingSql("$1::date")}`, [t])).map((r) => r.id).sort();
      const expected = all.filter((d) => isOngoing(decisionState(decisionFacts(d), t))).map((d) => d.id).sort();
      expect(ids, t).toEqual(expected);
      if (ids.length > 0 && ids.length < all.length) both++;
    }
    expect(both, "days on which some placements run and some do not").toBeGreaterThan(2);
  });

  it("the state from the stored read model (what lists load) is the state from the full facts, on every day around now", async () => {
    const all = await db.decision.findMany({ include: factsInclude });
    const seen = new Set<DecisionState>();
    for (const offset of [-400, -45, -31, -30, -1, 0, 1, 29, 30, 31, 200, 400]) {
      const t = addCalendarDays(today(), offset);
      for (const d of all) {
        const expected = decisionState(decisionFacts(d), t);
        expect(decisionState(readModelFacts(d), t), `${d.implementationReference} on ${t}`).toBe(expected);
        seen.add(expected);
      }
    }
    expect([...seen].sort()).toEqual([...STATES].sort());
  });
});
