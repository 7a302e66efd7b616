import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, login, mainMenu } from "./helpers";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(clientWidth).toBeLessThanOrEqual(390);
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
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
      await page.goto(path);
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
});
