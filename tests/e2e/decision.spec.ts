// An officer's decision reaches the supplier's staff at that unit at once, and nobody else.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, login, OFFICER } from "./helpers";
import { luhnCheckDigit } from "../../lib/validation/luhn";

function uniquePersonnummer(): string {
  // Born 1970–1999 on a day from the clock: unique enough per run, always valid.
  const n = Date.now();
  const yy = String(70 + (Math.floor(n / 1000) % 30));
  const mm = String(1 + (Math.floor(n / 100_000) % 12)).padStart(2, "0");
  const dd = String(1 + (Math.floor(n / 10_000) % 28)).padStart(2, "0");
  const serial = String(Math.floor(n / 10) % 1000).padStart(3, "0");
  const nine = `${yy}${mm}${dd}${serial}`;
  return `19${nine}${luhnCheckDigit(nine)}`;
}

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

test("an officer creates a decision; staff at that unit see the new participant at once, staff elsewhere do not", async ({ browser }) => {
  const officer = await as(browser, OFFICER);
  const pnr = uniquePersonnummer();
  // Letters only: digits from the same clock as the personnummer could repeat its last four,
  // and the test checks that those never appear on the page.
  const lastName = `Testsson${[...String(Date.now() % 100000)].map((d) => "abcdefghij"[Number(d)]).join("")}`;

  await officer.getByRole("link", { name: "Beslut", exact: true }).click();
  await expectNoSeriousA11yViolations(officer);
  await officer.getByRole("link", { name: "Nytt beslut" }).click();
  await expect(officer.getByRole("heading", { name: "Nytt beslut: välj arbetssökande" })).toBeVisible();
  await officer.getByLabel("Personnummer", { exact: true }).fill("19850315-1235");
  await officer.getByRole("button", { name: "Sök" }).click();
  await expect(officer.getByText("Kontrollsiffran stämmer inte")).toBeVisible();

  await officer.getByLabel("Personnummer", { exact: true }).first().fill(`${pnr.slice(0, 8)}-${pnr.slice(8)}`);
  await officer.getByRole("button", { name: "Sök" }).click();
  await expect(officer.getByRole("heading", { name: "Registrera arbetssökande" })).toBeVisible();
  await expectNoSeriousA11yViolations(officer);
  await officer.getByLabel("Förnamn").fill("Edit");
  await officer.getByRole("button", { name: "Registrera och fortsätt" }).click();
  await expect(officer.getByText("Ange efternamn.")).toBeVisible();
  await officer.getByLabel("Efternamn").fill(lastName);
  await officer.getByRole("button", { name: "Registrera och fortsätt" }).click();

  await expect(officer.getByRole("heading", { name: "Nytt beslut om Rusta och matcha" })).toBeVisible();
  await officer.getByRole("button", { name: "Fatta beslut" }).click();
  await expect(officer.getByText("Välj en leverantör.")).toBeVisible();
  await expect(officer.getByText("Välj nivå A, B eller C.")).toBeVisible();
  await expectNoSeriousA11yViolations(officer);

  await officer.getByLabel("Leverantör").selectOption({ label: "Framtidsvägen AB" });
  await officer.getByLabel("Utförande verksamhet").selectOption({ label: "Framtidsvägen Södertälje – Storgatan 5, Södertälje" });
  await officer.getByLabel(/^Nivå B/).check();
  await officer.getByLabel("Behov av tolk").check();
  await officer.getByRole("button", { name: "Fatta beslut" }).click();
  await expect(officer.getByText("Ange vilket språk tolken ska tala.")).toBeVisible();
  await officer.getByLabel("Tolkspråk").fill("arabiska");
  await officer.getByRole("button", { name: "Fatta beslut" }).click();

  await expect(officer.getByRole("heading", { name: `Edit ${lastName}` })).toBeVisible();
  await expect(officer.getByText("Ny, saknar handledare")).toBeVisible();
  await expect(officer.getByTestId("event-log")).toContainText("Nytt avrop");
  await expectNoSeriousA11yViolations(officer);

  // Södertälje: receives new participants there.
  const atUnit = await as(browser, "mottagare.rapport@framtidsvagen.example.se");
  await atUnit.goto("/nya-deltagare");
  await expect(atUnit.getByTestId("new-participants")).toContainText(`Edit ${lastName}`);
  await atUnit.getByRole("link", { name: `Edit ${lastName}` }).click();
  await expect(atUnit.getByRole("heading", { level: 1, name: `Edit ${lastName}` })).toBeVisible();
  await expect(atUnit.getByText("Framtidsvägen Södertälje, Storgatan 5")).toBeVisible();
  await expect(atUnit.getByText("********-****")).toBeVisible();
  await expect(atUnit.locator("body")).not.toContainText(pnr.slice(8));
  await expectNoSeriousA11yViolations(atUnit);

  // Solna only: the same supplier, another unit.
  const otherUnit = await as(browser, "admin.mottagare@framtidsvagen.example.se");
  await otherUnit.goto("/nya-deltagare");
  await expect(otherUnit.getByRole("heading", { name: "Nya deltagare" })).toBeVisible();
  await expect(otherUnit.locator("main")).not.toContainText(lastName);
  const decisionUrl = atUnit.url();
  await otherUnit.goto(decisionUrl.replace(/^https?:\/\/[^/]+/, ""));
  await expect(otherUnit.getByRole("heading", { name: "Sidan hittades inte" })).toBeVisible();

  // Another supplier with every unit.
  const otherSupplier = await as(browser, "handledare@nordstjarnan.example.se");
  await otherSupplier.goto("/nya-deltagare");
  await expect(otherSupplier.locator("main")).not.toContainText(lastName);
});

