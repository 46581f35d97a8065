import { expect, test, type Page } from "@playwright/test";

const profile = (page: Page) => page.getByRole("complementary");

test("the author profile shows everything at desktop width", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/vacancies/");
  const aside = profile(page);
  await expect(aside.getByRole("img")).toBeVisible();
  await expect(aside.getByRole("img")).toHaveAttribute("width", /\d+/);
  await expect(aside.getByRole("img")).toHaveAttribute("height", /\d+/);
  await expect(aside.getByRole("heading", { level: 2 })).toBeVisible();
  await expect(
    aside.getByText("Department of Engineering Science, University of Oxford"),
  ).toBeVisible();
  await expect(aside.getByText("Oxford, United Kingdom")).toBeVisible();
  const links = aside.getByRole("listitem").getByRole("link", { name: /./ });
  for (const link of await links.all()) await expect(link).toBeVisible();
  await expect(aside.getByText("Academic links")).toBeHidden();
});

test("the academic links fold on a phone and open by keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/vacancies/");
  const aside = profile(page);
  const disclosure = aside.getByText("Academic links");
  const firstLink = aside.locator("details").getByRole("link").first();
  await expect(disclosure).toBeVisible();
  await expect(firstLink).toBeHidden();

  // The profile follows the main content, so the keyboard reaches it after the advert's links.
  for (let press = 0; press < 100; press++) {
    await page.keyboard.press("Tab");
    if (await disclosure.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(disclosure).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(firstLink).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(firstLink).toBeHidden();
});

test("the disclosure works with JavaScript disabled", async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 375, height: 800 },
  });
  const page = await context.newPage();
  await page.goto("/vacancies/");
  const aside = profile(page);
  await aside.getByText("Academic links").click();
  await expect(aside.locator("details").getByRole("link").first()).toBeVisible();
  await context.close();
});
