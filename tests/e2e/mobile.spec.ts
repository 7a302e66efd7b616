import { expect, test, type Page } from "@playwright/test";
import { ADMIN, expectNoSeriousA11yViolations, gotoSettled, login, mainMenu, OFFICER } from "./helpers";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(clientWidth).toBeLessThanOrEqual(390);
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

/**
 * Every table on the page reads on the phone: stacked (each cell inside the screen, with its
 * column's name beside it), or in a box of its own that scrolls sideways (the page does not).
 */
async function expectReadableTables(page: Page) {
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("main table")].flatMap((t) => {
      const table = t as HTMLTableElement;
      if (table.classList.contains("stack-table")) {
        return [...table.querySelectorAll("tbody td, tbody th")]
          .filter((c) => (c as HTMLElement).offsetParent !== null && c.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .map((c) => `${table.caption?.textContent ?? "table"}: a cell (${(c as HTMLElement).dataset.label ?? "?"}) reaches ${Math.round(c.getBoundingClientRect().right)}px`);
      }
      const box = table.closest(".overflow-x-auto");
      return box && box.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5 ? [] : [`${table.caption?.textContent ?? "table"}: neither stacked nor in a scroll box`];
    }),
  );
  expect(wide, new URL(page.url()).pathname).toEqual([]);
}