test("an officer registers a planned interruption and the supplier sees it with reason and date", async ({ browser }) => {
  const officer = await as(browser, OFFICER);
  await officer.goto("/handlaggare/beslut");
  await officer.getByLabel("Leverantör").selectOption({ label: "Framtidsvägen AB" });
  await officer.getByLabel("Status").selectOption({ label: "Pågående" });
  await officer.getByRole("button", { name: "Sök" }).click();
  await expect(officer).toHaveURL(/status=active/);
  const first = officer.getByTestId("decision-rows").getByRole("link").first();
  const name = (await first.innerText()).trim();
  await first.click();
  await expect(officer.getByRole("heading", { level: 1, name })).toBeVisible();

  const dateInput = officer.getByLabel("Datum för avbrott");
  const today = await dateInput.inputValue();
  const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86400_000).toISOString().slice(0, 10);
  await dateInput.fill(yesterday);
  await officer.getByLabel("Orsak").selectOption({ label: "Arbete" });
  await officer.getByRole("button", { name: "Registrera avbrott" }).click();
  await expect(officer.getByText("Ett avbrott kan inte registreras bakåt i tiden. Välj dagens datum eller senare.")).toBeVisible();

  const later = new Date(Date.parse(`${today}T12:00:00Z`) + 3 * 86400_000).toISOString().slice(0, 10);
  await dateInput.fill(later);
  await officer.getByRole("button", { name: "Registrera avbrott" }).click();
  await expect(officer.getByRole("button", { name: "Återkalla avbrottet" })).toBeVisible();
  await expect(officer.getByTestId("event-log")).toContainText("Avbrott registrerat");
  await expectNoSeriousA11yViolations(officer);
  const path = new URL(officer.url()).pathname.replace("/handlaggare/beslut/", "/deltagare/");

  const supplier = await as(browser, "alla@framtidsvagen.example.se");
  await supplier.goto(path);
  await expect(supplier.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(supplier.getByRole("status").filter({ hasText: "Planerat avbrott" })).toContainText("Arbete");
  await expect(supplier.getByTestId("event-log")).toContainText("Avbrott registrerat");
  await expectNoSeriousA11yViolations(supplier);

  const other = await as(browser, "handledare@nordstjarnan.example.se");
  await other.goto(path);
  await expect(other.getByRole("heading", { name: "Sidan hittades inte" })).toBeVisible();
});

test("Beslut's unit filter offers the chosen supplier's units, not every unit in the country", async ({ page }) => {
  await login(page, OFFICER);
  await page.goto("/handlaggare/beslut");
  const unit = page.getByLabel("Utförande verksamhet");
  await expect(unit.locator("option")).toHaveText(["Alla"]);
  await expect(unit).toHaveAccessibleDescription("Välj en leverantör och sök, så kan du välja bland dess verksamheter.");
  await page.getByLabel("Leverantör").selectOption({ label: "Framtidsvägen AB" });
  await page.getByRole("button", { name: "Sök" }).click();
  await expect(page).toHaveURL(/leverantor=/);
  await expect(unit.locator("option")).toHaveText(["Alla", "Framtidsvägen Solna", "Framtidsvägen Stockholm City", "Framtidsvägen Södertälje"]);
  await unit.selectOption({ label: "Framtidsvägen Södertälje" });
  await page.getByRole("button", { name: "Sök" }).click();
  await expect(page).toHaveURL(/enhet=/);
  await expect(unit).toHaveValue(/[0-9a-f-]{36}/);
  const places = await page.getByTestId("decision-rows").locator('td[data-label="Leverantör / verksamhet"]').allInnerTexts();
  expect(places.length).toBeGreaterThan(0);
  for (const p of places) expect(p).toContain("Framtidsvägen Södertälje");
  await expectNoSeriousA11yViolations(page);
});
