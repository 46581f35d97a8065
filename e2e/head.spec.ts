import { SEARCH_PATH } from "../src/routes";
import { expect, test, type Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { sitemapPaths } from "./utils/site";

async function structuredData(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((elements) => elements.map((element) => element.textContent ?? ""));
  return scripts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

test("the list page carries no JobPosting; each open vacancy's page exactly one", async ({
  page,
}) => {
  // At the build's now (SITE_NOW in npm run test:e2e): a job posting describes an open vacancy,
  // and once its deadline has passed on the visitor's clock the page shows the closed state.
  await page.clock.install({ time: new Date("2025-11-25T10:00:00Z") });
  await page.goto("/vacancies/");
  const list = await structuredData(page);
  expect(list.filter((data) => data["@type"] === "JobPosting")).toEqual([]);
  expect(list.filter((data) => data["@type"] === "EducationalOccupationalProgram")).not.toEqual([]);

  const links = await page
    .locator("#open-positions ~ article h3 a")
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")!));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) {
    await page.goto(href);
    const postings = (await structuredData(page)).filter((data) => data["@type"] === "JobPosting");
    expect(postings).toHaveLength(1);
    const posting = postings[0]!;
    // Text as a reader sees it: a label's colon is a line break in the page's key facts.
    const plain = (text: string) => text.replace(/:/g, " ").replace(/\s+/g, " ").trim();
    const text = plain(await page.getByRole("main").innerText());
    expect(text).toContain(posting["title"]);
    const blocks = await page.evaluate(
      (html) =>
        [
          ...new DOMParser()
            .parseFromString(html, "text/html")
            .querySelectorAll("p, h2, li:not(:has(p))"),
        ].map((block) => block.textContent ?? ""),
      posting["description"] as string,
    );
    expect(blocks.length, "the description is the whole advert").toBeGreaterThan(10);
    expect(blocks.map(plain).filter((block) => !text.includes(block))).toEqual([]);
    expect(posting["validThrough"]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    await expect(
      page.locator(`main time[datetime="${posting["datePosted"]}"]`).first(),
    ).toBeVisible();
  }
});

test("the feed names itself and lists the newest vacancies, each with its programmes", async ({
  page,
  request,
}) => {
  const feed = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === "item" || name === "category",
  }).parse(await (await request.get("/rss.xml")).text()) as {
    rss: {
      channel: {
        "atom:link": { "@_href": string; "@_rel": string };
        item?: { link: string; description: string; category?: string[] }[];
      };
    };
  };
  const { channel } = feed.rss;
  expect(channel["atom:link"]["@_rel"]).toBe("self");
  expect(new URL(channel["atom:link"]["@_href"]).pathname).toBe("/rss.xml");
  const items = channel.item ?? [];
  const pages = (await sitemapPaths(request)).filter(
    (path) => /^\/vacancies\/[^/]+\/$/.test(path) && path !== SEARCH_PATH,
  );
  expect(items).toHaveLength(Math.min(pages.length, 50));
  for (const item of items) {
    const path = new URL(item.link).pathname;
    expect(pages).toContain(path);
    await page.goto(path);
    const main = page.getByRole("main");
    await expect(main).toContainText(item.description);
    for (const programme of item.category ?? []) {
      // How to apply links each programme too; this is the list of programmes.
      await expect(
        main
          .getByRole("region", { name: "Related PhD Programs" })
          .getByRole("link", { name: programme, exact: true }),
      ).toBeVisible();
    }
  }
  await page.goto("/robots.txt");
  expect(await page.locator("body").innerText()).toMatch(
    /Sitemap: https:\/\/\S+\/sitemap-index\.xml/,
  );
});
