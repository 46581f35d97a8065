import { expect, test } from "@playwright/test";
import { normaliseText, seedLinks, seedSentences } from "./utils/seed";

test.describe("/vacancies/", () => {
  test("keeps every sentence of the seed page, with its three defects fixed", async ({ page }) => {
    await page.goto("/vacancies/");
    const text = normaliseText(await page.getByRole("main").innerText());
    const sentences = seedSentences();
    expect(sentences.length).toBeGreaterThan(30);
    const missing = sentences.filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
    for (const defect of ["Thereâ€™s", "feeds and funding", "Feeds and funding", "prespective"]) {
      expect(text).not.toContain(defect);
    }
    expect(await page.content()).not.toContain("{%");
  });

  test("keeps every link of the seed page", async ({ page }) => {
    await page.goto("/vacancies/");
    const onPage = await page
      .getByRole("main")
      .getByRole("link")
      .evaluateAll((links) =>
        links.map((link) => `${link.textContent} -> ${link.getAttribute("href")}`),
      );
    const normalisedOnPage = onPage.map(normaliseText);
    const links = seedLinks();
    expect(links.length).toBeGreaterThan(0);
    const missing = links.filter(
      ({ text, href }) => !normalisedOnPage.includes(normaliseText(`${text} -> ${href}`)),
    );
    expect(missing).toEqual([]);
  });

  test("shows the seed's sections in the seed's order", async ({ page }) => {
    await page.goto("/vacancies/");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText("Vacancies");
    const text = normaliseText(await main.innerText());
    const landmarks = [
      "We are seeking highly self-motivated students",
      "Please note that due to the high volume of inquiries",
      "Candidates are expected to have a strong background",
      "You should also have:",
      "Potential PhD topics include",
      "The students will join a multi-disciplinary research group",
      "Feel free to get in touch",
      "Related PhD Programs",
      "DPhil in Engineering Science Program",
      "Deadline 12:00 midday UK time on Tuesday 2 December 2025 for most Oxford scholarships",
      "We also accept students from the following CDT programs:",
      "EPSRC HDS Centre for Doctoral Training Program",
      "EPSRC AIMS Centre for Doctoral Training Program",
      "Scholarships",
      "You are strongly advised to check the University fees and funding webpage",
      "Scholarships that you will be considered for automatically",
      "According to the following Graduate – Fees and funding webpage, cited in June 2024:",
      "For the majority of Oxford scholarships",
      "Scholarships that require an additional application",
      "EPSRC HDS CDT and EPSRC AIMS CDT",
      "Please find their websites: HDS CDT or AIMS CDT for more details.",
    ];
    let from = 0;
    const outOfOrder = landmarks.filter((landmark) => {
      const position = text.indexOf(landmark, from);
      if (position < 0) return true;
      from = position + landmark.length;
      return false;
    });
    expect(outOfOrder).toEqual([]);
    await expect(main.getByRole("note")).toContainText("high volume of inquiries");
    await expect(main.getByRole("heading", { name: "Related PhD Programs" })).toBeVisible();
    await expect(main.getByRole("heading", { name: "Scholarships", exact: true })).toBeVisible();
  });

  test("gives the DPhil deadline as an exact instant", async ({ page }) => {
    await page.goto("/vacancies/");
    const deadline = page
      .getByRole("main")
      .locator(".programs time", { hasText: "12:00 midday UK time" });
    await expect(deadline).toHaveAttribute("datetime", "2025-12-02T12:00:00Z");
  });

  test("quotes the funding page with its citation", async ({ page }) => {
    await page.goto("/vacancies/");
    const quote = page.getByRole("main").locator("blockquote");
    await expect(quote).toHaveAttribute(
      "cite",
      "https://www.ox.ac.uk/admissions/graduate/fees-and-funding/oxford-funding",
    );
    await expect(quote).toContainText("There's no separate scholarship application process");
  });

  test("links each vacancy to its own page", async ({ page }) => {
    await page.goto("/vacancies/");
    const titles = page.getByRole("main").getByRole("article").getByRole("heading", { level: 3 });
    const count = await titles.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index++) {
      await page.goto("/vacancies/");
      const title = titles.nth(index);
      const name = (await title.innerText()).trim();
      await title.getByRole("link").click();
      await expect(page).toHaveURL(/\/vacancies\/[^/]+\/$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(page.getByRole("heading", { name: "Related PhD Programs" })).toBeVisible();
      await page.getByRole("link", { name: "All vacancies" }).click();
      await expect(page).toHaveURL(/\/vacancies\/$/);
    }
  });
});

test("the home page introduces the group and links to the vacancies", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page
    .getByRole("main")
    .getByRole("link", { name: /All vacancies/ })
    .click();
  await expect(page).toHaveURL(/\/vacancies\/$/);
});
