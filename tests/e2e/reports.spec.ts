// Reports to Arbetsförmedlingen: an absence report sent and approved; a final report
// rejected with a reason and sent again as a correction.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, gotoSettled, login, OFFICER } from "./helpers";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  return page;
}

async function openFirstParticipant(page: Page, status: string): Promise<{ id: string; name: string }> {
  await gotoSettled(page, `/deltagare?status=${status}`);
  const link = page.getByTestId("participant-rows").getByRole("link").first();
  const name = (await link.innerText()).trim();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return { id: new URL(page.url()).pathname.split("/").pop()!, name };
}

async function decide(officer: Page, name: string, kind: RegExp, approve: boolean, reason?: string) {
  await officer.goto("/handlaggare/rapporter");
  // The participant may have other reports waiting (the demo has a history): open this kind.
  await officer.getByRole("row").filter({ hasText: name }).filter({ hasText: kind }).getByRole("link").first().click();
  await expectNoSeriousA11yViolations(officer);
  if (approve) {
    await officer.getByLabel("Godkänn", { exact: true }).check();
    await officer.getByRole("button", { name: "Godkänn rapporten" }).click();
  } else {
    await officer.getByLabel("Godkänn inte", { exact: true }).check();
    await officer.getByLabel("Motivering").fill(reason ?? "");
    await officer.getByRole("button", { name: "Godkänn inte rapporten" }).click();
  }
  await expect(officer.getByRole("status").filter({ hasText: approve ? "Rapporten är godkänd" : "Rapporten är inte godkänd" })).toBeVisible();
}

test("an absence report is sent and approved", async ({ browser }) => {
  const supplier = await as(browser, "alla@framtidsvagen.example.se");
  const { id, name } = await openFirstParticipant(supplier, "active");
  await supplier.getByRole("link", { name: "Rapporter till Arbetsförmedlingen" }).click();
  await expectNoSeriousA11yViolations(supplier);
  await supplier.goto(`/deltagare/${id}/rapporter/ny/franvaro`);
  const yesterday = new Date(Date.now() - 86400_000).toISOString().slice(0, 10);
  await supplier.getByRole("button", { name: "Skicka frånvarorapport" }).click();
  await expect(supplier.locator("[aria-invalid=true]").first()).toBeVisible();
  await expectNoSeriousA11yViolations(supplier);
  await supplier.getByLabel("Datum för frånvaron").fill(yesterday);
  await supplier.getByLabel("Hela dagen").check();
  await supplier.getByLabel("Från klockan").first().fill("09:00");
  await supplier.getByLabel("Till klockan").first().fill("15:00");
  await supplier.getByLabel("Aktivitet").selectOption({ index: 1 });
  await supplier.getByLabel("Sjuk", { exact: true }).check();
  await supplier.getByRole("button", { name: "Skicka frånvarorapport" }).click();
  await expect(supplier).toHaveURL(new RegExp(`/deltagare/${id}/rapporter`));
  await expect(supplier.getByText("Mottagen").first()).toBeVisible();

  const officer = await as(browser, OFFICER);
  await decide(officer, name, /frånvaro/i, true);

  await supplier.goto(`/deltagare/${id}/rapporter`);
  await expect(supplier.getByText("Godkänd").first()).toBeVisible();
  await supplier.goto(`/deltagare/${id}`);
  await expect(supplier.getByTestId("event-log")).toContainText("Avvikelserapport, frånvaro");
});

test("a final report is rejected with a reason and sent again", async ({ browser }) => {
  const supplier = await as(browser, "alla@framtidsvagen.example.se");
  const { id, name } = await openFirstParticipant(supplier, "interrupted");
  await supplier.goto(`/deltagare/${id}/rapporter/ny/slutredovisning`);
  await expect(supplier.getByRole("heading", { level: 1 })).toContainText("Slutredovisning");
  await expectNoSeriousA11yViolations(supplier);
  await supplier.getByLabel("Arbete", { exact: true }).check();
  const progress = supplier.getByLabel("Hur har det gått?");
  const next = supplier.getByLabel("Nästa steg");
  for (let i = 0; i < (await progress.count()); i++) {
    await progress.nth(i).fill("Deltagaren har fått anställning som lagerarbetare.");
    await next.nth(i).fill("Inga fler steg inom tjänsten.");
  }
  await supplier.getByRole("button", { name: "Skicka slutredovisning" }).click();
  await expect(supplier).toHaveURL(new RegExp(`/deltagare/${id}/rapporter`));

  const officer = await as(browser, OFFICER);
  await decide(officer, name, /slutredovisning/i, false, "Ange anställningens omfattning i nästa steg.");

  await supplier.goto(`/deltagare/${id}/rapporter`);
  await expect(supplier.getByText("Ange anställningens omfattning i nästa steg.").first()).toBeVisible();
  await supplier.getByRole("link", { name: /Rätta rapporten/ }).first().click();
  await expect(supplier.getByLabel("Arbete", { exact: true })).toBeChecked();
  await supplier.getByLabel("Nästa steg").first().fill("Heltid från 1 december; inga fler steg inom tjänsten.");
  await supplier.getByRole("button", { name: "Skicka slutredovisning" }).click();
  await expect(supplier).toHaveURL(new RegExp(`/deltagare/${id}/rapporter`));
  await expect(supplier.getByText("Ej godkänd").first()).toBeVisible();
  await expect(supplier.getByText("Mottagen").first()).toBeVisible();
});

test("an officer's decision on a periodic report is confirmed on the queue it came from, and the queue is shorter", async ({ browser }) => {
  const officer = await as(browser, OFFICER);
  await gotoSettled(officer, "/handlaggare/redovisningar");
  const rows = officer.getByTestId("report-queue").locator("tr");
  const before = await rows.count();
  expect(before).toBeGreaterThan(0);
  await rows.first().getByRole("link").first().click();
  await officer.getByLabel("Godkänn", { exact: true }).check();
  await officer.getByRole("button", { name: "Spara beslut" }).click();
  await expect(officer).toHaveURL(/\/handlaggare\/redovisningar\?beslut=godkand$/);
  await expect(officer.getByRole("status").filter({ hasText: "Redovisningen är godkänd." })).toBeVisible();
  await expect(rows).toHaveCount(before - 1);
  await expectNoSeriousA11yViolations(officer);
});
