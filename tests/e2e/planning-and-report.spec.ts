// A joint planning approved by an officer creates the order; a month reported with the
// keyboard and submitted shows the month's order line as delivered.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, gotoSettled, login, OFFICER } from "./helpers";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

function previousMonth(): string {
  const d = new Date();
  const prev = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1));
  return prev.toISOString().slice(0, 7);
}

test("planning approved, a month reported with the keyboard, the order line delivered", async ({ browser }) => {
  const supplier = await as(browser, "alla@framtidsvagen.example.se");
  // An active participant who started at least two months ago has a whole month behind them.
  await gotoSettled(supplier, "/deltagare?status=active&sort=start&dir=asc");
  const link = supplier.getByTestId("participant-rows").getByRole("link").first();
  const name = (await link.innerText()).trim();
  await link.click();
  await expect(supplier.getByRole("heading", { level: 1, name })).toBeVisible();
  const id = new URL(supplier.url()).pathname.split("/").pop()!;

  await supplier.getByRole("link", { name: "Gemensam planering" }).click();
  await expect(supplier.getByRole("heading", { level: 1, name: /Gemensam planering/ })).toBeVisible();
  await expectNoSeriousA11yViolations(supplier);
  await supplier.getByRole("radio", { name: "Nej" }).check();
  await supplier.getByRole("checkbox", { name: "Kontakter med arbetsgivare" }).check();
  await supplier.getByRole("button", { name: /Skicka in planering/ }).click();
  await expect(supplier.getByText("Mottagen").first()).toBeVisible();

  const officer = await as(browser, OFFICER);
  await officer.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: /^Planeringar/ }).click();
  await officer.getByRole("link", { name: new RegExp(name) }).first().click();
  await expectNoSeriousA11yViolations(officer);
  await officer.getByLabel("Godkänn", { exact: true }).check();
  await officer.getByRole("button", { name: "Godkänn planeringen" }).click();
  await expect(officer.getByText("Godkänd").first()).toBeVisible();

  const month = previousMonth();
  await supplier.goto(`/deltagare/${id}/redovisning/${month}`);
  await expect(supplier.getByTestId("order-line-state")).toHaveText("Ej levererad");
  await expectNoSeriousA11yViolations(supplier);

  // Keyboard only: type into a cell, Tab to the next, and so on.
  // Hours accept a decimal comma (and a point), whatever the browser's language (issue #14).
  const first = supplier.getByTestId("report-grid").getByRole("textbox").first();
  await first.focus();
  await supplier.keyboard.type("2");
  await supplier.keyboard.press("Tab");
  await supplier.keyboard.type("1,5");
  // Each activity was done on site (the default) or at a distance, as in the original portal.
  const how = supplier.getByRole("group", { name: /^Hur utfördes / }).first();
  await expect(how.getByRole("radio", { name: "På plats" })).toBeChecked();
  await how.getByRole("radio", { name: "På distans" }).check();
  await supplier.getByRole("group", { name: "Språkstöd har getts" }).getByRole("radio", { name: "Nej" }).check();
  await supplier.getByRole("group", { name: "Individuella förslag på lämpliga arbeten har getts" }).getByRole("radio", { name: "Ja" }).check();
  await expect(supplier.getByText(/3,5/).first()).toBeVisible(); // the month's sum
  await supplier.getByRole("button", { name: "Förhandsgranska" }).click();
  await supplier.getByRole("button", { name: "Skicka in" }).click();
  await expect(supplier.getByText(/är inskickad och månadens leverans är registrerad/)).toBeVisible();
  await expect(supplier.getByTestId("order-line-state")).toHaveText("Levererad");
  await expectNoSeriousA11yViolations(supplier);

  // The order, beside the participant: invoice the delivered month and download the PEPPOL invoice.
  await supplier.goto(`/deltagare/${id}`);
  await supplier.getByTestId("participant-orders").getByRole("link").first().click();
  await expect(supplier.getByRole("heading", { level: 1 })).toContainText(/IO-/);
  await expectNoSeriousA11yViolations(supplier);
  await supplier.getByRole("button", { name: /Skapa faktura/ }).first().click();
  const download = supplier.waitForEvent("download");
  await supplier.getByRole("link", { name: /Ladda ner XML för faktura/ }).first().click();
  const file = await download;
  const xml = await (await import("node:fs/promises")).readFile(await file.path(), "utf8");
  expect(xml).toContain("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>");
  expect(xml).toMatch(/<cac:OrderReference>\s*<cbc:ID>IO-/);
});
