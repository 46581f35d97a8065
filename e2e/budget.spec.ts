import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

/**
 * /vacancies/ within its budgets, from the bytes the browser actually fetched. The preview
 * server does not compress, so each response is gzipped here, as a host would serve it.
 */
test("/vacancies/ stays within its weight budget", async ({ page, baseURL }) => {
  const responses: { url: string; type: string; body: Buffer; status: number }[] = [];
  const failed: string[] = [];
  page.on("requestfailed", (request) => failed.push(request.url()));
  page.on("response", async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    responses.push({
      url: response.url(),
      type: response.request().resourceType(),
      body,
      status: response.status(),
    });
  });
  await page.goto("/vacancies/", { waitUntil: "networkidle" });

  const origin = new URL(baseURL!).origin;
  const thirdParty = responses.filter((response) => new URL(response.url).origin !== origin);
  expect(thirdParty.map((response) => response.url)).toEqual([]);
  expect(failed).toEqual([]);
  expect(responses.filter((response) => response.status >= 400).map((r) => r.url)).toEqual([]);

  const transferred = responses.reduce((sum, response) => sum + gzipSync(response.body).length, 0);
  console.log(`/vacancies/: ${responses.length} requests, ${transferred} bytes gzipped`);
  expect(transferred).toBeLessThanOrEqual(50 * 1024);

  const html = await page.content();
  const inlineScripts = await page
    .locator("script:not([type='application/ld+json'])")
    .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ""));
  const externalScripts = responses.filter((response) => response.type === "script");
  const javascript =
    inlineScripts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) +
    externalScripts.reduce((sum, response) => sum + response.body.length, 0);
  console.log(`/vacancies/: ${javascript} bytes of JavaScript (uncompressed)`);
  expect(javascript).toBeLessThanOrEqual(2 * 1024);
  expect(html).not.toMatch(/fonts\.googleapis|cdn\.|unpkg/);
});

test("every image declares its size, so nothing shifts", async ({ page }) => {
  // At the build's own "now", so the deadline script has nothing to change.
  await page.clock.install({ time: new Date("2025-11-25T10:00:00Z") });
  await page.goto("/vacancies/");
  const images = await page.locator("img").evaluateAll((elements) =>
    elements.map((element) => ({
      src: element.getAttribute("src"),
      width: element.getAttribute("width"),
      height: element.getAttribute("height"),
    })),
  );
  expect(images.length).toBeGreaterThan(0);
  for (const image of images) {
    expect(Number(image.width), image.src!).toBeGreaterThan(0);
    expect(Number(image.height), image.src!).toBeGreaterThan(0);
  }
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
            total += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
  expect(shift).toBeLessThan(0.01);
});
