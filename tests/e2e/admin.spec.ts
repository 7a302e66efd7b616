import { expect, test, type Page } from "@playwright/test";
import { ADMIN, expectNoSeriousA11yViolations, gotoSettled, linkInMail, login, mainMenu, mailCount, waitForHydration } from "./helpers";

const RECEIVE = "Ta emot nya deltagare";
const REPORTING = "Rapportering, planering och information om deltagare";
const ADMINISTER = "Administrera behörigheter";
const CITY = "Framtidsvägen Stockholm City";
const SODERTALJE = "Framtidsvägen Södertälje";
const SOLNA = "Framtidsvägen Solna";

async function openInviteForm(page: Page) {
  await mainMenu(page).getByRole("link", { name: "Administration" }).click();
  await expect(page).toHaveURL(/\/administration\/anvandare$/);
  await page.getByRole("link", { name: "Bjud in användare" }).click();
  await expect(page).toHaveURL(/\/administration\/anvandare\/ny$/);
  await expect(page.getByRole("heading", { level: 1, name: "Bjud in användare till Framtidsvägen AB" })).toBeVisible();
}

/** The texts of a list's items, sorted, so the order on the page does not matter. */
async function sortedItems(page: Page, testId: string): Promise<string[]> {
  return (await page.getByTestId(testId).getByRole("listitem").allInnerTexts()).map((t) => t.trim()).sort();
}

