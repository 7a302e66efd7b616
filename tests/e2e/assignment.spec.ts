// A new participant is assigned a handledare: it leaves the new list, the welcome letter opens,
// and the history shows, also after a change of handledare.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";

test("assigning a handledare to a new participant, the welcome letter and the history", async ({ page }) => {
  await login(page, "mottagare.rapport@framtidsvagen.example.se"); // Södertälje: receives and reports
  await page.getByRole("link", { name: /Nya deltagare/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Nya deltagare" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const firstCard = page.getByTestId("new-participants").locator("li").first();
  const checkbox = firstCard.getByRole("checkbox");
  const name = (await firstCard.locator("label").first().innerText()).replace(/^Välj\s*/, "").trim();
  await checkbox.check();
  await page.getByRole("button", { name: "Nästa" }).first().click();
  await expect(page.getByRole("heading", { name: "Välj handledare" })).toBeVisible();
  await expect(page.getByText(name)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Nästa" }).click();
  await expect(page.getByText("Välj en handledare.")).toBeVisible();
  await page.getByLabel(/Mira Mottagare-Rapport/).check();
  await page.getByRole("button", { name: "Nästa" }).click();
  await expect(page.getByText(/Mira Mottagare-Rapport blir handledare för 1 deltagare/)).toBeVisible();
  // The heading follows the step (issue #14).
  await expect(page.getByRole("heading", { level: 1, name: "Bekräfta tilldelningen" })).toBeVisible();
  await page.getByRole("button", { name: "Bekräfta" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Handledaren är tilldelad" })).toBeVisible();

  await page.getByRole("link", { name: new RegExp(`Välkomstbrev för ${name}`) }).click();
  await expect(page.getByRole("heading", { name: /Välkommen till Rusta och matcha/ })).toBeVisible();
  const letter = page.getByRole("article");
  await expect(letter).toContainText("Din handledare är Mira Mottagare-Rapport");
  await expect(letter).toContainText("Du når din handledare på telefon 08-46 50 04 13 eller e-post mottagare.rapport@framtidsvagen.example.se.");
  await expect(letter).toContainText("Storgatan 5");
  await expect(letter).toHaveAttribute("lang", "sv");
  await expect(letter).not.toContainText(/\d{6}-?\d{4}\b/);
  await expectNoSeriousA11yViolations(page);

  // The same letter in English, chosen on the page (issue #14).
  await page.getByRole("navigation", { name: "Brevets språk" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\?sprak=en$/);
  await expect(page.getByRole("heading", { level: 1, name: /Welcome to Rusta och matcha/ })).toBeVisible();
  await expect(letter).toHaveAttribute("lang", "en");
  await expect(letter).toContainText("Your coach (handledare) is Mira Mottagare-Rapport");
  await expect(letter).toContainText("by phone on 08-46 50 04 13");
  await expect(letter).toContainText(/Your period runs from \d{1,2} [A-Z][a-z]+ \d{4} to \d{1,2} [A-Z][a-z]+ \d{4}\./);
  await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "page");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Svenska" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Välkommen till Rusta och matcha/ })).toBeVisible();

  await page.goto("/nya-deltagare");
  await expect(page.getByRole("heading", { level: 1, name: "Nya deltagare" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText(name);

  await page.goto("/deltagare");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByTestId("handledare-history")).toContainText("Mira Mottagare-Rapport");
  await expect(page.getByTestId("event-log")).toContainText("Handledare: Mira Mottagare-Rapport");
  await expectNoSeriousA11yViolations(page);

  // Change of handledare: the previous one ends, it is not overwritten.
  const select = page.getByRole("combobox", { name: "Handledare", exact: true });
  await select.selectOption({ label: (await select.locator("option", { hasText: "Ali Allbehörig" }).innerText()).trim() });
  await page.getByRole("button", { name: "Spara handledare" }).click();
  await expect(page.getByText("Handledaren är sparad.")).toBeVisible();
  const history = page.getByTestId("handledare-history");
  await expect(history).toContainText("Ali Allbehörig");
  await expect(history).toContainText(/Mira Mottagare-Rapport: från .* till /);

  // The personal identity number only on request.
  await expect(page.getByText("********-****")).toBeVisible();
  await page.getByRole("button", { name: "Visa personnummer" }).click();
  await expect(page.getByTestId("pnr")).toHaveText(/^\d{8}-\d{4}$/);
});

test("Tillbaka from Välj handledare returns to the list with the chosen participants still ticked", async ({ page }) => {
  await login(page, "mottagare.rapport@framtidsvagen.example.se");
  await page.goto("/nya-deltagare");
  const cards = page.getByTestId("new-participants").locator("li");
  await expect(cards.nth(1)).toBeVisible();
  await cards.nth(0).getByRole("checkbox").check();
  await cards.nth(1).getByRole("checkbox").check();
  const names = await Promise.all([0, 1].map(async (i) => (await cards.nth(i).locator("label").first().innerText()).replace(/^Välj\s*/, "").trim()));
  await page.getByRole("button", { name: "Nästa" }).last().click();
  await expect(page.getByRole("heading", { name: "Välj handledare" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Valda deltagare (2)" })).toBeVisible();

  await page.getByRole("link", { name: "Tillbaka", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nya deltagare" })).toBeVisible();
  for (const name of names) await expect(page.getByRole("checkbox", { name: `Välj ${name}` })).toBeChecked();
  await expect(page.getByTestId("new-participants").getByRole("checkbox", { checked: true })).toHaveCount(2);
  // The ids travel in the address, never the names or anything personal.
  expect(page.url()).not.toContain(encodeURIComponent(names[0]));

  // All of them chosen with "Välj alla deltagare": that box is ticked again on the way back.
  await page.getByRole("checkbox", { name: "Välj alla deltagare" }).check();
  await page.getByRole("button", { name: "Nästa" }).last().click();
  await expect(page.getByRole("heading", { name: "Välj handledare" })).toBeVisible();
  await page.getByRole("link", { name: "Tillbaka", exact: true }).click();
  await expect(page.getByRole("checkbox", { name: "Välj alla deltagare" })).toBeChecked();
});

test("removing a filter's chip clears its field too, so the next Filtrera does not send it again", async ({ page }) => {
  await login(page, "mottagare.rapport@framtidsvagen.example.se");
  await page.goto("/nya-deltagare");
  const kommun = page.getByLabel("Kommun");
  const first = await kommun.locator("option").nth(1).getAttribute("value");
  await kommun.selectOption(first!);
  await page.getByRole("button", { name: "Filtrera" }).click();
  await expect(page).toHaveURL(/kommun=/);
  await page.getByRole("list", { name: "Valda filter" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/nya-deltagare$/);
  await expect(kommun).toHaveValue("");
});

test("an empty list says so without a pagination of nothing (Visar 0–0 av 0)", async ({ page }) => {
  await login(page, "alla@framtidsvagen.example.se");
  await page.goto("/bestallningar?manad=2025-01");
  await expect(page.getByText("Inga beställningar matchar sökningen.")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Sidnumrering" })).toHaveCount(0);
});

test("a month that is not one is answered at Beställningar's month field, not silently ignored", async ({ page }) => {
  await login(page, "alla@framtidsvagen.example.se");
  // Where the browser has no month picker (Safari, Firefox on a laptop), "2026-13" passes the field's pattern.
  await page.goto("/bestallningar?manad=2026-13");
  const field = page.getByLabel("Månad");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/Ange månaden som ÅÅÅÅ-MM, till exempel 2026-11\. Listan visar nu alla månader\./);
  await expect(page.getByText("Ange månaden som ÅÅÅÅ-MM, till exempel 2026-11. Listan visar nu alla månader.")).toBeVisible();
  // The list is every month's, and says so at the field.
  await expect(page.getByTestId("order-rows").getByRole("row").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto("/bestallningar?manad=2025-01");
  await expect(page.getByLabel("Månad")).not.toHaveAttribute("aria-invalid", "true");
});

test("administrator sees each handledare's load and events are listed", async ({ page }) => {
  await login(page, "alla@framtidsvagen.example.se");
  await page.getByRole("link", { name: "Arbetsbelastning" }).click();
  await expect(page.getByTestId("caseload")).toContainText("Sara Svensson");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Flytta deltagare från Sara Svensson" }).click();
  await expect(page.getByRole("heading", { name: "Flytta deltagare från Sara Svensson" })).toBeVisible();
  await page.getByRole("button", { name: "Flytta valda deltagare" }).click();
  await expect(page.getByText("Välj minst en deltagare.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Who can take them follows the ticked participants: Hugo has Rapportering in Stockholm City
  // only, so he is offered for a participant there, and not once one in Solna is ticked too.
  const move = page.getByRole("region", { name: "Flytta deltagare från Sara Svensson" });
  const newHandledare = move.getByLabel("Ny handledare");
  const offered = () => newHandledare.locator("option").allInnerTexts();
  await move.getByRole("checkbox", { name: /Stockholm City/ }).first().check();
  expect((await offered()).some((o) => o.startsWith("Hugo Handledare"))).toBe(true);
  await move.getByRole("checkbox", { name: /Solna/ }).first().check();
  expect((await offered()).some((o) => o.startsWith("Hugo Handledare"))).toBe(false);
  expect((await offered()).some((o) => o.startsWith("Ali Allbehörig"))).toBe(true);

  await page.getByRole("link", { name: /Händelser/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Händelser" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto("/deltagare");
  await expectNoSeriousA11yViolations(page);
});
