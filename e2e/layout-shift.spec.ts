import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";

// The e2e build is made with SITE_NOW=2025-11-25T10:00:00Z, a week before the DPhil deadline.
const DEADLINE = new Date("2025-12-02T12:00:00Z");
const PAGES = ["/vacancies/", "/vacancies/phd-medical-image-analysis/"];
const WIDTHS = [360, 1280];

/** Starts recording layout shifts before the page's own scripts run. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; inHeader: boolean; sources: string[] }[] = [];
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
          inHeader: (entry.sources ?? []).some(
            (source) => source.node instanceof Element && !!source.node.closest("header"),
          ),
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
  page.evaluate(() => (window as unknown as { __shifts: { inHeader: boolean }[] }).__shifts);

test.describe("for a visitor in New York", () => {
  test.use({ timezoneId: "America/New_York" });
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

/**
 * Serves the site under test with each page's HTML sent in two parts, the second after a pause,
 * so that the browser paints the page cut at `cut` before the rest arrives, as it may on a slow
 * network or a busy machine.
 */
async function serveInTwoParts(origin: string, cut: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const upstream = await fetch(new URL(request.url!, origin));
    const type = upstream.headers.get("content-type") ?? "";
    response.writeHead(upstream.status, { "content-type": type });
    const body = await upstream.text();
    const at = body.indexOf(cut);
    if (!type.startsWith("text/html") || at < 0) {
      response.end(body);
    } else {
      response.write(body.slice(0, at));
      setTimeout(() => response.end(body.slice(at)), 300);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

// Where a page cut in its header once made the header move when the rest arrived: the nav moved
// when the theme toggle came, and at a phone's width the toggle wrapped once its state label came.
const HEADER_CUTS = [
  "<nav",
  '<button type="button" class="theme-toggle"',
  "<span>Dark theme",
  '<span class="theme-state"',
];

for (const width of WIDTHS) {
  test(`the header does not move when a page arrives in parts, cut anywhere in it, at ${width} px`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await recordShifts(page);
    for (const cut of HEADER_CUTS) {
      const server = await serveInTwoParts(baseURL!, cut);
      try {
        await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/vacancies/`);
        await expect(page.getByRole("button", { name: "Dark theme" })).toBeVisible();
        const shifts = await shiftsOf(page);
        expect(
          shifts.filter((shift) => shift.inHeader),
          `cut before ${cut}`,
        ).toEqual([]);
      } finally {
        server.close();
      }
    }
  });
}
