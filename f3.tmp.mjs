import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking"] });
const base = "http://127.0.0.1:3000";
async function session(email) {
  const p = await (await b.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  p.on("pageerror", e => console.log("pageerror", e.message));
  await p.goto(base + "/logga-in");
  await p.getByLabel("E-postadress").fill(email);
  await p.getByLabel("Lösenord").fill("Demo-losen-2026");
  await p.getByRole("button", { name: "Logga in" }).click();
  await p.waitForURL(u => !u.pathname.startsWith("/logga-in"));
  return p;
}
const s = await session("alla@framtidsvagen.example.se");
await s.goto(base + "/deltagare?status=active");
const link = s.getByTestId("participant-rows").getByRole("link").first();
const name = await link.innerText();
await link.click();
await s.waitForURL(/\/deltagare\/[0-9a-f-]{36}$/);
const id = s.url().split("/").pop();
console.log(name, id);
await s.goto(`${base}/deltagare/${id}/planering`);
await s.screenshot({ path: "/tmp/pw/plan.png", fullPage: true });
await b.close();
