import { expect, test } from "@playwright/test";
import { collectViolations, sendMetaPolicyAsHeader } from "./utils/csp";

// Every test here serves each page's meta policy as a header too, the stricter of the two: a
// header also covers what comes before the meta tag.
test.beforeEach(async ({ context }) => {
  await sendMetaPolicyAsHeader(context);
});

test("a script the policy does not list is blocked and reported", async ({ page }) => {
  // Shows that the policy checks of every page (pages.spec.ts) would see a violation if there were one.
  const violations = await collectViolations(page);
  await page.goto("/vacancies/");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "document.documentElement.dataset.injected = 'ran';";
    document.body.append(script);
  });
  // Once for each of the two copies of the policy: the meta tag and the header.
  await expect
    .poll(() => violations.map((violation) => violation.directive))
    .toEqual(["script-src-elem", "script-src-elem"]);
  await expect(page.locator("html")).not.toHaveAttribute("data-injected", "ran");
});

test("the theme toggle shows its state, remembers the choice, and the inline script applies it before the next page paints", async ({
  page,
}) => {
  const violations = await collectViolations(page);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/vacancies/");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  const shown = () =>
    toggle.evaluate((button) =>
      getComputedStyle(button.querySelector(".theme-state")!, "::after").content.replaceAll(
        '"',
        "",
      ),
    );
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  expect(await shown()).toBe("off");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  expect(await shown()).toBe("on");
  await expect(toggle).toHaveAccessibleName("Dark theme");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  // Only the inline theme script sets data-theme on a fresh page, and it runs before the
  // stylesheet paints: check it at the first paint. The theme script opens <body>, so it has run
  // once the skip link after it exists.
  await page.goto("/", { waitUntil: "commit" });
  await page.getByRole("link", { name: "Skip to main content" }).waitFor({ state: "attached" });
  expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
  ).not.toBe(background);
  expect(violations).toEqual([]);
});
