import { expect, test, type Page } from "@playwright/test";
import { collectViolations, sendMetaPolicyAsHeader } from "./utils/csp";
import { axeViolations, sidewaysScroll } from "./utils/page-checks";
import { builtSitemapPaths, NOT_FOUND_PATH, sitemapPaths } from "./utils/site";

// One visit per page and condition runs every check a page must pass everywhere: its status, axe,
// no sideways scrolling, no console error or failed request, and its Content-Security-Policy, served
// as meta and as header, with no violation. Each visit is a test of its own, so workers share them.
const PAGES = builtSitemapPaths();
const CONDITIONS = [320, 1280].flatMap((width) =>
  (["light", "dark"] as const).map((theme) => ({ width, theme })),
);

test("the served sitemap lists the pages checked here, /vacancies/ among them", async ({
  request,
}) => {
  expect(PAGES).toContain("/vacancies/");
  expect(await sitemapPaths(request)).toEqual(PAGES);
});

test("every page's title is its own", async ({ request }) => {
  const titles = await Promise.all(
    PAGES.map(
      async (path) => /<title>([^<]*)<\/title>/.exec(await (await request.get(path)).text())?.[1],
    ),
  );
  expect(titles.every(Boolean), titles.join(" | ")).toBe(true);
  expect(new Set(titles).size, titles.join(" | ")).toBe(PAGES.length);
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

/** Console errors, uncaught exceptions and failed requests, from the first byte of each document. */
function collectErrors(page: Page, expectedStatus: number): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    // Chromium reports a document served with an error status, as the 404 page is, in the console.
    const ownStatus =
      expectedStatus >= 400 &&
      message.location().url === page.url() &&
      message.text().includes(`status of ${expectedStatus}`);
    if (message.type() === "error" && !ownStatus) errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on("requestfailed", (request) => errors.push(`${page.url()}: failed ${request.url()}`));
  return errors;
}

/** What a page's policy must say, and that it governs every script that runs. */
async function checkPolicy(page: Page, headerPolicy: string | undefined) {
  const meta = await page
    .locator('meta[http-equiv="content-security-policy"]')
    .getAttribute("content");
  expect(meta).toBeTruthy();
  expect(headerPolicy).toBe(meta);
  const policy = await directives(page);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);
  expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
  expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  expect(policy.get("style-src")).not.toContain("'unsafe-inline'");

  // A meta policy governs only what follows it, so it must precede every script that runs.
  const scriptsBeforePolicy = await page.evaluate(() => {
    const meta = document.querySelector('meta[http-equiv="content-security-policy"]')!;
    return [...document.querySelectorAll("script")].filter(
      (script) =>
        script.type !== "application/ld+json" &&
        meta.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_PRECEDING,
    ).length;
  });
  expect(scriptsBeforePolicy).toBe(0);
  // Scripts ran: the theme script marks the page, and the bundled ones have set the toggle.
  await expect(page.locator("html")).toHaveClass(/\bjs\b/);
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute(
    "aria-pressed",
    /^(true|false)$/,
  );
}

/** The landmarks every page has, and one h1. */
async function checkLandmarks(page: Page) {
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("complementary")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
}

const meta = (page: Page, selector: string) =>
  page.locator(`head ${selector}`).first().getAttribute("content");

async function structuredDataTypes(page: Page): Promise<unknown[]> {
  const scripts = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((elements) => elements.map((element) => element.textContent ?? ""));
  return scripts.map((text) => (JSON.parse(text) as Record<string, unknown>)["@type"]);
}

/** A published page's head: canonical address, description, sharing, feeds and structured data. */
async function checkHead(page: Page, path: string) {
  const title = await page.title();
  expect(await page.locator("html").getAttribute("lang")).toBe("en-GB");
  expect((await meta(page, 'meta[name="description"]'))?.length ?? 0).toBeGreaterThanOrEqual(20);
  const canonical = await page.locator('head link[rel="canonical"]').getAttribute("href");
  expect(new URL(canonical!).pathname).toBe(path);
  expect(canonical).toMatch(/^https:\/\//);
  expect(await meta(page, 'meta[property="og:url"]')).toBe(canonical);
  expect(await meta(page, 'meta[property="og:title"]')).toBe(title);
  expect(await meta(page, 'meta[property="og:description"]')).toBeTruthy();
  expect(await meta(page, 'meta[property="og:type"]')).toMatch(/^(website|article)$/);
  expect(await meta(page, 'meta[property="og:image"]')).toMatch(/^https:\/\/.+\.png$/);
  expect(Number(await meta(page, 'meta[property="og:image:width"]'))).toBeGreaterThan(0);
  expect(Number(await meta(page, 'meta[property="og:image:height"]'))).toBeGreaterThan(0);
  expect(await meta(page, 'meta[name="twitter:card"]')).toBe("summary_large_image");
  expect(await meta(page, 'meta[name="theme-color"]')).toMatch(/^#[0-9a-f]{6}$/i);
  await expect(page.locator('head link[rel="icon"]')).not.toHaveCount(0);
  await expect(page.locator('head link[rel="apple-touch-icon"]')).toHaveCount(1);
  const feed = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  expect(new URL((await feed.getAttribute("href"))!).pathname).toBe("/rss.xml");
  const calendar = page.locator('head link[rel="alternate"][type="text/calendar"]');
  expect(new URL((await calendar.getAttribute("href"))!).pathname).toBe("/deadlines.ics");
  expect(await calendar.getAttribute("title")).toBeTruthy();
  expect(await structuredDataTypes(page)).toContain("Person");
}

for (const path of [...PAGES, NOT_FOUND_PATH]) {
  const status = path === NOT_FOUND_PATH ? 404 : 200;
  test.describe(path, () => {
    for (const [index, { width, theme }] of CONDITIONS.entries()) {
      // What does not depend on the width or the theme is checked in the first condition only.
      const once = index === 0;
      const extra = !once
        ? ""
        : status === 200
          ? "; it has its landmarks, one h1 and a complete head"
          : "; it has its landmarks and one h1";
      test(`at ${width} px in the ${theme} theme passes axe, does not scroll sideways, and runs under its policy with no violation or error${extra}`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: theme });
        await sendMetaPolicyAsHeader(page.context());
        const violations = await collectViolations(page);
        const errors = collectErrors(page, status);

        const response = await page.goto(path);
        expect(response?.status()).toBe(status);
        await checkPolicy(page, response?.headers()["content-security-policy"]);
        if (once) {
          await checkLandmarks(page);
          if (status === 200) await checkHead(page, path);
        }

        expect(await axeViolations(page)).toEqual([]);
        expect(await sidewaysScroll(page), "scrolls sideways").toBeLessThanOrEqual(0);
        expect(violations).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });
}
