// Shared helpers for the browser tests: signing in through the real form and the
// accessibility check every page must pass.
import { expect, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_PASSWORD } from "@/features/demo/organisation";

export { DEMO_PASSWORD };

export const ADMIN = "admin@framtidsvagen.example.se";
export const OFFICER = "handlaggare@arbetsformedlingen.example.se";
export const CONSULTANT = "konsult@example.se";
export const INACTIVE = "inaktiv@framtidsvagen.example.se";

/** Fills the login form and submits it; does not wait for where it leads. */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  if (!page.url().endsWith("/logga-in")) await page.goto("/logga-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
}

/**
 * Submits the login form and waits for the sign-in request to be answered, so that a
 * message already on screen from an earlier attempt cannot be mistaken for the new one.
 */
export async function submitLoginAndWait(page: Page, email: string, password: string): Promise<void> {
  const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  await submitLogin(page, email, password);
  await answered;
}

/** Signs in through the login form and waits until the portal has left /logga-in. */
export async function login(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto("/logga-in");
  await submitLogin(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/logga-in"));
}

/** The side menu of the portal. */
export function mainMenu(page: Page) {
  return page.getByRole("navigation", { name: "Huvudmeny" });
}

/**
 * Runs axe with the WCAG 2.0/2.1 A and AA rules and fails on any violation with impact
 * "serious" or "critical", printing every violation (also the minor ones) first.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // Next streams a page's <title> after its body, and on a client navigation or a refresh after
  // an action React replaces the hoisted <title>: for a moment the document has none, and axe
  // run in that moment reports "document-title" (seen in CI on officer pages, right after a tap
  // and right after a decision). So axe waits for a title and looks again, at most three times,
  // when that is all it found missing; a page that never gets a title still fails.
  const analyze = () => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  let results: Awaited<ReturnType<typeof analyze>>;
  for (let attempt = 1; ; attempt++) {
    await expect(page, `${new URL(page.url()).pathname} has a title`).toHaveTitle(/\S/);
    results = await analyze();
    if (attempt === 3 || !results.violations.some((v) => v.id === "document-title")) break;
    await page.waitForTimeout(250);
  }
  const path = new URL(page.url()).pathname;
  for (const v of results.violations) {
    const nodes = v.nodes.map((n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ")}`).join("\n");
    console.log(`[axe ${path}] ${v.impact ?? "?"}: ${v.id} – ${v.help} (${v.helpUrl})\n${nodes}`);
  }
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `serious or critical axe violations on ${path}`,
  ).toEqual([]);
}

/**
 * The link to `path` in the newest mail to `to` that the real SMTP server received (waits
 * for the portal's job queue to deliver it).
 */
export async function linkInMail(to: string, path: "/inbjudan/" | "/aterstall-losenord/", after = 0): Promise<string> {
  const port = Number(process.env.E2E_SMTP_HTTP_PORT ?? 2526);
  let text = "";
  await expect
    .poll(async () => {
      const mails = (await (await fetch(`http://127.0.0.1:${port}/mails?to=${encodeURIComponent(to)}`)).json()) as { text: string }[];
      text = mails.slice(after).reverse().find((m) => m.text.includes(path))?.text ?? "";
      return text;
    }, { timeout: 20_000, message: `a mail to ${to} with a link to ${path}` })
    .not.toBe("");
  const link = new RegExp(`https?://\\S+${path}[\\w-]+`).exec(text)![0];
  return new URL(link).pathname;
}

/** How many mails the SMTP server has received for `to`. */
export async function mailCount(to: string): Promise<number> {
  const port = Number(process.env.E2E_SMTP_HTTP_PORT ?? 2526);
  return ((await (await fetch(`http://127.0.0.1:${port}/mails?to=${encodeURIComponent(to)}`)).json()) as unknown[]).length;
}

/**
 * Waits until React has hydrated the element. A section with a loading state streams its page,
 * so the page can be shown (and "loaded") before its forms are live; a change made before that
 * is reset by the form when it starts.
 */
export async function waitForHydration(locator: Locator): Promise<void> {
  await expect
    .poll(() => locator.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactFiber") || k.startsWith("__reactProps"))))
    .toBe(true);
}

/**
 * Opens `path` and waits until its section has replaced the loading state. The load event can
 * come before React reveals the streamed page (it batches reveals), so reading links or
 * fields straight after `goto` can see the skeleton instead of the page.
 */
export async function gotoSettled(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId("loading-state")).toHaveCount(0);
}

/** The addresses of the links inside `within` (the main content by default) on `path`, once it has settled, that match `pattern`, in page order. */
export async function linksOn(page: Page, path: string, pattern: RegExp, within = "main"): Promise<string[]> {
  await gotoSettled(page, path);
  const hrefs = await page.locator(`${within} a[href]`).evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  return [...new Set(hrefs.filter((h) => pattern.test(h)))];
}

/** The first such link; fails the test when the page has none. */
export async function firstLink(page: Page, path: string, pattern: RegExp, within = "main"): Promise<string> {
  const [href] = await linksOn(page, path, pattern, within);
  expect(href, `a link matching ${pattern} on ${path}`).toBeTruthy();
  return href;
}

/** The periodic report months listed as due on the start page (all units). */
export const DUE_MONTHS = '[data-testid="reports-due"]';
