// A slow page shows its section's loading state at once, inside the one <main>, and it is
// accessible (issue #14). The server's answer to the navigation is held back so that the
// state stays on screen long enough to look at; the prefetches are let through.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login, mainMenu } from "./helpers";

test("the participant list says it is loading while the server answers", async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/deltagare?_rsc=*", async (route) => {
    if (!route.request().headers()["next-router-prefetch"]) await held;
    await route.continue();
  });
  // The menu's links prefetch their section up to its loading state; the click comes after that.
  // Which request carries the list's loading segment is Next's choice (the start page's link to
  // /deltagare?mina=1 shares it, and the menu link's own prefetch may then ask for metadata
  // only), so the click waits until every prefetch has been answered.
  await login(page, "handledare@framtidsvagen.example.se");
  await page.waitForLoadState("networkidle");

  await mainMenu(page).getByRole("link", { name: "Deltagarlista" }).click();
  const status = page.getByRole("status").filter({ hasText: "Laddar deltagarlistan …" });
  await expect(status).toBeVisible();
  await expect(status).toHaveAttribute("aria-live", "polite");
  await expect(page.locator("main")).toHaveCount(1);
  await expect(page.locator("main")).toContainText("Laddar deltagarlistan …");
  await expectNoSeriousA11yViolations(page);

  release();
  await expect(page.getByRole("heading", { level: 1, name: "Deltagarlista" })).toBeVisible();
  await expect(page.getByTestId("loading-state")).toHaveCount(0);
});
