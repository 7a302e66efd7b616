// What the pages' pagination says: an exact count with its last page, or (a capped count, as
// Händelser has) "fler än" with no last page and a next page always offered.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Pagination } from "@/components/ui/pagination";

const render = (props: Partial<Parameters<typeof Pagination>[0]>) =>
  renderToStaticMarkup(createElement(Pagination, { total: 60, page: 1, pageSize: 25, basePath: "/handelser", params: { olasta: "1" }, ...props }))
    .replaceAll(/\s+/g, " ");

describe("Pagination", () => {
  it("an exact count: the rows shown of all, the page of the last, Nästa only before the last page", () => {
    const first = render({});
    expect(first).toContain("Visar 1–25 av 60");
    expect(first).toContain("Sida 1 av 3");
    expect(first).toContain('href="/handelser?olasta=1&amp;sida=2"');
    const last = render({ page: 3 });
    expect(last).toContain("Visar 51–60 av 60");
    expect(last).not.toContain(">Nästa<");
    expect(last).toContain(">Föregående<");
  });

  it("a capped count: \"fler än\" the cap, no last page, and Nästa also past the counted pages", () => {
    const first = render({ total: 1000, totalIsCapped: true });
    expect(first).toContain("Visar 1–25 av fler än 1 000");
    expect(first).toContain("Sida 1<");
    expect(first).not.toContain("Sida 1 av");
    const beyond = render({ total: 1000, totalIsCapped: true, page: 41 });
    expect(beyond).toContain("Visar 1 001–1 025 av fler än 1 000");
    expect(beyond).toContain(">Nästa<");
  });
});
