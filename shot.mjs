import { chromium } from "@playwright/test";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const url = process.argv[2] ?? "http://127.0.0.1:4400/vacancies/";
for (const [w, h, name, scheme] of [
  [1280, 1000, "desktop", "light"],
  [375, 800, "phone", "light"],
  [1280, 1000, "desktop-dark", "dark"],
  [375, 800, "phone-dark", "dark"],
]) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
  await page.clock.install({ time: new Date("2025-11-25T10:00:00Z") });
  await page.goto(url);
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: process.argv[3] === "full" });
}
await browser.close();
