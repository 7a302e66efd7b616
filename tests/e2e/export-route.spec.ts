// The participant export's route over HTTP with real sessions (it used to be tested with the
// session guard mocked): who may download, the Swedish messages for a bad query, the refusal
// of a request from another site, and the files as attachments.
import { expect, test, type APIRequestContext } from "@playwright/test";
import ExcelJS from "exceljs";
import { CONSULTANT, OFFICER, ADMIN, login, submitLogin } from "./helpers";

/** YYYY-MM-DD of a day `days` from today in Sweden. */
function swedishDay(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(d);
}

const from = swedishDay(-60);
const to = swedishDay(0);
const ok = { fran: from, till: to, handledare: "alla", format: "csv" };
const get = (request: APIRequestContext, params: Record<string, string>, headers: Record<string, string> = {}) =>
  request.get(`/deltagare/export?${new URLSearchParams(params)}`, { headers, maxRedirects: 0 });

test("401 without a session; 403 without the reporting permission, for an officer and before choosing an organisation", async ({ page }) => {
  const none = await get(page.request, ok);
  expect(none.status()).toBe(401);
  expect(none.headers()["content-type"]).toMatch(/^text\/plain/);
  for (const who of ["mottagare@framtidsvagen.example.se", ADMIN, OFFICER]) {
    await page.context().clearCookies();
    await login(page, who);
    expect((await get(page.request, ok)).status(), who).toBe(403);
  }
  await page.context().clearCookies();
  await page.goto("/logga-in");
  await submitLogin(page, CONSULTANT, "Demo-losen-2026");
  await page.waitForURL(/\/valj-organisation/);
  expect((await get(page.request, ok)).status()).toBe(403);
});

test("400 with the Swedish message for an invalid query, and a request from another site is refused", async ({ page }) => {
  await login(page, "alla@framtidsvagen.example.se");
  const cases: [Record<string, string>, RegExp][] = [
    [{ ...ok, fran: swedishDay(1) }, /senare än till-datum/],
    [{ ...ok, fran: swedishDay(-400) }, /högst 366 dagar/],
    [{ ...ok, till: "2026-02-30" }, /giltigt datum/],
    [{ ...ok, format: "pdf" }, /CSV eller Excel/],
    [{ till: to, format: "csv" }, /Ange ett från-datum/],
  ];
  for (const [params, message] of cases) {
    const res = await get(page.request, params);
    expect(res.status(), JSON.stringify(params)).toBe(400);
    expect(await res.text()).toMatch(message);
  }
  expect((await get(page.request, ok, { "sec-fetch-site": "cross-site" })).status()).toBe(403);
});

test("the CSV and the Excel file are attachments named after the range, never cached", async ({ page }) => {
  await login(page, "alla@framtidsvagen.example.se");
  const csv = await get(page.request, ok, { "sec-fetch-site": "same-origin" });
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toBe(`attachment; filename="deltagare-${from}-${to}.csv"`);
  expect(csv.headers()["cache-control"]).toBe("no-store");
  const bytes = new Uint8Array(await csv.body());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes);
  expect(text).toMatch(/^\uFEFF?Namn;Tjänst;/);
  const lines = text.split("\r\n").filter(Boolean);

  const xlsx = await get(page.request, { ...ok, format: "xlsx" });
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(xlsx.headers()["content-disposition"]).toBe(`attachment; filename="deltagare-${from}-${to}.xlsx"`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await xlsx.body()).buffer);
  // The same rows as the CSV: its header and one row per period.
  expect(workbook.getWorksheet("Deltagare")!.rowCount).toBe(lines.length);
});
