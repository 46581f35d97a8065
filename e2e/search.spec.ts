import { expect, test, type Page } from "@playwright/test";
import { collectViolations, sendMetaPolicyAsHeader } from "./utils/csp";

// The e2e build is made with SITE_NOW=2025-11-25T10:00:00Z, a week before the seed vacancy's
// last programme deadline. Its title has a word no other page of the real site has in a title.
const TITLE = "PhD studentships in medical image analysis";
const DEADLINE_IN_WORDS = "12:00 midday UK time on Tuesday 2 December 2025";

test.beforeEach(async ({ context }) => {
  await sendMetaPolicyAsHeader(context);
});

const results = (page: Page) => page.getByRole("region", { name: "Results" });

async function searchFromVacancies(page: Page, word: string): Promise<void> {
  await page.goto("/vacancies/");
  const box = page.getByRole("searchbox", { name: "Search vacancies" });
  await box.fill(word);
  await box.press("Enter");
  await expect(page).toHaveURL(`/vacancies/search/?q=${word}`);
}

test("a word typed on /vacancies/ finds its vacancy, with status, deadline and link", async ({
  page,
}) => {
  const violations = await collectViolations(page);
  await page.clock.install({ time: new Date("2025-11-25T10:00:00Z") });
  await searchFromVacancies(page, "studentships");

  await expect(results(page).getByRole("status")).toHaveText("1 vacancy matches.");
  const items = results(page).getByRole("listitem");
  await expect(items).toHaveCount(1);
  const link = items.getByRole("link", { name: TITLE });
  await expect(link).toHaveAttribute("href", "/vacancies/phd-medical-image-analysis/");
  await expect(items).toContainText("Closing soon");
  await expect(items).toContainText(`Closing date: ${DEADLINE_IN_WORDS}. closes in 7 days`);
  await expect(page.getByRole("searchbox", { name: "Words" })).toHaveValue("studentships");

  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  expect(violations).toEqual([]);
});

test("a word found in no vacancy finds nothing, and the header's words are not indexed", async ({
  page,
}) => {
  await page.goto("/vacancies/search/?q=zzyzxqv");
  await expect(results(page).getByRole("status")).toHaveText("No vacancies match.");
  await expect(results(page).getByRole("listitem")).toHaveCount(0);
  // "Skip to main content" is in every page's header, outside the indexed part.
  await page.getByRole("searchbox", { name: "Words" }).fill("skip");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(results(page).getByRole("status")).toHaveText("No vacancies match.");
});

test("the filters narrow the results: a programme, and the status", async ({ page }) => {
  await page.clock.install({ time: new Date("2025-11-25T10:00:00Z") });
  await page.goto("/vacancies/search/");
  await expect(results(page).getByRole("status")).toHaveText("Type a word or choose a filter.");

  const programme = page.getByRole("combobox", { name: "Programme" });
  await expect(programme.getByRole("option")).toHaveText([
    "Any programme",
    "DPhil in Engineering Science Program (1)",
    "EPSRC AIMS Centre for Doctoral Training Program (1)",
    "EPSRC HDS Centre for Doctoral Training Program (1)",
  ]);
  await programme.selectOption("DPhil in Engineering Science Program");
  await expect(page).toHaveURL(/programme=DPhil\+in\+Engineering\+Science\+Program/);
  await expect(results(page).getByRole("link", { name: TITLE })).toBeVisible();

  await page.getByRole("combobox", { name: "Status" }).selectOption("Closed");
  await expect(results(page).getByRole("status")).toHaveText("No vacancies match.");
  await expect(results(page).getByRole("listitem")).toHaveCount(0);

  await page.getByRole("combobox", { name: "Status" }).selectOption("Open");
  await page.getByRole("combobox", { name: "Funding" }).selectOption({ index: 1 });
  await page.getByRole("combobox", { name: "Topic" }).selectOption({ index: 1 });
  await expect(results(page).getByRole("listitem")).toHaveCount(1);
});

test("a vacancy whose deadline has passed on the visitor's clock is marked closed", async ({
  page,
}) => {
  await page.clock.install({ time: new Date("2025-12-02T12:01:00Z") });
  await page.goto("/vacancies/search/?q=studentships");
  const item = results(page).getByRole("listitem");
  await expect(item.getByRole("link", { name: TITLE })).toBeVisible();
  // The badge holds every label and shows one; innerText is what a reader sees.
  await expect(item).toContainText("Closed", { useInnerText: true });
  await expect(item).not.toContainText("Closing soon", { useInnerText: true });
  await expect(item.locator("time")).toHaveAttribute("data-deadline-status", "closed");
});

test("the status filter goes by the visitor's clock, not the build's", async ({ page }) => {
  // Open when the site was built; its deadline, midday UK time on 2 December, has passed.
  await page.clock.install({ time: new Date("2025-12-02T12:01:00Z") });
  await page.goto("/vacancies/search/?status=closed");
  await expect(results(page).getByRole("status")).toHaveText("1 vacancy matches.");
  await expect(results(page).getByRole("link", { name: TITLE })).toBeVisible();

  await page.getByRole("combobox", { name: "Status" }).selectOption("Open");
  await expect(results(page).getByRole("status")).toHaveText("No vacancies match.");
  await expect(results(page).getByRole("listitem")).toHaveCount(0);

  // A minute before the deadline, it is open.
  await page.clock.setSystemTime(new Date("2025-12-02T11:59:00Z"));
  await page.getByRole("button", { name: "Search" }).click();
  await expect(results(page).getByRole("status")).toHaveText("1 vacancy matches.");
  await expect(results(page).getByRole("link", { name: TITLE })).toBeVisible();
});

test("only the search page allows WebAssembly", async ({ page }) => {
  const scriptSource = async (path: string) => {
    await page.goto(path);
    const policy = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute("content");
    return /script-src ([^;]*)/.exec(policy ?? "")?.[1]?.split(" ") ?? [];
  };
  expect(await scriptSource("/vacancies/search/")).toEqual(
    expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]),
  );
  for (const path of ["/", "/vacancies/", "/vacancies/phd-medical-image-analysis/"]) {
    expect(await scriptSource(path), path).not.toContain("'wasm-unsafe-eval'");
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("no search box is shown, and the search page points to the lists", async ({ page }) => {
    await page.goto("/vacancies/");
    await expect(page.getByRole("search")).toHaveCount(0);
    await page.goto("/vacancies/search/");
    await expect(page.getByRole("search")).toHaveCount(0);
    await expect(page.getByRole("main").getByText("Search needs JavaScript.")).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "The vacancies page" }).click();
    await expect(page).toHaveURL("/vacancies/");
  });
});
