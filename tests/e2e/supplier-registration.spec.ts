// An officer registers a supplier with a unit and its first administrator, who then signs in
// through the invitation and administers that organisation only.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, linkInMail, login, OFFICER } from "./helpers";
import { luhnCheckDigit } from "../../lib/validation/luhn";

function uniqueOrgNumber(): string {
  const nine = `55${String(Date.now() % 10_000_000).padStart(7, "0")}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

test("an officer registers a supplier and its first administrator, who can then sign in and administer it", async ({ browser }) => {
  const officer = await (await browser.newContext()).newPage();
  await login(officer, OFFICER);
  await officer.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: /^Leverantörer/ }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(officer);
  await officer.goto("/handlaggare/leverantorer/ny");

  // Nothing filled in: messages next to the fields, nothing saved.
  await officer.getByRole("button", { name: "Registrera leverantör" }).click();
  await expect(officer.locator("#orgNumber")).toHaveAttribute("aria-invalid", "true");
  await expect(officer.locator("#deliveryAreaIds-error")).toBeVisible();
  await expectNoSeriousA11yViolations(officer);

  const name = `Testleverantören ${Date.now() % 100000} AB`;
  const adminEmail = `forsta.admin.${Date.now()}@example.se`;
  await officer.locator("#name").fill(name);
  await officer.locator("#orgNumber").fill("556036-0794");
  await officer.getByLabel("Rusta och matcha 2").check();
  await officer.getByLabel(/Stockholm/).first().check();
  await officer.locator("#units-0-name").fill("Testenheten Kista");
  await officer.locator("#units-0-street").fill("Kistagången 1");
  await officer.locator("#units-0-postalCode").fill("16440");
  await officer.locator("#units-0-city").fill("Kista");
  await officer.locator("#units-0-municipality").fill("Stockholm");
  await officer.locator("#units-0-deliveryAreaId").selectOption({ index: 1 });
  await officer.locator("#admin-name").fill("Första Administratören");
  await officer.locator("#admin-email").fill(adminEmail);
  await officer.getByRole("button", { name: "Registrera leverantör" }).click();
  await expect(officer.locator("#orgNumber-error")).toContainText("Kontrollsiffran");

  await officer.locator("#orgNumber").fill(uniqueOrgNumber());
  await officer.getByRole("button", { name: "Registrera leverantör" }).click();
  await expect(officer.getByTestId("invitation-sent")).toBeVisible();
  const link = await linkInMail(adminEmail, "/inbjudan/");
  expect(link).toMatch(/\/inbjudan\/[\w-]{20,}$/);

  const admin = await (await browser.newContext()).newPage();
  await admin.goto(link);
  await admin.getByLabel("Nytt lösenord").fill("Ett-långt-lösenord-1");
  await admin.getByLabel("Upprepa lösenordet").fill("Ett-långt-lösenord-1");
  await admin.getByRole("button", { name: "Spara lösenord" }).click();
  await expect(admin.getByText("Lösenordet är sparat")).toBeVisible();
  await login(admin, adminEmail, "Ett-långt-lösenord-1");
  await expect(admin.getByRole("banner")).toContainText(name);
  await admin.getByRole("link", { name: "Administration" }).click();
  await expect(admin.getByTestId("staff-rows")).toContainText(adminEmail);
  await expect(admin.getByTestId("staff-rows")).not.toContainText("framtidsvagen");
  await admin.goto("/administration/anvandare/ny");
  await admin.getByLabel("Valda verksamheter").check();
  await expect(admin.getByLabel(/Testenheten Kista/)).toBeVisible();
  await expect(admin.getByLabel(/Framtidsvägen/)).toHaveCount(0);
});
