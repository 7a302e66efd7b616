// A handledare's work phone can be entered (issue #14): by the person on the start page, and by
// the behörighetsadministratör for a member of their organisation, with the server's Swedish
// message next to the field when the number is not a Swedish one.
import { expect, test } from "@playwright/test";
import { ADMIN, expectNoSeriousA11yViolations, login } from "./helpers";

test("a staff member sets their own work phone on the start page; a bad number is answered at the field (issue #14)", async ({ page }) => {
  await login(page, "handledare2@framtidsvagen.example.se");
  const field = page.getByRole("textbox", { name: "Telefonnummer i arbetet" });
  await expect(field).toHaveValue("08-46 50 04 12");
  await field.fill("12 34");
  await page.getByRole("button", { name: "Spara telefonnummer" }).click();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/Ange ett svenskt telefonnummer med riktnummer/);
  await expectNoSeriousA11yViolations(page);

  await field.fill("070-123 45 67");
  await page.getByRole("button", { name: "Spara telefonnummer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Telefonnumret 070-123 45 67 är sparat." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Telefonnummer i arbetet" })).toHaveValue("070-123 45 67");
});

test("the behörighetsadministratör sets a member's work phone; the history names the change (issue #14)", async ({ page }) => {
  await login(page, ADMIN);
  await page.goto("/administration/anvandare");
  await page.getByRole("link", { name: "Hugo Handledare" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Hugo Handledare" })).toBeVisible();
  const field = page.getByRole("textbox", { name: "Telefonnummer i arbetet" });
  await field.fill("+46 8 46 50 04 21");
  await page.getByRole("button", { name: "Spara telefonnummer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Telefonnumret +46 8 46 50 04 21 är sparat." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Historik" })).toContainText("Telefon: 08-46 50 04 11 → +46 8 46 50 04 21");
  await expectNoSeriousA11yViolations(page);
});
