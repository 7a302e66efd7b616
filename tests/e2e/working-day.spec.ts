// Small things a staff member stumbles on during a working day (issue #14): hours typed with a
// decimal comma whatever the browser's language, the month field's format, and a 403 (not a
// 404) for a participant one may see but not report on.
import { expect, test, type Page } from "@playwright/test";
import { DUE_MONTHS, expectNoSeriousA11yViolations, gotoSettled, linksOn, login } from "./helpers";

/** A due month of the periodic report with at least one empty hours cell: its page and that cell's id. */
async function openDueMonthWithEmptyCell(page: Page, skip: number): Promise<string> {
  const hrefs = await linksOn(page, "/start?visa=alla", /\/redovisning\//, DUE_MONTHS);
  let seen = 0;
  for (const href of hrefs) {
    await gotoSettled(page, href);
    const empty = page.getByTestId("report-grid").locator('input[type="text"]:not([disabled])');
    const ids = await empty.evaluateAll((inputs) => (inputs as HTMLInputElement[]).filter((i) => i.value === "").map((i) => i.id));
    if (ids.length && seen++ >= skip) return ids[0];
  }
  throw new Error("No due month with an empty hours cell in the demo data.");
}

/**
 * Any month's periodic report grid: a due month if one is left, else a month from a
 * participant's Redovisning page, so the layout test does not depend on what earlier tests
 * (or today's date) have left unreported.
 */
async function openAnyReportGrid(page: Page): Promise<void> {
  const grid = page.getByTestId("report-grid");
  const due = await linksOn(page, "/start?visa=alla", /\/redovisning\//, DUE_MONTHS);
  const participants = (await linksOn(page, "/deltagare", /^\/deltagare\/[0-9a-f-]{36}$/)).slice(0, 15);
  for (const href of due) {
    await gotoSettled(page, href);
    if (await grid.count()) return;
  }
  for (const card of participants) {
    const months = await linksOn(page, `${card}/redovisning`, new RegExp(`^${card}/redovisning/`));
    for (const href of months.slice(0, 3)) {
      await gotoSettled(page, href);
      if (await grid.count()) return;
    }
  }
  throw new Error("No periodic report grid reachable in the demo data.");
}

for (const [locale, skip] of [["sv-SE", 0], ["en-US", 1]] as const) {
  test.describe(`periodic report in a browser set to ${locale}`, () => {
    test.use({ locale });

    test(`"1,5" in an hours cell is stored as 1.5 h and shown as "1,5" (issue #14)`, async ({ page }) => {
      await login(page, "alla@framtidsvagen.example.se");
      const cellId = await openDueMonthWithEmptyCell(page, skip);
      const cell = page.locator(`[id="${cellId}"]`);
      const monthSum = page.getByTestId("report-grid").locator("tfoot td[aria-live]");
      const before = await monthSum.innerText();
      await cell.click();
      await page.keyboard.type("1,5");
      await expect(cell).toHaveValue("1,5");
      // The month's sum grows by one and a half hours, in Swedish.
      const minutes = (text: string) => Math.round(Number(text.replace(/[^\d,]/g, "").replace(",", ".")) * 60);
      await expect.poll(async () => minutes(await monthSum.innerText()) - minutes(before)).toBe(90);
      await expect(monthSum).not.toContainText(".");
      await page.getByRole("button", { name: "Spara utkast" }).click();
      await expect(page.getByText("Utkastet är sparat.")).toBeVisible();
      await expectNoSeriousA11yViolations(page);

      // Read back from the database: 90 minutes, shown with a decimal comma (it used to come back as "1.5").
      await page.reload();
      await expect(cell).toHaveValue("1,5");
      await expect.poll(async () => minutes(await monthSum.innerText()) - minutes(before)).toBe(90);

      // Leave the month as it was for the other tests.
      await cell.fill("");
      await page.getByRole("button", { name: "Spara utkast" }).click();
      await expect(page.getByText("Utkastet är sparat.")).toBeVisible();
    });
  });
}

test("the order list's month field shows the format it expects (issue #14)", async ({ page }) => {
  await login(page, "alla@framtidsvagen.example.se");
  await page.goto("/bestallningar");
  const month = page.getByLabel("Månad", { exact: true });
  // Where a browser has no month picker the field is plain text: the placeholder says what to type.
  await expect(month).toHaveAttribute("placeholder", "ÅÅÅÅ-MM");
  await expect(month).toHaveAccessibleDescription(/ÅÅÅÅ-MM/);
  await expectNoSeriousA11yViolations(page);
});

test("a receiver who opens a participant's reporting pages is told they lack the permission: 403, not 404 (issue #14)", async ({ page }) => {
  await login(page, "mottagare@framtidsvagen.example.se");
  await page.goto("/nya-deltagare");
  const href = await page.getByTestId("new-participants").getByRole("link", { name: /^Visa deltagaren/ }).first().getAttribute("href");
  expect(href).toMatch(/^\/deltagare\/[0-9a-f-]{36}$/);
  // The card itself is theirs to see.
  await page.goto(href!);
  await expect(page.getByRole("heading", { level: 1, name: "Saknar behörighet" })).toHaveCount(0);
  const d = new Date();
  const month = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  // What the person is told (the statuses themselves: hardening.spec.ts).
  for (const path of [`${href}/redovisning`, `${href}/redovisning/${month}`, `${href}/planering`, `${href}/rapporter`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Saknar behörighet" }), path).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
  // Someone else's participant (or none) is still "not found", so ids cannot be probed.
  await page.goto("/deltagare/00000000-0000-4000-8000-000000000000/redovisning");
  await expect(page.getByRole("heading", { level: 1, name: "Sidan hittades inte" })).toBeVisible();
});

test.describe("the periodic report's grid on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("scrolled down and sideways, the activities stay above the cells and the dates beside them (issue #14)", async ({ page }) => {
    await login(page, "alla@framtidsvagen.example.se");
    await openAnyReportGrid(page);
    const grid = page.getByTestId("report-grid");
    const gridBox = (await grid.boundingBox())!;
    // The grid scrolls inside its own box, no taller than the screen.
    expect(gridBox.height).toBeLessThanOrEqual(844);
    await grid.evaluate((el) => el.scrollTo({ top: el.scrollHeight, left: el.scrollWidth }));
    const header = grid.locator("thead th").nth(1);
    const lastDate = grid.locator("tbody th[scope=row]").last();
    const h = (await header.boundingBox())!;
    const d = (await lastDate.boundingBox())!;
    // Still inside the box after scrolling to its far corner.
    expect(h.y).toBeGreaterThanOrEqual(gridBox.y - 1);
    expect(h.y + h.height).toBeLessThanOrEqual(gridBox.y + gridBox.height);
    expect(d.x).toBeGreaterThanOrEqual(gridBox.x - 1);
    expect(d.x + d.width).toBeLessThanOrEqual(gridBox.x + gridBox.width);
    // The page itself does not scroll sideways: the grid's visually hidden labels stay inside
    // its box (they made the page 625 px wide on a 390 px phone).
    await grid.evaluate((el) => el.scrollTo({ top: 0, left: 0 }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
  });
});
