import { expect, test, type Page } from "@playwright/test";
import { ADMIN, CONSULTANT, DEMO_PASSWORD, INACTIVE, OFFICER, expectNoSeriousA11yViolations, firstLink, login, mainMenu, submitLogin, submitLoginAndWait } from "./helpers";

/** The form-level message (Next.js's route announcer is also an alert, outside main). */
const formMessage = (page: Page) => page.getByRole("main").getByRole("alert");

const GENERIC_ERROR = "Fel e-postadress eller lösenord.";

test.describe("inloggning", () => {
  test("leverantörsanvändare kommer till /start med namn och organisation", async ({ page }) => {
    await login(page, "alla@framtidsvagen.example.se");
    await expect(page).toHaveURL(/\/start$/);
    await expect(page.getByRole("heading", { level: 1, name: "Välkommen, Ali Allbehörig" })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText("Ali Allbehörig, Framtidsvägen AB");
    await expect(mainMenu(page).getByRole("link", { name: "Hem" })).toHaveAttribute("aria-current", "page");
  });

  test("fel lösenord ger det generella meddelandet och stannar på /logga-in", async ({ page }) => {
    await page.goto("/logga-in");
    await submitLogin(page, "mottagare.rapport@framtidsvagen.example.se", "fel-losenord-123");
    await expect(formMessage(page)).toHaveText(GENERIC_ERROR);
    await expect(page).toHaveURL(/\/logga-in$/);
    // An e-mail that does not exist gets exactly the same answer.
    await submitLoginAndWait(page, "finns-inte@example.se", DEMO_PASSWORD);
    await expect(formMessage(page)).toHaveText(GENERIC_ERROR);
    await expect(page).toHaveURL(/\/logga-in$/);
    // A new attempt with empty fields is answered at the fields; the last attempt's answer goes.
    await page.getByLabel("E-postadress").fill("");
    await page.getByLabel("Lösenord").fill("");
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect(page.getByLabel("E-postadress")).toHaveAccessibleDescription("Ange din e-postadress.");
    await expect(page.getByText(GENERIC_ERROR)).toHaveCount(0);
  });

  test("tomt formulär ger felmeddelanden vid fälten och ingen navigering", async ({ page }) => {
    await page.goto("/logga-in");
    await page.getByRole("button", { name: "Logga in" }).click();
    const email = page.getByLabel("E-postadress");
    const password = page.getByLabel("Lösenord");
    await expect(email).toHaveAccessibleDescription("Ange din e-postadress.");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription("Ange ditt lösenord.");
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/logga-in$/);
    // No form-level message: the problems are at the fields.
    await expect(page.getByText(GENERIC_ERROR)).toHaveCount(0);
    // An invalid address gets its own message.
    await email.fill("inte-en-adress");
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect(email).toHaveAccessibleDescription("Ange en giltig e-postadress.");
  });

  test("handläggare kommer till /handlaggare", async ({ page }) => {
    await login(page, OFFICER);
    await expect(page).toHaveURL(/\/handlaggare$/);
    await expect(page.getByRole("heading", { level: 1, name: "Välkommen, Hanna Handläggare" })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText("Hanna Handläggare, Arbetsförmedlingen");
    await expect(page.getByTestId("suppliers").getByRole("heading", { name: "Nordstjärnan Kompetens AB" })).toBeVisible();
    // The overview starts with what waits for a decision, each queue a link with its count as the menu has it.
    const queues = page.getByTestId("queues");
    for (const [name, menu] of [["Periodiska redovisningar", "Redovisningar"], ["Rapporter", "Rapporter"], ["Gemensamma planeringar", "Planeringar"]]) {
      await expect(queues.getByRole("link", { name })).toBeVisible();
      const badge = await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: new RegExp(`^${menu}`) }).first().getAttribute("aria-label");
      const n = /(\d+\+?)/.exec(badge ?? "")?.[1];
      await expect(queues.getByRole("listitem").filter({ has: page.getByRole("link", { name }) })).toContainText(n ? `${n} väntar på beslut` : "Inget väntar på beslut.");
    }
    await expect(page.getByRole("link", { name: "Fatta ett nytt beslut" })).toHaveAttribute("href", "/handlaggare/beslut/nytt");
    await expectNoSeriousA11yViolations(page);
    // Supplier pages are not for officers.
    await page.goto("/start");
    await expect(page.getByRole("heading", { level: 1, name: "Saknar behörighet" })).toBeVisible();
  });

  test("Logga ut leder till /logga-in och /start kräver inloggning igen", async ({ page }) => {
    await login(page, ADMIN);
    await expect(page).toHaveURL(/\/start$/);
    await page.getByRole("banner").getByRole("button", { name: "Logga ut" }).click();
    await expect(page).toHaveURL(/\/logga-in$/);
    await expect(page.getByRole("heading", { level: 1, name: /Logga in/ })).toBeVisible();
    await page.goto("/start");
    await expect(page).toHaveURL(/\/logga-in(\?|$)/);
    await expect(page.getByLabel("E-postadress")).toBeVisible();
  });

  test("a signed-out deep link leads back to the page asked for after signing in (issue #14)", async ({ page, browser }) => {
    // A participant card of the handledare, found while signed in elsewhere.
    const other = await browser.newPage();
    await login(other, "handledare@framtidsvagen.example.se");
    const card = await firstLink(other, "/deltagare", /^\/deltagare\/[0-9a-f-]{36}$/);
    await other.close();

    await page.goto(card);
    await expect(page).toHaveURL(/\/logga-in\?tillbaka=/);
    await page.getByLabel("E-postadress").fill("handledare@framtidsvagen.example.se");
    await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL((url) => url.pathname === card);
    await expect(page.getByRole("main").getByRole("link", { name: "Deltagarlista" }).first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: /Logga in/ })).toHaveCount(0);
  });

  test("a person in two organisations returns to the page asked for after choosing one (issue #14)", async ({ page }) => {
    await page.goto("/deltagare?q=a");
    await expect(page).toHaveURL(/\/logga-in\?tillbaka=/);
    await page.getByLabel("E-postadress").fill(CONSULTANT);
    await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect(page).toHaveURL(/\/valj-organisation\?tillbaka=/);
    await page.getByRole("button", { name: "Framtidsvägen AB" }).click();
    await page.waitForURL((url) => url.pathname === "/deltagare");
    expect(new URL(page.url()).searchParams.get("q")).toBe("a");
    await expect(page.getByRole("heading", { level: 1, name: "Deltagarlista" })).toBeVisible();
  });

  test("the return address after signing in is only a path on the portal: another site leads to the start page (issue #14)", async ({ page }) => {
    for (const evil of ["//angripare.example/x", "https://angripare.example/", "/\\angripare.example/x", "http:/angripare.example"]) {
      await page.context().clearCookies();
      await page.goto(`/logga-in?tillbaka=${encodeURIComponent(evil)}`);
      await page.getByLabel("E-postadress").fill("handledare@framtidsvagen.example.se");
      await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Logga in" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/logga-in"));
      expect(new URL(page.url()).origin, evil).toBe(new URL(test.info().project.use.baseURL!).origin);
      await expect(page, evil).toHaveURL(/\/start$/);
    }
  });

  test("person i två organisationer väljer organisation", async ({ page }) => {
    await login(page, CONSULTANT);
    await expect(page).toHaveURL(/\/valj-organisation$/);
    await expect(page.getByRole("heading", { level: 1, name: "Välj organisation" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Framtidsvägen AB" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Nordstjärnan Kompetens AB" }).click();
    await expect(page).toHaveURL(/\/start$/);
    const header = page.getByRole("banner");
    await expect(header).toContainText("Kim Konsult, Nordstjärnan Kompetens AB");
    await expect(header).not.toContainText("Framtidsvägen");
    await expect(page.getByRole("heading", { name: "Dina behörigheter i Nordstjärnan Kompetens AB" })).toBeVisible();
    await expect(page.getByTestId("my-units")).toHaveText(/Nordstjärnan Göteborg/);
    await expect(header.getByRole("link", { name: "Byt organisation" })).toBeVisible();
  });

  test("inaktivt konto kan inte logga in", async ({ page }) => {
    await page.goto("/logga-in");
    await submitLogin(page, INACTIVE, DEMO_PASSWORD);
    await expect(formMessage(page)).toHaveText(GENERIC_ERROR);
    await expect(page).toHaveURL(/\/logga-in$/);
    // Still signed out: the portal asks again, remembering where they were going.
    await page.goto("/start");
    await expect(page).toHaveURL(/\/logga-in\?tillbaka=%2Fstart$/);
  });

  test("låses efter upprepade misslyckade försök", async ({ page }) => {
    // A fresh address per run, so a reused server does not already have it locked.
    const email = `nobody-lock-${Date.now()}@example.se`;
    await page.goto("/logga-in");
    const alert = formMessage(page);
    for (let attempt = 1; attempt <= 2; attempt++) {
      await submitLoginAndWait(page, email, `fel-${attempt}`);
      await expect(alert).toHaveText(GENERIC_ERROR);
    }
    // Before the last attempts the page says how many remain.
    await submitLoginAndWait(page, email, "fel-3");
    await expect(alert).toContainText("2 försök kvar");
    await submitLoginAndWait(page, email, "fel-4");
    await expect(alert).toContainText("1 försök kvar");
    // The fifth failure sets the lock; from then on every attempt is refused.
    await submitLoginAndWait(page, email, "fel-5");
    await expect(alert).toContainText("För många misslyckade inloggningsförsök");
    await submitLoginAndWait(page, email, "fel-6");
    await expect(alert).toContainText("För många misslyckade inloggningsförsök");
    await expect(page).toHaveURL(/\/logga-in$/);
  });

  test("inloggningssidan klarar axe", async ({ page }) => {
    await page.goto("/logga-in");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    // Also with the field errors showing.
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect(page.getByLabel("E-postadress")).toHaveAttribute("aria-invalid", "true");
    await expectNoSeriousA11yViolations(page);
  });
});
