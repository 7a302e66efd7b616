// The accessibility check must be able to fail, or every "klarar axe" above proves nothing.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./helpers";

test("axe-kontrollen underkänner en sida med allvarliga brister", async ({ page }) => {
  await page.goto("/logga-in");
  await expectNoSeriousA11yViolations(page);
  // Break the real login page: take the label away from the e-mail field.
  await page.locator('label[for="email"]').evaluate((label) => label.remove());
  await expect(expectNoSeriousA11yViolations(page)).rejects.toThrow(/label \(critical\)/);
});

test("axe-kontrollen väntar på sidans titel men underkänner en sida utan titel", async ({ page }) => {
  await page.goto("/logga-in");
  await page.evaluate(() => document.querySelectorAll("title").forEach((t) => t.remove()));
  await expect(expectNoSeriousA11yViolations(page)).rejects.toThrow(/has a title/);
});