test.describe("administration av användare", () => {
  test("inbjudan med två behörigheter och två verksamheter ger exakt den åtkomsten", async ({ page, browser, baseURL }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const email = `ny.person.${stamp}@framtidsvagen.example.se`;
    const name = `Nora Nyanställd ${stamp}`;
    const password = `Ett-langt-losen-${stamp}`;

    // --- The administrator invites the person.
    await login(page, ADMIN);
    await expect(page).toHaveURL(/\/start$/);
    await expectNoSeriousA11yViolations(page);
    await openInviteForm(page);
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Namn", { exact: true }).fill(name);
    await page.getByLabel("E-postadress").fill(email);
    const permissions = page.getByRole("group", { name: "Behörigheter" });
    await permissions.getByLabel(RECEIVE).check();
    await permissions.getByLabel(REPORTING).check();
    const units = page.getByRole("group", { name: "Utförande verksamheter" });
    await units.getByRole("radio", { name: "Valda verksamheter" }).check();
    await units.getByLabel(CITY).check();
    await units.getByLabel(SODERTALJE).check();
    await expect(units.getByLabel(SOLNA)).not.toBeChecked();
    await page.getByRole("button", { name: "Bjud in" }).click();
    await expect(page.getByRole("status")).toContainText("Användaren är inbjuden");
    // The administrator never sees the link: it goes to the person's mailbox only.
    await expect(page.getByTestId("invitation-sent")).toBeVisible();
    await expect(page.getByText(/\/inbjudan\//)).toHaveCount(0);
    const link = await linkInMail(email, "/inbjudan/");

    // The administrator sees the new person in the staff list and on their own page.
    await page.getByRole("link", { name: "Visa användaren" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText(`${email} · Inbjuden, har inte tackat ja än`)).toBeVisible();
    await expect(page.getByLabel(RECEIVE)).toBeChecked();
    await expect(page.getByLabel(REPORTING)).toBeChecked();
    await expect(page.getByLabel(ADMINISTER)).not.toBeChecked();
    await expect(page.getByLabel(CITY)).toBeChecked();
    await expect(page.getByLabel(SODERTALJE)).toBeChecked();
    await expect(page.getByLabel(SOLNA)).not.toBeChecked();
    await expectNoSeriousA11yViolations(page);
    const detailUrl = page.url();

    // --- The invited person, in a browser of their own, chooses a password.
    const other = await browser.newContext({ baseURL });
    try {
      const invitee = await other.newPage();
      await invitee.goto(link);
      await expect(invitee.getByRole("heading", { level: 1, name: "Inbjudan till Mina sidor för fristående aktörer" })).toBeVisible();
      await expect(invitee.getByText(email)).toBeVisible();
      await expectNoSeriousA11yViolations(invitee);
      // Too short a password is refused at the field.
      await invitee.getByLabel("Nytt lösenord").fill("kort");
      await invitee.getByLabel("Upprepa lösenordet").fill("kort");
      await invitee.getByRole("button", { name: "Spara lösenord" }).click();
      await expect(invitee.getByLabel("Nytt lösenord")).toHaveAccessibleDescription(/Minst 12 tecken\..*Lösenordet måste ha minst 12 tecken\./);
      // The e-mail address itself is refused by the server, beside the field.
      await invitee.getByLabel("Nytt lösenord").fill(email);
      await invitee.getByLabel("Upprepa lösenordet").fill(email);
      await invitee.getByRole("button", { name: "Spara lösenord" }).click();
      await expect(invitee.getByLabel("Nytt lösenord")).toHaveAccessibleDescription(/får inte innehålla din e-postadress/);
      await invitee.getByLabel("Nytt lösenord").fill(password);
      await invitee.getByLabel("Upprepa lösenordet").fill(password);
      await invitee.getByRole("button", { name: "Spara lösenord" }).click();
      await expect(invitee.getByRole("status")).toContainText("Lösenordet är sparat");

      // The link works only once.
      await invitee.goto(link);
      await expect(invitee.getByText(/Länken är ogiltig, redan använd eller har gått ut/)).toBeVisible();

      // --- The person signs in and has exactly what was given.
      await login(invitee, email, password);
      await expect(invitee).toHaveURL(/\/start$/);
      await expect(invitee.getByRole("heading", { level: 1, name: `Välkommen, ${name}` })).toBeVisible();
      expect(await sortedItems(invitee, "my-permissions")).toEqual([REPORTING, RECEIVE].sort());
      const myUnits = await sortedItems(invitee, "my-units");
      expect(myUnits).toHaveLength(2);
      expect(myUnits[0]).toMatch(new RegExp(`^${CITY},`));
      expect(myUnits[1]).toMatch(new RegExp(`^${SODERTALJE},`));

      const menu = mainMenu(invitee);
      await expect(menu.getByRole("link", { name: /^Nya deltagare/ })).toBeVisible();
      await expect(menu.getByRole("link", { name: "Deltagarlista" })).toBeVisible();
      await expect(menu.getByRole("link", { name: "Administration" })).toHaveCount(0);

      await gotoSettled(invitee, "/administration/anvandare");
      await expect(invitee.getByRole("heading", { level: 1, name: "Saknar behörighet" })).toBeVisible();
      await expect(invitee.getByRole("table")).toHaveCount(0);

      // Nya deltagare: only participants at City or Södertälje.
      await gotoSettled(invitee, "/nya-deltagare");
      await expect(invitee.getByRole("heading", { level: 1, name: "Nya deltagare" })).toBeVisible();
      const addresses = await invitee
        .getByTestId("new-participants")
        .getByRole("listitem")
        .locator("dt", { hasText: "Utförande adress" })
        .locator("xpath=following-sibling::dd[1]")
        .allInnerTexts();
      expect(addresses.length).toBeGreaterThan(0);
      for (const a of addresses) {
        expect(a).toMatch(new RegExp(`^(${CITY}|${SODERTALJE}),`));
        expect(a).not.toContain("Solna");
      }
      // Both units have new participants in the demo data.
      expect(new Set(addresses.map((a) => a.split(",")[0]))).toEqual(new Set([CITY, SODERTALJE]));
      await expectNoSeriousA11yViolations(invitee);

      // Deltagarlista: every row, on every page, is at City or Södertälje.
      await gotoSettled(invitee, "/deltagare");
      await expect(invitee.getByRole("heading", { level: 1, name: "Deltagarlista" })).toBeVisible();
      await expectNoSeriousA11yViolations(invitee);
      const seen = new Set<string>();
      for (let pageNo = 1; pageNo <= 10; pageNo++) {
        const rows = invitee.getByTestId("participant-rows").getByRole("row");
        const unitCells = await rows.locator("td[data-label=\"Verksamhet\"]").allInnerTexts();
        expect(unitCells.length).toBeGreaterThan(0);
        for (const u of unitCells) {
          expect([CITY, SODERTALJE]).toContain(u.trim());
          seen.add(u.trim());
        }
        const next = invitee.getByRole("navigation", { name: "Sidnumrering" }).getByRole("link", { name: "Nästa" });
        if ((await next.count()) === 0) break;
        await next.click();
        await expect(invitee).toHaveURL(new RegExp(`sida=${pageNo + 1}`));
      }
      expect([...seen].sort()).toEqual([CITY, SODERTALJE].sort());

      // --- The administrator takes "Ta emot nya deltagare" away; the person sees it on the next page load.
      await page.goto(detailUrl);
      await waitForHydration(page.getByLabel(RECEIVE));
      await page.getByLabel(RECEIVE).uncheck();
      await page.getByRole("button", { name: "Spara behörigheter" }).click();
      await expect(page.getByRole("status")).toContainText("Ändringarna är sparade.");

      await gotoSettled(invitee, "/start");
      expect(await sortedItems(invitee, "my-permissions")).toEqual([REPORTING]);
      await expect(mainMenu(invitee).getByRole("link", { name: /^Nya deltagare/ })).toHaveCount(0);
      await expect(mainMenu(invitee).getByRole("link", { name: "Deltagarlista" })).toBeVisible();
      await gotoSettled(invitee, "/nya-deltagare");
      await expect(invitee.getByRole("heading", { level: 1, name: "Saknar behörighet" })).toBeVisible();

      // --- The person forgets the password and resets it through the mail.
      await invitee.context().clearCookies();
      await invitee.goto("/logga-in");
      await invitee.getByRole("link", { name: "Glömt lösenord?" }).click();
      await expect(invitee.getByRole("heading", { level: 1, name: "Glömt lösenord?" })).toBeVisible();
      await expectNoSeriousA11yViolations(invitee);
      const before = await mailCount(email);
      await invitee.getByLabel("E-postadress").fill(email);
      await invitee.getByRole("button", { name: "Skicka länk" }).click();
      await expect(invitee.getByTestId("reset-requested")).toBeVisible();
      const resetLink = await linkInMail(email, "/aterstall-losenord/", before);
      await invitee.goto(resetLink);
      await expect(invitee.getByRole("heading", { level: 1, name: "Välj ett nytt lösenord" })).toBeVisible();
      await expectNoSeriousA11yViolations(invitee);
      const newPassword = `Ett-annat-langt-losen-${stamp}`;
      await invitee.getByLabel("Nytt lösenord").fill(newPassword);
      await invitee.getByLabel("Upprepa lösenordet").fill(newPassword);
      await invitee.getByRole("button", { name: "Spara nytt lösenord" }).click();
      await expect(invitee.getByRole("status")).toContainText("Det nya lösenordet är sparat");
      await login(invitee, email, newPassword);
      await expect(invitee).toHaveURL(/\/start$/);
    } finally {
      await other.close();
    }
  });

  test("inbjudningsformuläret visar fel vid fälten", async ({ page }) => {
    await login(page, ADMIN);
    await openInviteForm(page);
    const nameField = page.getByLabel("Namn", { exact: true });
    const emailField = page.getByLabel("E-postadress");
    const submit = page.getByRole("button", { name: "Bjud in" });

    // Empty form.
    await submit.click();
    await expect(nameField).toHaveAccessibleDescription("Ange personens namn.");
    await expect(nameField).toHaveAttribute("aria-invalid", "true");
    await expect(emailField).toHaveAccessibleDescription("Ange en e-postadress.");
    await expect(emailField).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("invitation-sent")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // A unit permission with "Valda verksamheter" but no unit.
    await nameField.fill("Test Testsson");
    await emailField.fill(`utan.enhet.${Date.now()}@example.se`);
    await page.getByLabel(RECEIVE).check();
    await page.getByRole("radio", { name: "Valda verksamheter" }).check();
    await submit.click();
    const unitGroup = page.getByRole("group", { name: "Utförande verksamheter" });
    const unitError = "Välj minst en utförande verksamhet, eller alla, för de valda behörigheterna.";
    await expect(unitGroup.getByRole("alert")).toHaveText(unitError);
    // The message belongs to the group, so a screen reader hears it with the group's name.
    await expect(unitGroup).toHaveAccessibleDescription(unitError);
    await expect(nameField).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("invitation-sent")).toHaveCount(0);

    // An address that already has an account in the organisation (checked by the server).
    await page.getByLabel(RECEIVE).uncheck();
    await emailField.fill("alla@framtidsvagen.example.se");
    await submit.click();
    await expect(emailField).toHaveAccessibleDescription("Det finns redan ett konto med den e-postadressen i organisationen.");
    await expect(emailField).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("invitation-sent")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1, name: /Bjud in användare/ })).toBeVisible();
  });

  test("filtret Endast personer utan behörigheter", async ({ page }) => {
    await login(page, ADMIN);
    await mainMenu(page).getByRole("link", { name: "Administration" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Användare och behörigheter" })).toBeVisible();
    const rows = page.getByTestId("staff-rows");
    await expect(rows.getByRole("link", { name: "Ali Allbehörig" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const filter = page.getByRole("form", { name: "Filtrera användare" });
    await filter.getByLabel("Endast personer utan behörigheter").check();
    await filter.getByRole("button", { name: "Filtrera" }).click();
    await expect(page).toHaveURL(/utan=1/);
    await expect(rows.getByRole("link", { name: "Ulf Utanbehörighet" })).toBeVisible();
    await expect(rows.getByRole("link", { name: "Ali Allbehörig" })).toHaveCount(0);
    await expect(rows.getByRole("link", { name: "Anna Admin" })).toHaveCount(0);
    // Every row says "Inga" in the permissions column.
    for (const cell of await rows.getByRole("row").locator("td:nth-child(3)").allInnerTexts()) expect(cell.trim()).toBe("Inga");
  });

  test("the list says it is sorted by name, and the name header's first click reverses it", async ({ page }) => {
    await login(page, ADMIN);
    await mainMenu(page).getByRole("link", { name: "Administration" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Användare och behörigheter" })).toBeVisible();
    const nameHeader = page.getByRole("columnheader", { name: "Namn" });
    const names = () => page.getByTestId("staff-rows").locator("td:first-child a").allInnerTexts();
    const swedish = new Intl.Collator("sv");
    const before = await names();
    expect(before).toEqual([...before].sort(swedish.compare));
    // The default order is by name, ascending: a screen reader hears it, and the header's link turns it.
    await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
    await nameHeader.getByRole("link", { name: "Namn" }).click();
    await expect(page).toHaveURL(/sort=name&dir=desc/);
    await expect(nameHeader).toHaveAttribute("aria-sort", "descending");
    const after = await names();
    expect(after).toEqual([...after].sort(swedish.compare).reverse());
    expect(after[0]).not.toBe(before[0]);
  });
});