test.describe("mobil (390×844)", () => {
  test("inloggningssidan och /start utan horisontell scroll, menyn nåbar", async ({ page }) => {
    await page.goto("/logga-in");
    await expect(page.getByLabel("E-postadress")).toBeVisible();
    await expectNoHorizontalScroll(page);

    // Ali has every permission; these are the menu links checked here.
    await login(page, "alla@framtidsvagen.example.se");
    await expect(page).toHaveURL(/\/start$/);
    await expect(page.getByRole("heading", { level: 1, name: "Välkommen, Ali Allbehörig" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);

    // The menu is one line until opened (issue #14: it used to fill the first screen).
    const menu = mainMenu(page);
    const toggle = menu.getByRole("button", { name: /^Meny/ });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(menu.getByRole("link", { name: "Hem" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
    await toggle.tap();
    const expected: [RegExp | string, RegExp][] = [
      ["Hem", /\/start$/],
      [/^Nya deltagare/, /\/nya-deltagare$/],
      ["Deltagarlista", /\/deltagare$/],
      ["Administration", /\/administration\/anvandare$/],
    ];
    for (const [name] of expected) {
      const link = menu.getByRole("link", { name });
      await expect(link).toBeVisible();
      // Inside the viewport horizontally and big enough to tap.
      const box = await link.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      expect(box!.height).toBeGreaterThanOrEqual(24);
    }
    // Every link can be tapped and leads to its page, which also fits the screen
    // (wide tables scroll inside their own box, not the page).
    for (const [name, url] of expected.slice(1)) {
      if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.tap();
      await menu.getByRole("link", { name }).tap();
      await expect(page).toHaveURL(url);
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
      await toggle.tap();
      await expect(menu.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
      await expectNoHorizontalScroll(page);
    }
    await expect(page.getByRole("banner").getByRole("button", { name: "Logga ut" })).toBeVisible();
  });

  test("lists are stacked rows: Status and Handledare on screen without scrolling sideways (issue #14)", async ({ page }) => {
    await login(page, "alla@framtidsvagen.example.se");
    for (const [path, rows, cells] of [
      ["/deltagare", "participant-rows", ["Status", "Handledare"]],
      ["/bestallningar", "order-rows", ["Status", "Belopp"]],
      ["/handelser", "event-rows", ["Händelse", "Effekt"]],
    ] as const) {
      await gotoSettled(page, path);
      const row = page.getByTestId(rows).getByRole("row").first();
      for (const label of cells) {
        const box = await row.locator(`td[data-label="${label}"]`).boundingBox();
        expect(box, `${path} ${label}`).not.toBeNull();
        expect(box!.x + box!.width, `${path} ${label}`).toBeLessThanOrEqual(390);
      }
      await expectNoHorizontalScroll(page);
      await expectNoSeriousA11yViolations(page);
    }
  });

  test("the collapsed menu says what its number counts (issue #14)", async ({ page }) => {
    await login(page, "alla@framtidsvagen.example.se");
    const toggle = mainMenu(page).getByRole("button", { name: /^Meny/ });
    // Each count with its own entry: a sum of new participants and unread events read as "nya" on every page.
    await expect(toggle).toHaveAccessibleName(/^Meny: Hem,\s*Nya deltagare: \d+ nya, Händelser: \d+ olästa$/);
    await expect(toggle.getByTestId("menu-waiting")).toHaveText(/^Nya deltagare: \d+ nya, Händelser: \d+ olästa$/);
    await expect(toggle.getByTestId("menu-waiting")).toBeVisible();
    await toggle.tap();
    await expect(mainMenu(page).getByRole("link", { name: /^Nya deltagare, \d+ nya$/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("the participant card, an order and Händelser fit the screen; Händelser's cards open with Ny (issue #14)", async ({ page }) => {
    await login(page, "alla@framtidsvagen.example.se");
    await page.goto("/deltagare?status=active&sort=start&dir=asc");
    await page.getByTestId("participant-rows").getByRole("link").first().tap();
    await expect(page).toHaveURL(/\/deltagare\/[0-9a-f-]{36}$/);
    await expectNoHorizontalScroll(page);
    await expectReadableTables(page);
    // The card's periods and event log are stacked rows, each value beside its column's name.
    for (const id of ["periods", "event-log"]) {
      const cell = page.getByTestId(id).getByRole("row").first().locator("td[data-label]").last();
      await expect(cell, `${id}: a stacked row's cells are named`).toBeVisible();
      const box = await cell.boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.x + box!.width, id).toBeLessThanOrEqual(390);
    }
    await expectNoSeriousA11yViolations(page);

    await page.getByTestId("participant-orders").getByRole("link").first().tap();
    await expect(page).toHaveURL(/\/bestallningar\/[0-9a-f-]{36}$/);
    await expectNoHorizontalScroll(page);
    await expectReadableTables(page);
    await expectNoSeriousA11yViolations(page);

    await gotoSettled(page, "/handelser");
    await expectNoHorizontalScroll(page);
    await expectReadableTables(page);
    const unread = page.getByTestId("event-rows").locator("tr[data-unread]").first();
    const badge = unread.getByTestId("unread-badge");
    await expect(badge).toBeVisible();
    await expect(badge).toHaveText("Ny");
    // At the start of the card: left-aligned and above the first labelled line, not beside the date.
    const [b, row, received] = await Promise.all([badge.boundingBox(), unread.boundingBox(), unread.locator('td[data-label="Mottaget"]').boundingBox()]);
    expect(b!.x - row!.x).toBeLessThan(16);
    expect(b!.y + b!.height).toBeLessThanOrEqual(received!.y + 1);
    await expectNoSeriousA11yViolations(page);
  });

  test("Nya deltagare: the step button comes after the cards it acts on (issue #14)", async ({ page }) => {
    await login(page, "alla@framtidsvagen.example.se");
    await gotoSettled(page, "/nya-deltagare");
    const cards = page.getByTestId("new-participants").getByRole("listitem");
    const lastCard = await cards.last().boundingBox();
    const next = page.getByRole("button", { name: "Nästa" });
    await expect(next).toHaveCount(1);
    const box = await next.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(lastCard!.y + lastCard!.height);
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
  });

  test("the officer's pages fit the screen and their tables are stacked rows (issue #14)", async ({ page }) => {
    await login(page, OFFICER);
    await expect(page).toHaveURL(/\/handlaggare$/);
    const toggle = mainMenu(page).getByRole("button", { name: /^Meny/ });
    await expect(toggle).toHaveAccessibleName(/^Meny: Översikt(,\s*(Planeringar|Redovisningar|Rapporter): \d+\+? att granska)*$/);
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
    for (const [path, rows] of [
      ["/handlaggare/beslut", "decision-rows"],
      ["/handlaggare/planeringar", "planning-queue"],
      ["/handlaggare/redovisningar", "report-queue"],
      ["/handlaggare/rapporter", "report-queue"],
      ["/handlaggare/leverantorer", "supplier-rows"],
      ["/handlaggare/prislista", null],
    ] as const) {
      await gotoSettled(page, path);
      await expectNoHorizontalScroll(page);
      await expectReadableTables(page);
      if (rows && (await page.getByTestId(rows).getByRole("row").count()) > 0) {
        const last = page.getByTestId(rows).getByRole("row").first().locator("td[data-label]").last();
        await expect(last, `${path}: a stacked row's cells are named`).toBeVisible();
        const box = await last.boundingBox();
        expect(box, path).not.toBeNull();
        expect(box!.x + box!.width, path).toBeLessThanOrEqual(390);
      }
      await expectNoSeriousA11yViolations(page);
    }
    // A decision and a supplier, opened from their lists.
    for (const [list, rows] of [["/handlaggare/beslut", "decision-rows"], ["/handlaggare/leverantorer", "supplier-rows"]] as const) {
      await page.goto(list);
      await page.getByTestId(rows).getByRole("link").first().tap();
      await expect(page).not.toHaveURL(new RegExp(`${list}$`));
      await expectNoHorizontalScroll(page);
      await expectReadableTables(page);
      await expectNoSeriousA11yViolations(page);
    }
  });

  test("Flytta deltagare på Arbetsbelastning visar flyttformuläret, inte tabellens topp", async ({ page }) => {
    await login(page, "alla@framtidsvagen.example.se");
    await page.goto("/administration/arbetsbelastning");
    await page.getByRole("link", { name: "Flytta deltagare från Sara Svensson" }).tap();
    await expect(page).toHaveURL(/fran=/);
    // At the top of the screen, not at its bottom edge with the form below it.
    const heading = page.getByRole("heading", { name: "Flytta deltagare från Sara Svensson" });
    await expect(heading).toBeInViewport();
    await expect.poll(async () => (await heading.boundingBox())?.y ?? 9999).toBeLessThan(844 / 3);
    // The link's target takes the focus, and the same holds when the address is opened or reloaded.
    await expect(heading).toBeFocused();
    const url = page.url();
    await page.goto("/start");
    await page.goto(url);
    await expect(heading).toBeFocused();
    await expect.poll(async () => (await heading.boundingBox())?.y ?? 9999).toBeLessThan(844 / 3);
    // What the button answers is on the screen, not above it.
    await page.getByRole("button", { name: "Flytta valda deltagare" }).tap();
    const outcome = page.getByTestId("move-outcome");
    await expect(outcome).toContainText("Välj minst en deltagare.");
    await expect(outcome).toBeFocused();
    await expect(outcome).toBeInViewport();
  });

  test("a sortable list sorts on the phone: its sort links are on screen, tap and keyboard alike (WCAG 2.4.7)", async ({ page }) => {
    // Each list, a column that is not its order now, and the rows' test id.
    const lists: [string, string, string, string][] = [
      ["alla@framtidsvagen.example.se", "/deltagare", "Slutdatum", "participant-rows"],
      ["alla@framtidsvagen.example.se", "/bestallningar", "Deltagare", "order-rows"],
      [ADMIN, "/administration/anvandare", "E-post", "staff-rows"],
      [OFFICER, "/handlaggare/beslut", "Namn", "decision-rows"],
    ];
    let signedIn = "";
    for (const [who, path, column, rows] of lists) {
      if (who !== signedIn) {
        await page.context().clearCookies();
        await login(page, who);
        signedIn = who;
      }
      await gotoSettled(page, path);
      await expect(page.getByTestId(rows).getByRole("row").first()).toBeVisible();
      const header = page.getByRole("columnheader", { name: column });
      const link = header.getByRole("link");
      // Focused from the keyboard, the link is on screen (it was inside a 1 px clipped header).
      await link.focus();
      await expect(link, `${path}: the focused sort link`).toBeInViewport();
      const box = await link.boundingBox();
      expect(box!.height, `${path}: a sort link big enough to tap`).toBeGreaterThanOrEqual(24);
      expect(box!.x + box!.width, path).toBeLessThanOrEqual(390);
      await link.tap();
      await expect(header, `${path}: tapped, the list is sorted by ${column}`).toHaveAttribute("aria-sort", /ascending|descending/);
      // The page stays where it was: the sort line and the list are still on screen (they were
      // a screen or more below the top it jumped to), and so is the link the focus is on.
      await expect(header.getByRole("link"), `${path}: after sorting`).toBeInViewport();
      await expect(header.getByRole("link"), `${path}: the sort line shows the order`).toContainText(/[▲▼]/);
      await expectNoHorizontalScroll(page);
      await expectNoSeriousA11yViolations(page);
    }
  });
});
