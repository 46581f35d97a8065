import { expect, test } from "@playwright/test";

test("the theme follows the system when the visitor has not chosen", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/vacancies/");
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe("rgb(15, 23, 32)");
  await context.close();
});

test("the skip link moves focus to the main content, with a visible focus ring", async ({
  page,
}) => {
  await page.goto("/vacancies/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  const outline = await skip.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).toBe("solid");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.getByRole("main")).toBeFocused();
});

test("a vacancy page prints without navigation or sidebar, showing link addresses", async ({
  page,
}) => {
  await page.goto("/vacancies/phd-medical-image-analysis/");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("complementary")).toBeHidden();
  const link = page
    .getByRole("main")
    .getByRole("region", { name: "Related PhD Programs" })
    .getByRole("link", { name: "DPhil in Engineering Science Program" });
  const after = await link.evaluate((element) => getComputedStyle(element, "::after").content);
  expect(after).toContain(
    "https://www.ox.ac.uk/admissions/graduate/courses/dphil-engineering-science",
  );
});
