// One page of an officer's queue, oldest first: the filter is raw SQL (it needs NOT EXISTS
// over versions), the rows are then read with Prisma and put back in queue order.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";

/** `from` is the table with its alias, e.g. Prisma.raw(`"JointPlanning" jp`); `alias` is that alias. */
export async function oldestFirstPage(input: { from: Prisma.Sql; alias: string; where: Prisma.Sql; page?: number; pageSize: number }) {
  const col = (name: string) => Prisma.raw(`${input.alias}."${name}"`);
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${input.from} WHERE ${input.where}`;
  const total = Number(n);
  // a page past the end shows the last one
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1)), Math.max(1, Math.ceil(total / input.pageSize)));
  const ids = (
    await db.$queryRaw<{ id: string }[]>`
      SELECT ${col("id")}::text AS id FROM ${input.from} WHERE ${input.where}
      ORDER BY ${col("submittedAt")} ASC, ${col("id")} ASC LIMIT ${input.pageSize} OFFSET ${(page - 1) * input.pageSize}`
  ).map((r) => r.id);
  return { total, page, ids };
}

/** Rows read by id, in the order of `ids`. */
export function inIdOrder<T extends { id: string }>(rows: T[], ids: string[]): T[] {
  const order = new Map(ids.map((id, i) => [id, i]));
  return [...rows].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}
