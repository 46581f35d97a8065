import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import sharp from "sharp";
import { pngSize } from "../tests/support/png";

const meta = (page: Page, selector: string) =>
  page.locator(`head ${selector}`).first().getAttribute("content");

/** The picture at an absolute `og:image` address, fetched from the site under test. */
async function fetchImage(request: APIRequestContext, url: string): Promise<Buffer> {
  const response = await request.get(new URL(url).pathname);
  expect(response.status(), url).toBe(200);
  return response.body();
}

/** Every pixel, as RGBA, so that two pictures are compared by what they show. */
const pixels = (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer();

test("each open vacancy's page is shared with a card of its own, not the site's", async ({
  page,
  request,
}) => {
  const siteCard = await fetchImage(request, "https://example.org/og-image.png");
  const sitePixels = await pixels(siteCard);

  await page.goto("/vacancies/");
  const links = await page
    .getByRole("region", { name: "Open positions" })
    .getByRole("heading", { level: 3 })
    .getByRole("link")
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")!));
  expect(links.length).toBeGreaterThan(0);

  const cards = new Set<string>();
  for (const href of links) {
    await page.goto(href);
    const title = await page.getByRole("heading", { level: 1 }).innerText();
    const image = (await meta(page, 'meta[property="og:image"]'))!;
    expect(image, href).toMatch(/^https:\/\/.+\.png$/);
    expect(await meta(page, 'meta[property="og:image:alt"]')).toBe(title);
    expect(await meta(page, 'meta[name="twitter:image"]')).toBe(image);
    expect(await meta(page, 'meta[name="twitter:image:alt"]')).toBe(title);
    expect(await meta(page, 'meta[name="twitter:card"]')).toBe("summary_large_image");
    cards.add(image);

    const card = await fetchImage(request, image);
    expect(pngSize(card), image).toEqual({ width: 1200, height: 630 });
    expect((await pixels(card)).equals(sitePixels), `${image} shows the site's card`).toBe(false);
  }
  expect(cards.size).toBe(links.length);
});

test("the other pages are shared with the site's card", async ({ page }) => {
  for (const path of ["/", "/vacancies/"]) {
    await page.goto(path);
    expect(new URL((await meta(page, 'meta[property="og:image"]'))!).pathname).toBe(
      "/og-image.png",
    );
  }
});
