import { expect, test } from "@playwright/test";
import { sitemapPaths } from "./utils/site";

test("every page in the sitemap loads with no console error", async ({ page, request }) => {
  const paths = await sitemapPaths(request);
  expect(paths).toContain("/vacancies/");
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on("requestfailed", (req) => errors.push(`${page.url()}: failed ${req.url()}`));
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  }
  expect(errors).toEqual([]);
});
