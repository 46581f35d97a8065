import { expect, test, type Locator, type Page } from "@playwright/test";

// The e2e build is made with SITE_NOW=2025-11-25T10:00:00Z, a week before the DPhil deadline
// (12:00 UK time on 2 December 2025) that closes the seed vacancy.
const VACANCY = "/vacancies/phd-medical-image-analysis/";
const BUILD_NOW = new Date("2025-11-25T10:00:00Z");
const AFTER_DEADLINE = new Date("2025-12-03T09:00:00Z");

async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  expect(box, `${locator} has no box`).not.toBeNull();
  return box!.y;
}

const closedBanner = (page: Page) =>
  page.getByRole("main").getByRole("heading", { name: "Applications closed on 2 December 2025" });

test.describe("on a phone, 360 × 740", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the title, the deadline and How to apply come before the profile", async ({ page }) => {
    await page.clock.install({ time: BUILD_NOW });
    await page.goto(VACANCY);
    const main = page.getByRole("main");
    const profile = page.getByRole("complementary");
    const title = main.getByRole("heading", { level: 1 });
    const deadline = main
      .getByRole("time")
      .filter({ hasText: "12:00 midday UK time on Tuesday 2 December 2025" })
      .first();
    const howToApply = main.getByRole("heading", { name: "How to apply" });
    await expect(title).toBeInViewport();
    await expect(deadline).toBeInViewport();
    const profileTop = await top(profile);
    for (const part of [title, deadline, howToApply]) {
      expect(await top(part)).toBeLessThan(profileTop);
    }
    // …in the page's order too, so the keyboard and screen readers meet them first.
    const before = await profile.evaluate(
      (aside, heading) =>
        !!(aside.compareDocumentPosition(heading!) & Node.DOCUMENT_POSITION_PRECEDING),
      await howToApply.elementHandle(),
    );
    expect(before).toBe(true);
  });

  test("after the deadline, the closed banner is in the first screen, with no calendar link", async ({
    page,
  }) => {
    await page.clock.install({ time: AFTER_DEADLINE });
    await page.goto(VACANCY);
    const main = page.getByRole("main");
    await expect(closedBanner(page)).toBeInViewport();
    await expect(
      main.getByText(
        "The deadline was 12:00 midday UK time on Tuesday 2 December 2025 for most Oxford scholarships.",
      ),
    ).toBeInViewport();
    await expect(main.getByRole("link", { name: /Add to calendar/ })).toHaveCount(0);
    await expect(main.getByRole("link", { name: /^Apply through/ })).toHaveCount(0);
    await expect(
      main.getByText("The deadline of the DPhil in Engineering Science Program has passed."),
    ).toBeVisible();
    await expect(main.getByText("Closing soon").filter({ visible: true })).toHaveCount(0);
    await expect(main.getByRole("link", { name: "subscribe to the deadlines" })).toHaveAttribute(
      "href",
      /^webcal:\/\/[^/]+\/deadlines\.ics$/,
    );
    await expect(main.getByRole("link", { name: "RSS feed" })).toHaveAttribute("href", "/rss.xml");
    // The advert stays as a record: its topics, programmes and scholarships.
    await expect(main.getByText("Agentic workflows for medical image analysis")).toBeVisible();
    await expect(main.getByRole("heading", { name: "Related PhD Programs" })).toBeVisible();
    await expect(main.getByRole("heading", { name: "Scholarships", exact: true })).toBeVisible();
  });
});

test("on a wide screen the profile stays in a column beside the advert", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(VACANCY);
  const profile = await page.getByRole("complementary").boundingBox();
  const title = await page.getByRole("main").getByRole("heading", { level: 1 }).boundingBox();
  expect(profile!.x + profile!.width).toBeLessThan(title!.x);
  expect(profile!.y).toBeLessThan(title!.y + title!.height);
});

test("before the deadline, How to apply has one button, to the next open programme", async ({
  page,
}) => {
  await page.clock.install({ time: BUILD_NOW });
  await page.goto(VACANCY);
  const section = page.getByRole("region", { name: "How to apply" });
  const button = section.getByRole("link", { name: /^Apply through/ });
  await expect(button).toHaveCount(1);
  await expect(button).toHaveText("Apply through the DPhil in Engineering Science Program");
  await expect(button).toHaveAttribute(
    "href",
    "https://www.ox.ac.uk/admissions/graduate/courses/dphil-engineering-science",
  );
  for (const programme of [
    "DPhil in Engineering Science Program",
    "EPSRC HDS Centre for Doctoral Training Program",
    "EPSRC AIMS Centre for Doctoral Training Program",
  ]) {
    await expect(
      section.getByRole("listitem").getByRole("link", { name: programme }),
    ).toBeVisible();
  }
  await expect(section.getByText("A separate application")).toBeVisible();
  await expect(section.getByText("No separate application")).toBeVisible();
  await expect(
    section.getByRole("link", { name: "Department of Engineering Science, University of Oxford" }),
  ).toBeVisible();
  await expect(closedBanner(page)).toHaveCount(0);
});

test("when the deadline passes on an open page, it shows the closed state in place", async ({
  page,
}) => {
  await page.clock.install({ time: new Date("2025-12-02T11:58:00Z") });
  await page.goto(VACANCY);
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: /^Apply through/ })).toBeVisible();
  await expect(main.getByRole("link", { name: /Add to calendar/ }).first()).toBeVisible();
  await expect(closedBanner(page)).toHaveCount(0);

  await page.clock.fastForward("03:00");
  await expect(closedBanner(page)).toBeVisible();
  await expect(main.getByRole("link", { name: /^Apply through/ })).toHaveCount(0);
  await expect(
    main.getByText("The deadline of the DPhil in Engineering Science Program has passed."),
  ).toBeVisible();
  await expect(main.getByRole("link", { name: /Add to calendar/ })).toHaveCount(0);
});

test("a position listed on the home page says when it closed, once it has", async ({ page }) => {
  await page.clock.install({ time: AFTER_DEADLINE });
  await page.goto("/");
  const summary = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({
      has: page.getByRole("heading", { name: "PhD studentships in medical image analysis" }),
    });
  await expect(summary).toContainText(
    "Applications closed at 12:00 midday UK time on Tuesday 2 December 2025.",
  );
  await expect(summary.getByText("Closing date")).toBeHidden();
});

for (const width of [320, 1280]) {
  test(`headings grow with rank and are never smaller than the text, at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.clock.install({ time: BUILD_NOW });
    for (const path of ["/", "/vacancies/", VACANCY]) {
      await page.goto(path);
      const body = await page
        .getByRole("main")
        .evaluate((main) => parseFloat(getComputedStyle(main).fontSize));
      const sizes: { level: number; smallest: number; largest: number }[] = [];
      for (let level = 1; level <= 6; level++) {
        const found = await page
          .getByRole("heading", { level })
          .evaluateAll((headings) =>
            headings.map((heading) => parseFloat(getComputedStyle(heading).fontSize)),
          );
        if (found.length) {
          sizes.push({ level, smallest: Math.min(...found), largest: Math.max(...found) });
        }
      }
      expect(sizes.length, path).toBeGreaterThanOrEqual(3);
      sizes.slice(1).forEach((lower, index) => {
        const higher = sizes[index]!;
        expect(
          higher.smallest,
          `${path}: h${higher.level} at ${higher.smallest}px, h${lower.level} at ${lower.largest}px`,
        ).toBeGreaterThan(lower.largest);
      });
      expect(sizes.at(-1)!.smallest, path).toBeGreaterThanOrEqual(body);
    }
  });
}
