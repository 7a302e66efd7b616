// An administrator creates an API key (shown once) and the key works against the API;
// the documentation page and the OpenAPI document are served.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, login } from "./helpers";

test("an administrator creates an API key that reaches only its units", async ({ page, request }) => {
  await login(page, "alla@framtidsvagen.example.se");
  await page.getByRole("link", { name: "API-nycklar" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Namn", { exact: true }).fill(`Verksamhetssystem ${Date.now()}`);
  await page.getByLabel("Ta emot nya deltagare").check();
  await page.getByLabel("Valda verksamheter").check();
  await page.getByLabel(/Framtidsvägen Södertälje/).check();
  await page.getByRole("button", { name: /Skapa/ }).click();
  const secret = await page.getByTestId("api-token-secret").inputValue();
  expect(secret).toMatch(/^msfa_/);
  await expectNoSeriousA11yViolations(page);

  const res = await request.get("/api/v1/new-participants", { headers: { Authorization: `Bearer ${secret}` } });
  expect(res.status()).toBe(200);
  const body = await res.json();
  const units = new Set((body.data as { unit: { name: string } }[]).map((p) => p.unit.name));
  expect([...units]).toEqual(["Framtidsvägen Södertälje"]);
  expect((await request.get("/api/v1/new-participants")).status()).toBe(401);
  const problem = await request.get("/api/v1/participants", { headers: { Authorization: `Bearer ${secret}` } });
  expect(problem.status()).toBe(403);
  expect(problem.headers()["content-type"]).toContain("application/problem+json");

  const openapi = await request.get("/api/v1/openapi.json");
  expect((await openapi.json()).openapi).toMatch(/^3\.1/);
  await page.goto("/api-dokumentation");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
