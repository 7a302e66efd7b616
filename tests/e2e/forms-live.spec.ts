// A form takes no input before React has hydrated it (issue #14): on a slow line a person
// could tick a box before the JavaScript ran, and react-hook-form reset the change when it
// started. Here the page's scripts are held back to make the line slow.
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, expectNoSeriousA11yViolations, login } from "./helpers";

const RECEIVE = "Ta emot nya deltagare";

/** Holds every script file of the app (not its styles) until the returned function is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route((url) => url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js"), async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test("the access form is not live before hydration, then a change is kept (issue #14)", async ({ page }) => {
  await login(page, ADMIN);
  await page.goto("/administration/anvandare");
  // An active member, whose form is live once hydrated.
  const member = (await page.getByRole("main").getByRole("link", { name: "Hugo Handledare" }).first().getAttribute("href"))!;
  expect(member).toMatch(/^\/administration\/anvandare\/[0-9a-f-]{36}$/);

  const release = await holdScripts(page);
  await page.goto(member, { waitUntil: "commit" });
  const box = page.getByLabel(RECEIVE);
  await expect(box).toBeVisible();
  // Before the scripts run: shown, named, but not to be changed yet (and the form says it is busy).
  await expect(box).toBeDisabled();
  await expect(page.getByRole("button", { name: "Spara behörigheter" })).toBeDisabled();
  await expect(page.locator("form[aria-busy=true]").first()).toBeAttached();
  const before = await box.isChecked();

  release();
  await expect(box).toBeEnabled();
  await expect(page.locator("form[aria-busy=true]")).toHaveCount(0);
  await box.setChecked(!before);
  await expect(box).toBeChecked({ checked: !before });
  await expectNoSeriousA11yViolations(page);
});

test("the sign-in form cannot be sent natively (with the password in the address) before hydration (issue #14)", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/logga-in", { waitUntil: "commit" });
  await expect(page.getByLabel("E-postadress")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Logga in" })).toBeDisabled();
  release();
  await expect(page.getByLabel("E-postadress")).toBeEnabled();
});
