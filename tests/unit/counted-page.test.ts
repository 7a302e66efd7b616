import { describe, expect, it } from "vitest";
import { countedPage, countedPageInOne } from "@/lib/counted-page";

/** A list of `n` numbers, paged; records which pages were read. */
function list(n: number, pageSize: number) {
  const reads: number[] = [];
  const all = Array.from({ length: n }, (_, i) => i + 1);
  return { reads, all, count: async () => n, load: async (page: number) => (reads.push(page), all.slice((page - 1) * pageSize, page * pageSize)) };
}

describe("countedPage", () => {
  it("reads the asked-for page once when it exists", async () => {
    const l = list(27, 25);
    expect(await countedPage(2, 25, l.count, l.load)).toEqual({ total: 27, totalIsCapped: false, page: 2, rows: [26, 27] });
    expect(l.reads).toEqual([2]);
  });

  it("answers a page past the end with the last page, and an empty list with page 1", async () => {
    const l = list(27, 25);
    expect(await countedPage(9, 25, l.count, l.load)).toEqual({ total: 27, totalIsCapped: false, page: 2, rows: [26, 27] });
    expect(l.reads).toEqual([9, 2]);
    const none = list(0, 25);
    expect(await countedPage(1, 25, none.count, none.load)).toEqual({ total: 0, totalIsCapped: false, page: 1, rows: [] });
  });

  it("with a cap, says 'more than' past it and answers any page as asked", async () => {
    const l = list(60, 25);
    // the count stops at cap + 1
    const count = async () => Math.min(60, 21);
    expect(await countedPage(2, 25, count, l.load, 20)).toEqual({ total: 20, totalIsCapped: true, page: 2, rows: l.all.slice(25, 50) });
    expect(await countedPage(5, 25, count, l.load, 20)).toEqual({ total: 20, totalIsCapped: true, page: 5, rows: [] });
    expect(l.reads).toEqual([2, 5]);
  });

  it("with a cap not reached, pages as without one", async () => {
    const l = list(27, 25);
    expect(await countedPage(9, 25, l.count, l.load, 1000)).toEqual({ total: 27, totalIsCapped: false, page: 2, rows: [26, 27] });
  });
});

describe("countedPageInOne", () => {
  /** The list as one statement answers it: the page's rows with the count beside them. */
  function inOne(n: number, pageSize: number, cap?: number) {
    const l = list(n, pageSize);
    return { ...l, load: async (page: number) => ({ counted: cap === undefined ? n : Math.min(n, cap + 1), rows: await l.load(page) }) };
  }

  it("reads once when the page exists, and again only for a page past the end", async () => {
    const l = inOne(27, 25);
    expect(await countedPageInOne(2, 25, l.load)).toEqual({ total: 27, totalIsCapped: false, page: 2, rows: [26, 27] });
    expect(l.reads).toEqual([2]);
    expect(await countedPageInOne(9, 25, l.load)).toEqual({ total: 27, totalIsCapped: false, page: 2, rows: [26, 27] });
    expect(l.reads).toEqual([2, 9, 2]);
    expect(await countedPageInOne(1, 25, inOne(0, 25).load)).toEqual({ total: 0, totalIsCapped: false, page: 1, rows: [] });
  });

  it("with a cap, says 'more than' past it and answers any page as asked", async () => {
    const l = inOne(60, 25, 20);
    expect(await countedPageInOne(5, 25, l.load, 20)).toEqual({ total: 20, totalIsCapped: true, page: 5, rows: [] });
    expect(l.reads).toEqual([5]);
  });
});
