// The lists draw their rows in the browser's own React tree from compact row data (session 8):
// each list page hydrates without an error or a mismatch, its rows link where they did, and a
// card's checkbox on Nya deltagare still takes part in the form.
import { expect, test, type Page } from "@playwright/test";
import { gotoSettled, login, OFFICER } from "./helpers";

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

const LISTS = [
  { path: "/deltagare", rows: "participant-rows", link: /^\/deltagare\/[0-9a-f-]{36}$/ },
  { path: "/bestallningar", rows: "order-rows", link: /^\/bestallningar\/[0-9a-f-]{36}$/ },
  { path: "/handelser", rows: "event-rows", link: /^\/deltagare\/[0-9a-f-]{36}$/ },
  { path: "/nya-deltagare", rows: "new-participants", link: /^\/deltagare\/[0-9a-f-]{36}$/ },
];

test("the supplier's lists hydrate without errors and their rows link to each participant or order", async ({ page }) => {
  const errors = collectErrors(page);
  await login(page, "alla@framtidsvagen.example.se");
  for (const list of LISTS) {
    await gotoSettled(page, list.path);
    const rows = page.getByTestId(list.rows);
    await expect(rows).toBeVisible();
    const hrefs = await rows.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(hrefs.length, list.path).toBeGreaterThan(0);
    for (const h of hrefs) expect(h, list.path).toMatch(list.link);
  }
  // A card chosen on Nya deltagare goes with the form to the next step.
  const first = page.getByTestId("new-participants").getByRole("checkbox").first();
  await first.check();
  const id = await first.getAttribute("value");
  await page.getByRole("button", { name: "Nästa" }).last().click();
  await page.waitForURL((u) => u.pathname === "/nya-deltagare/tilldela");
  expect(new URL(page.url()).searchParams.getAll("d")).toEqual([id]);
  expect(errors).toEqual([]);
});

test("the officer's decision list hydrates without errors and links to each decision", async ({ page }) => {
  const errors = collectErrors(page);
  await login(page, OFFICER);
  await gotoSettled(page, "/handlaggare/beslut");
  const rows = page.getByTestId("decision-rows");
  await expect(rows.getByRole("row").first()).toBeVisible();
  const hrefs = await rows.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(/^\/handlaggare\/beslut\/[0-9a-f-]{36}$/);
  expect(errors).toEqual([]);
});
