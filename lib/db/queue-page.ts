// One page of an officer's queue, oldest first: the filter is raw SQL (it needs NOT EXISTS
// over versions), the rows are then read with Prisma and put back in queue order.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { COUNT_CAP } from "../capped-count";
import { countedPage } from "../counted-page";

/**
 * `from` is the table with its alias, e.g. Prisma.raw(`"JointPlanning" jp`); `alias` is that
 * alias. The queue is counted up to `countCap` (a national queue can hold tens of thousands: an
 * exact count read them all on every load), at once with the page.
 */
export async function oldestFirstPage(input: { from: Prisma.Sql; alias: string; where: Prisma.Sql; page?: number; pageSize: number; countCap?: number }) {
  const col = (name: string) => Prisma.raw(`${input.alias}."${name}"`);
  const cap = input.countCap ?? COUNT_CAP;
  const asked = Math.max(1, Math.floor(input.page ?? 1));
  const { total, totalIsCapped, page, rows } = await countedPage(
    asked,
    input.pageSize,
    async () => {
      const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${input.from} WHERE ${input.where} LIMIT ${cap + 1}) c`;
      return Number(n);
    },
    async (page) =>
      (
        await db.$queryRaw<{ id: string }[]>`
          SELECT ${col("id")}::text AS id FROM ${input.from} WHERE ${input.where}
          ORDER BY ${col("submittedAt")} ASC, ${col("id")} ASC LIMIT ${input.pageSize} OFFSET ${(page - 1) * input.pageSize}`
      ).map((r) => r.id),
    cap,
  );
  return { total, totalIsCapped, page, ids: rows };
}

/** Rows read by id, in the order of `ids`. */
export function inIdOrder<T extends { id: string }>(rows: T[], ids: string[]): T[] {
  const order = new Map(ids.map((id, i) => [id, i]));
  return [...rows].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}
