import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking"] });
const base = "http://127.0.0.1:3000";
async function session(email, vp = { width: 1280, height: 900 }) {
  const ctx = await b.newContext({ viewport: vp, locale: "sv-SE" });
  const p = await ctx.newPage();
  p.on("pageerror", e => console.log("pageerror", e.message));
  await p.goto(base + "/logga-in");
  await p.getByLabel("E-postadress").fill(email);
  await p.getByLabel("Lösenord").fill("Demo-losen-2026");
  await p.getByRole("button", { name: "Logga in" }).click();
  await p.waitForURL(u => !u.pathname.startsWith("/logga-in"));
  return p;
}
const o = await session("handlaggare@arbetsformedlingen.example.se");
await o.goto(base + "/handlaggare/beslut"); await o.screenshot({ path: "/tmp/pw/o-list.png", fullPage: true });
await o.goto(base + "/handlaggare/arbetssokande?pnr=19900101-0017"); await o.screenshot({ path: "/tmp/pw/o-pnr.png", fullPage: true });
console.log(await o.locator("main").innerText().then(t => t.slice(0, 400)));
await b.close();
