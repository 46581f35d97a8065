import { expect, test, type Page } from "@playwright/test";
import { collectViolations, sendMetaPolicyAsHeader } from "./utils/csp";
import { sitemapPaths } from "./utils/site";

// Every test here serves each page's meta policy as a header too, the stricter of the two: a
// header also covers what comes before the meta tag.
test.beforeEach(async ({ context }) => {
  await sendMetaPolicyAsHeader(context);
});

/** The page's meta policy as the browser parsed it, one entry per directive. */
async function directives(page: Page): Promise<Map<string, string[]>> {
  const policy = await page
    .locator('meta[http-equiv="content-security-policy"]')
    .getAttribute("content");
  return new Map(
    (policy ?? "")
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

test("every page, 404 included, runs under its policy as meta and header with no violation", async ({
  page,
  request,
}) => {
  const violations = await collectViolations(page);
  const paths = [...(await sitemapPaths(request)), "/no-such-page/"];
  expect(paths).toContain("/vacancies/");
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(path === "/no-such-page/" ? 404 : 200);
    const meta = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute("content");
    expect(meta, path).toBeTruthy();
    expect(response?.headers()["content-security-policy"], path).toBe(meta);

    const policy = await directives(page);
    expect(policy.get("default-src"), path).toEqual(["'self'"]);
    expect(policy.get("object-src"), path).toEqual(["'none'"]);
    expect(policy.get("base-uri"), path).toEqual(["'self'"]);
    expect(policy.get("form-action"), path).toEqual(["'self'"]);
    expect(policy.get("img-src"), path).toEqual(["'self'", "data:"]);
    expect(policy.get("script-src"), path).not.toContain("'unsafe-inline'");
    expect(policy.get("style-src"), path).not.toContain("'unsafe-inline'");

    // A meta policy governs only what follows it, so it must precede every script that runs.
    const scriptsBeforePolicy = await page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="content-security-policy"]')!;
      return [...document.querySelectorAll("script")].filter(
        (script) =>
          script.type !== "application/ld+json" &&
          meta.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_PRECEDING,
      ).length;
    });
    expect(scriptsBeforePolicy, path).toBe(0);
    // Scripts ran: the theme script marks the page, and the bundled ones have set the toggle.
    await expect(page.locator("html"), path).toHaveClass(/\bjs\b/);
    await expect(page.getByRole("button", { name: "Dark theme" }), path).toHaveAttribute(
      "aria-pressed",
      /^(true|false)$/,
    );
  }
  expect(violations).toEqual([]);
});

test("a script the policy does not list is blocked and reported", async ({ page }) => {
  // Shows that the checks above would see a violation if there were one.
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

test("the theme toggle switches the theme, and the inline script applies it on the next page", async ({
  page,
}) => {
  const violations = await collectViolations(page);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/vacancies/");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  // Only the inline theme script sets data-theme on a fresh page.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  expect(violations).toEqual([]);
});

test.describe("in New York, after the deadline", () => {
  test.use({ timezoneId: "America/New_York" });

  test("the deadline script refreshes the status and shows the visitor's time", async ({
    page,
  }) => {
    const violations = await collectViolations(page);
    // The build says "Closing soon" (SITE_NOW is a week before); only the script can say "Closed".
    await page.clock.install({ time: new Date("2025-12-02T12:05:00Z") });
    await page.goto("/vacancies/");
    const main = page.getByRole("main");
    await expect(main.locator('time[datetime="2025-12-02T12:00:00Z"]').first()).toHaveAttribute(
      "data-deadline-status",
      "closed",
    );
    await expect(main.getByText("Closing soon").filter({ visible: true })).toHaveCount(0);
    await expect(
      main.getByText("07:00 on Tuesday 2 December 2025, your time").first(),
    ).toBeVisible();
    expect(violations).toEqual([]);
  });
});
