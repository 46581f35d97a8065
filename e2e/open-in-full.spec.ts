import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { buildCopy, removeCopy, type BuildResult } from "../tests/support/build";
import { axeViolations, sidewaysScroll } from "./utils/page-checks";
import { serveCopy, type ServedCopy } from "./utils/preview";
import { exampleVacancyFrontMatter } from "./utils/seed";

// A copy of the site with a second open vacancy, so that /vacancies/ shows two in full, and with
// what a vacancy's Markdown may hold that is wider than a phone: a table with addresses in its
// cells, a table with a long word, and a line of code longer than any screen is wide.
const TITLE = "PhD in fetal ultrasound";
const ID = "phd-in-fetal-ultrasound";
const SEED = readFileSync(
  new URL("../src/content/vacancies/phd-medical-image-analysis.mdx", import.meta.url),
  "utf8",
);
const SEED_TITLE = /^title: (.*)$/m.exec(SEED)![1]!;
const LONG_WORD = "Ultrasound".repeat(30);
const LONG_LINE = `model = train(${Array.from({ length: 20 }, (_, index) => `option_${index}=True`).join(", ")})`;
/** The sections each vacancy has, landmarks named by their headings. */
const SECTIONS = ["How to apply", "Related PhD Programs", "Scholarships"];
const CONDITIONS = [390, 1280].flatMap((width) =>
  (["light", "dark"] as const).map((theme) => ({ width, theme })),
);

/** The seed vacancy's facts under another title, with a body of tables and code. */
function wideVacancy(): string {
  const body = [
    "The group shares its data and its code.",
    "",
    "| Resource | Address |",
    "| --- | --- |",
    "| Courses | https://www.ox.ac.uk/admissions/graduate/courses/dphil-engineering-science |",
    "| Code | https://github.com/oxford-medical-imaging/fetal-ultrasound-analysis |",
    "",
    "| Term | Meaning |",
    "| --- | --- |",
    `| ${LONG_WORD} | A word longer than any screen is wide |`,
    "",
    "```python",
    LONG_LINE,
    "```",
  ].join("\n");
  return `${exampleVacancyFrontMatter(TITLE)}\n\n${body}\n`;
}

/** A closed MDX vacancy (so not shown in full on /vacancies/) whose table aligns its columns. */
const ALIGNED_ID = "phd-with-an-aligned-table";
function alignedVacancy(): string {
  const frontMatter = exampleVacancyFrontMatter("PhD with an aligned table").replace(
    /^programs:\n/m,
    'closes:\n  localDateTime: "2025-01-30T17:00"\n  timeZone: Europe/London\nprograms:\n',
  );
  const table = ["| Year | Stipend |", "| :-: | --: |", "| First | £21,000 |"].join("\n");
  return `${frontMatter}\n\n${table}\n`;
}

// One copy for the whole file: its tests run one after another in one worker.
test.describe.configure({ mode: "default" });

let build: BuildResult;
let site: ServedCopy;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  build = await buildCopy(
    {
      [`src/content/vacancies/${ID}.md`]: wideVacancy(),
      [`src/content/vacancies/${ALIGNED_ID}.mdx`]: alignedVacancy(),
    },
    { SITE_NOW: "2025-11-25T10:00:00Z" },
  );
  expect(build.ok, build.output).toBe(true);
  site = await serveCopy(build.dir);
});

test.afterAll(async () => {
  await site?.close();
  if (build) await removeCopy(build);
});

for (const { width, theme } of CONDITIONS) {
  test(`at ${width} px in the ${theme} theme, a wide table or line of code in a vacancy's text stays in the text column: neither its page nor /vacancies/ scrolls sideways, and its page passes axe`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: theme });

    await page.goto(`${site.address}vacancies/${ID}/`);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(TITLE);
    await expect(main.getByRole("table")).toHaveCount(2);
    await expect(main.getByRole("cell", { name: LONG_WORD })).toBeVisible();
    await expect(main.getByText(LONG_LINE)).toBeVisible();
    expect(await sidewaysScroll(page), "scrolls sideways").toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${site.address}vacancies/`);
    await expect(page.getByRole("article", { name: TITLE }).getByRole("table")).toHaveCount(2);
    expect(await sidewaysScroll(page), "scrolls sideways").toBeLessThanOrEqual(0);
  });
}

test("/vacancies/ shows both open vacancies in full, each section's landmark named for its vacancy, and passes axe", async ({
  page,
}) => {
  await page.goto(`${site.address}vacancies/`);
  await expect(page.getByRole("main").getByRole("article")).toHaveCount(2);
  for (const title of [TITLE, SEED_TITLE]) {
    const article = page.getByRole("article", { name: title });
    for (const section of SECTIONS) {
      // Seen as before: the heading alone. Heard with the vacancy's title after it.
      await expect(article.getByRole("heading", { name: section, exact: true })).toBeVisible();
      await expect(
        article.getByRole("region", { name: `${section} ${title}`, exact: true }),
      ).toBeVisible();
    }
  }
  expect(await axeViolations(page)).toEqual([]);

  // A vacancy's own page has one of each, named by its heading alone.
  await page.goto(`${site.address}vacancies/${ID}/`);
  for (const section of SECTIONS) {
    await expect(page.getByRole("region", { name: section, exact: true })).toBeVisible();
  }
});

test("an MDX vacancy's table aligns its columns as written, within the page's policy", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`${site.address}vacancies/${ALIGNED_ID}/`);
  const align = (name: string) =>
    page.getByRole("cell", { name }).evaluate((cell) => getComputedStyle(cell).textAlign);
  expect(await align("First")).toBe("center");
  expect(await align("£21,000")).toBe("right");
  expect(violations).toEqual([]);
});
