import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { sitemapPaths } from "./utils/site";

const WIDTHS = [320, 1280];
const THEMES = ["light", "dark"] as const;

for (const width of WIDTHS) {
  for (const theme of THEMES) {
    test(`every page passes axe at ${width} px in the ${theme} theme, without sideways scrolling`, async ({
      browser,
      request,
    }) => {
      test.setTimeout(180_000);
      const paths = [...(await sitemapPaths(request)), "/no-such-page/"];
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        colorScheme: theme,
      });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        const violations = results.violations.map(
          (violation) =>
            `${path}: ${violation.id} (${violation.impact}): ${violation.nodes
              .map((node) => node.target.join(" "))
              .join(", ")}`,
        );
        expect(violations).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
      }
      await context.close();
    });
  }
}

test("the theme toggle remembers the choice, with no flash on the next page", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/vacancies/");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  // The theme is applied before the stylesheet paints: check it at the first paint of the page.
  // The theme script opens <body>, so it has run once the skip link after it exists.
  await page.goto("/", { waitUntil: "commit" });
  await page.getByRole("link", { name: "Skip to main content" }).waitFor({ state: "attached" });
  expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  await page.getByRole("button", { name: "Dark theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
  ).not.toBe(background);
});

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

test("each page has the landmarks and one h1", async ({ page, request }) => {
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("complementary")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  }
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
