// The raw-SQL executor's prepared statements: what every page runs first (the actor, the menu
// counts) is parsed once per pooled connection, not on every page.
import { afterAll, describe, expect, it } from "vitest";
import pgDriver from "pg";
import { pgPoolExecutor, statementName } from "@/lib/db/sql-executor";

const pool = new pgDriver.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
const sql = pgPoolExecutor(pool);
afterAll(() => pool.end());

const prepared = async () => (await sql.query<{ name: string }>("SELECT name FROM pg_prepared_statements")).map((r) => r.name);

describe("prepared statements", () => {
  it("a prepared query is kept on its connection under its text's name and answers as an unprepared one", async () => {
    const text = "SELECT $1::int + 1 AS n";
    expect(await prepared()).not.toContain(statementName(text));
    expect(await sql.query(text, [41], { prepared: true })).toEqual([{ n: 42 }]);
    expect(await prepared()).toContain(statementName(text));
    // Again with other values: the same statement, a new answer.
    expect(await sql.query(text, [1], { prepared: true })).toEqual([{ n: 2 }]);
    expect(await sql.query(text, [1])).toEqual([{ n: 2 }]);
    expect((await prepared()).filter((n) => n === statementName(text))).toHaveLength(1);
  });

  it("names differ by text and stay the same for the same text", () => {
    expect(statementName("SELECT 1")).toBe(statementName("SELECT 1"));
    expect(statementName("SELECT 1")).not.toBe(statementName("SELECT 2"));
    expect(statementName("SELECT 1")).toMatch(/^s_[0-9a-f]{20}$/);
  });

  it("an unprepared query leaves nothing behind", async () => {
    const before = await prepared();
    await sql.query("SELECT 3 AS n");
    expect(await prepared()).toEqual(before);
  });
});
