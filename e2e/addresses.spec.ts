import { expect, test } from "@playwright/test";

// The preview answers addresses as GitHub Pages does, so these hold in production too.

test("a page's address without its trailing slash redirects to the one with it", async ({
  page,
  request,
}) => {
  const response = await request.get("/vacancies?from=mail", { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()["location"]).toBe("/vacancies/?from=mail");

  await page.goto("/vacancies");
  await expect(page).toHaveURL(/\/vacancies\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vacancies");
});

for (const address of ["/no-such-page", "/no-such-page/", "/404", "/vacancies/no-such-id"]) {
  test(`${address} gets the site's own 404 page with status 404`, async ({ page }) => {
    const response = await page.goto(address);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await page.getByRole("link", { name: "See the current vacancies" }).click();
    await expect(page).toHaveURL(/\/vacancies\/$/);
  });
}
