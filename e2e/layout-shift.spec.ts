import { expect, test, type Page } from "@playwright/test";

// The e2e build is made with SITE_NOW=2025-11-25T10:00:00Z, a week before the DPhil deadline.
const DEADLINE = new Date("2025-12-02T12:00:00Z");
const PAGES = ["/vacancies/", "/vacancies/phd-medical-image-analysis/"];
const WIDTHS = [360, 1280];

/** Starts recording layout shifts before the page's own scripts run. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((source) =>
            source.node instanceof Element
              ? `${source.node.tagName.toLowerCase()}.${source.node.className}`
              : String(source.node?.nodeName),
          ),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

const shiftsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __shifts: unknown[] }).__shifts);

test.describe("for a visitor in New York", () => {
  test.use({ timezoneId: "America/New_York" });
  // About one run in twenty on a loaded machine records a shift under 0.001 of the header's
  // navigation and theme button, whose cause is not the deadline script (see the closing note of
  // issue 17); a second run must then be clean.
  test.describe.configure({ retries: 1 });

  for (const path of PAGES) {
    for (const width of WIDTHS) {
      test(`${path} at ${width} px does not move once painted, before the deadline`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.clock.install({ time: new Date("2025-11-30T15:00:00Z") });
        await recordShifts(page);
        await page.goto(path);
        await page.clock.runFor(5_000);
        await expect(page.getByRole("main").locator(".deadline-local").first()).not.toBeEmpty();
        expect(await shiftsOf(page)).toEqual([]);
      });

      test(`${path} at ${width} px does not move when the deadline passes while it is open`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.clock.install({ time: new Date(DEADLINE.getTime() - 90_000) });
        await recordShifts(page);
        await page.goto(path);
        await page.clock.runFor(5_000);
        await page.clock.runFor(3 * 60_000);
        await expect(
          page.getByRole("main").locator(`time[datetime="2025-12-02T12:00:00Z"]`).first(),
        ).toHaveAttribute("data-deadline-status", "closed");
        expect(await shiftsOf(page)).toEqual([]);
      });
    }
  }
});
