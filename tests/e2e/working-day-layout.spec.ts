// Layout findings of issue #14 checked in Chromium: the order's and the month's detail boxes on
// a phone (390 px) and a laptop (1366 px), the handledare choice that says what its numbers
// are, and Deltagarlista's Tjänst column on a laptop.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DUE_MONTHS, expectNoSeriousA11yViolations, firstLink, gotoSettled, login } from "./helpers";

type Pair = { term: string; dt: DOMRect; dd: DOMRect };

/** Each term of the list with its box and its value's box, in order. */
async function pairsOf(list: Locator): Promise<Pair[]> {
  return list.evaluate((dl) =>
    [...dl.querySelectorAll("dt")].map((dt) => {
      const dd = dt.nextElementSibling as HTMLElement;
      const box = (e: Element) => JSON.parse(JSON.stringify(e.getBoundingClientRect())) as DOMRect;
      return { term: dt.textContent ?? "", dt: box(dt), dd: box(dd) };
    }),
  );
}

const firstOrder = (page: Page) => firstLink(page, "/bestallningar", /^\/bestallningar\/[0-9a-f-]{36}$/);

const firstDueMonth = (page: Page) => firstLink(page, "/start?visa=alla", /\/redovisning\//, DUE_MONTHS);

/** At 390 px: each term above its value, left-aligned, and clearly more space between pairs than within one. */
function expectStackedPairs(pairs: Pair[]) {
  expect(pairs.length).toBeGreaterThan(3);
  pairs.forEach((p, i) => {
    expect(p.dd.top, `${p.term}: value below its term`).toBeGreaterThanOrEqual(p.dt.bottom - 1);
    expect(Math.abs(p.dd.left - p.dt.left), `${p.term}: value under its term`).toBeLessThan(2);
    expect(p.dd.top - p.dt.bottom, `${p.term}: value close to its term`).toBeLessThanOrEqual(6);
    const next = pairs[i + 1];
    if (next) expect(next.dt.top - p.dd.bottom, `${p.term} → ${next.term}: a pair is set apart from the next`).toBeGreaterThanOrEqual(12);
  });
}

/** At 1366 px: each value beside its term, on the same line. */
function expectSideBySide(pairs: Pair[]) {
  for (const p of pairs) {
    expect(Math.abs(p.dd.top - p.dt.top), `${p.term}: same line`).toBeLessThan(4);
    expect(p.dd.left, `${p.term}: value right of its term`).toBeGreaterThan(p.dt.right);
  }
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the order's and the month's detail boxes read as term above value, pair by pair (issue #14)", async ({ page }) => {
    await login(page, "alla@framtidsvagen.example.se");
    const month = await firstDueMonth(page);
    await gotoSettled(page, await firstOrder(page));
    const order = page.getByTestId("order-details");
    await expect(order).toBeVisible();
    expectStackedPairs(await pairsOf(order));
    await expectNoSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page);

    await gotoSettled(page, month);
    const details = page.getByTestId("month-details");
    await expect(details).toBeVisible();
    expectStackedPairs(await pairsOf(details));
    await expectNoSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("on a laptop (1366 px)", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("the same boxes keep terms and values side by side, nothing lost (issue #14)", async ({ page }) => {
    await login(page, "alla@framtidsvagen.example.se");
    const month = await firstDueMonth(page);
    // Settled and visible first: a streamed section is in the document, hidden, before React reveals it.
    await gotoSettled(page, await firstOrder(page));
    await expect(page.getByTestId("order-details")).toBeVisible();
    const order = await pairsOf(page.getByTestId("order-details"));
    expect(order.map((p) => p.term)).toEqual(expect.arrayContaining(["Status", "Deltagare", "Genomförandereferens", "Utförande verksamhet", "Tjänst och nivå", "Orderdatum", "Beställt belopp", "Betalningsvillkor"]));
    expectSideBySide(order);
    await gotoSettled(page, month);
    await expect(page.getByTestId("month-details")).toBeVisible();
    const details = await pairsOf(page.getByTestId("month-details"));
    expect(details.map((p) => p.term)).toEqual(["Dagar i tjänsten", "Kan skickas in från", "Senast", "Status", "Månadens beställningsrad", "Aktiviteter i godkänd planering"]);
    expectSideBySide(details);
  });

  test("Deltagarlista: \"Rusta och matcha 2\" stays on one line, and the list needs no sideways scroll (issue #14)", async ({ page }) => {
    await login(page, "alla@framtidsvagen.example.se");
    await page.goto("/deltagare");
    const rows = page.getByTestId("participant-rows");
    await expect(rows.locator("tr").first()).toBeVisible();
    const lines = await rows.locator('td[data-label="Tjänst"]').evaluateAll((tds) =>
      tds.map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return { text: td.textContent ?? "", lines: tops.size };
      }),
    );
    expect(lines.some((l) => l.text === "Rusta och matcha 2")).toBe(true);
    for (const l of lines) expect(l.lines, l.text).toBe(1);
    const box = rows.locator("xpath=ancestor::div[1]");
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await expectNoSidewaysScroll(page);
  });
});

test.describe("on a laptop (1366 px), the order list", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("Beställningar fits its box: every column, the sorted Inkom last, on screen without scrolling sideways (issue #14)", async ({ page }) => {
    await login(page, "alla@framtidsvagen.example.se");
    await gotoSettled(page, "/bestallningar");
    const rows = page.getByTestId("order-rows");
    await expect(rows.locator("tr").first()).toBeVisible();
    const box = rows.locator("xpath=ancestor::div[1]");
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    const last = page.locator("thead th").last();
    await expect(last).toContainText("Inkom");
    const b = (await last.boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(1366);
    await expectNoSidewaysScroll(page);
  });
});

test("the handledare choice says what its numbers are, visibly and to screen readers (issue #14)", async ({ page }) => {
  await login(page, "alla@framtidsvagen.example.se");
  await page.goto("/nya-deltagare");
  const card = (await page.getByTestId("new-participants").getByRole("link", { name: /^Visa deltagaren/ }).first().getAttribute("href"))!;
  await page.goto(card);
  const select = page.getByRole("combobox", { name: "Handledare" });
  await expect(select).toHaveAccessibleDescription(/hur många deltagare handledaren har nu/);
  await expect(page.getByText(/hur många deltagare handledaren har nu/)).toBeVisible();
  const options = await select.locator("option").allTextContents();
  expect(options.length).toBeGreaterThan(1);
  for (const o of options.slice(1)) expect(o).toMatch(/\((\d+ av högst 50 deltagare|\d+ deltagare nu)\)$/);
  await expectNoSeriousA11yViolations(page);
});
