import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { contentLines, readWithIcalJs, readWithNodeIcal } from "../tests/support/calendars";
import { collectViolations, sendMetaPolicyAsHeader } from "./utils/csp";
import { sitemapPaths } from "./utils/site";

// The e2e build is made with SITE_NOW=2025-11-25T10:00:00Z, a week before the DPhil deadline.
const DEADLINE = "2025-12-02T12:00:00Z";

test("a page built before the deadline says Closed after it, without a rebuild, and stops offering to add it to a calendar", async ({
  page,
}) => {
  await page.clock.install({ time: new Date("2025-12-02T11:58:00Z") });
  await page.goto("/vacancies/");
  const time = page.getByRole("main").locator(`time[datetime="${DEADLINE}"]`).first();
  const status = page.getByRole("main").locator(".vacancy-status .status-badge").first();
  await expect(time).toHaveAttribute("data-deadline-status", "closing-soon");
  // The badge holds every label and shows one; innerText is what a reader sees.
  await expect(status).toHaveText("Closing soon", { useInnerText: true });
  await expect(page.getByText("closes in 2 minutes").first()).toBeVisible();

  await page.clock.fastForward("03:00");
  await expect(time).toHaveAttribute("data-deadline-status", "closed");
  await expect(status).toHaveText("Closed", { useInnerText: true });
  await expect(page.locator(".deadline-countdown").first()).toHaveText("Closed");
  await expect(page.getByRole("main").getByRole("link", { name: /^Add to calendar/ })).toHaveCount(
    0,
  );
});

test("a page opened long before the deadline says it is open", async ({ page }) => {
  await page.clock.install({ time: new Date("2025-10-01T09:00:00Z") });
  await page.goto("/vacancies/");
  const time = page.getByRole("main").locator(`time[datetime="${DEADLINE}"]`).first();
  await expect(time).toHaveAttribute("data-deadline-status", "open");
  await expect(page.getByText("closes in 62 days").first()).toBeVisible();
});

test.describe("in New York, after the deadline", () => {
  test.use({ timezoneId: "America/New_York" });

  test("the deadline script, under the page's policy, refreshes the status and shows the deadline in the visitor's own time as well", async ({
    page,
  }) => {
    await sendMetaPolicyAsHeader(page.context());
    const violations = await collectViolations(page);
    // The build says "Closing soon" (SITE_NOW is a week before); only the script can say "Closed".
    await page.clock.install({ time: new Date("2025-12-02T12:05:00Z") });
    await page.goto("/vacancies/");
    const main = page.getByRole("main");
    await expect(main.locator(`time[datetime="${DEADLINE}"]`).first()).toHaveAttribute(
      "data-deadline-status",
      "closed",
    );
    await expect(main.getByText("Closing soon").filter({ visible: true })).toHaveCount(0);
    await expect(main.locator(".deadline-local").first()).toHaveText(
      "07:00 on Tuesday 2 December 2025, your time",
    );
    await expect(
      main.getByText("12:00 midday UK time on Tuesday 2 December 2025").first(),
    ).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test.describe("in London", () => {
  test.use({ timezoneId: "Europe/London" });

  test("adds no local time when the visitor's clocks agree", async ({ page }) => {
    await page.goto("/vacancies/");
    await expect(page.getByRole("main").locator(".deadline-local").first()).toHaveText("");
  });
});

test("the Add to calendar link downloads a calendar file that parses", async ({ page }) => {
  // Before the deadline: once it has passed, the page no longer offers to add it.
  await page.clock.install({ time: new Date("2025-11-25T10:00:00Z") });
  await page.goto("/vacancies/");
  const link = page
    .getByRole("main")
    .getByRole("link", {
      name: /^Add to calendar\s*: DPhil in Engineering Science Program deadline$/,
    })
    .first();
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const text = await readFile((await download.path())!, "utf8");
  const event = new ICAL.Event(
    new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!,
  );
  expect(event.startDate.toJSDate().toISOString()).toBe("2025-12-02T12:00:00.000Z");
});

test("the subscribable calendar holds the DPhil deadline at 12:00 UK time", async ({ request }) => {
  const response = await request.get("/deadlines.ics");
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  const dphil = events.find((event) => event.summary.includes("DPhil in Engineering Science"));
  expect(dphil?.startDate.toJSDate().toISOString()).toBe("2025-12-02T12:00:00.000Z");
  expect(dphil?.startDate.convertToZone(ICAL.Timezone.utcTimezone).hour).toBe(12);
});

test("/vacancies/ offers the deadlines calendar to subscribe to", async ({ page, request }) => {
  await page.goto("/vacancies/");
  const main = page.getByRole("main");
  const subscribe = new URL(
    (await main.getByRole("link", { name: "Subscribe to deadlines" }).getAttribute("href"))!,
  );
  expect(subscribe.protocol).toBe("webcal:");
  const address = main.getByRole("link", { name: /\/deadlines\.ics$/ });
  const href = (await address.getAttribute("href"))!;
  await expect(address).toHaveText(href);
  expect(new URL(href).protocol).toBe("https:");
  expect(new URL(href).pathname).toBe(subscribe.pathname);
  const head = page.locator('head link[rel="alternate"][type="text/calendar"]');
  expect(await head.getAttribute("href")).toBe(href);

  const response = await request.get(subscribe.pathname);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  expect(readWithIcalJs(await response.text()).events.length).toBeGreaterThan(0);
});

test("every calendar file the site offers reads the same in two independent parsers", async ({
  request,
}) => {
  // The links as built, at the build's now: the deadline script removes them once a deadline passes.
  const files = new Set(["/deadlines.ics"]);
  for (const path of await sitemapPaths(request)) {
    const html = await (await request.get(path)).text();
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+\.ics)"/g)) {
      files.add(new URL(href!, new URL(path, "https://site.invalid")).pathname);
    }
  }
  expect(files.size).toBeGreaterThan(1);
  for (const file of files) {
    const text = await (await request.get(file)).text();
    const calendar = readWithIcalJs(text);
    expect(calendar.events.length, file).toBeGreaterThan(0);
    expect(readWithNodeIcal(text), file).toEqual(calendar);
    expect(
      contentLines(text).filter((line) => line.startsWith("DTEND")),
      file,
    ).toEqual([]);
  }
});
