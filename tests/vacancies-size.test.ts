import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { Faker, base, en } from "@faker-js/faker";
import { afterAll, describe, expect, it } from "vitest";
import { FULL_DETAILS_MAX, OPEN_ON_LIST_MAX } from "../src/consts";
import { showsOpenInFull } from "../src/lib/publishing/vacancy-list";
import { buildCopy, removeCopy, type BuildResult } from "./support/build";

/** The budget of /vacancies/ in docs/performance.md: 50 KB once compressed. */
const BUDGET = 50 * 1024;
const SEED = "src/content/vacancies/phd-medical-image-analysis.mdx";
const ROOT = path.resolve(import.meta.dirname, "..");

/**
 * The site with open vacancies in place of the seed's, each like the seed but with an advert of
 * about `lengths[i]` characters of generated prose, open well past the build's now.
 */
async function openVacancies(lengths: readonly number[]) {
  const count = lengths.length;
  const seed = await readFile(path.join(ROOT, SEED), "utf8");
  const frontMatter = seed.slice(0, seed.indexOf("\n---\n", 4));
  const faker = new Faker({ locale: [en, base], seed: count });
  const files: Record<string, string | null> = { [SEED]: null };
  for (let index = 1; index <= count; index++) {
    const paragraphs: string[] = [];
    while (paragraphs.join("\n\n").length < lengths[index - 1]!) {
      paragraphs.push(faker.lorem.paragraph({ min: 5, max: 10 }));
    }
    files[`src/content/vacancies/open-${index}.md`] = [
      frontMatter
        .replace(/^title: .*$/m, `title: PhD studentship number ${index}`)
        .replace(
          /^programs:\n/m,
          'closes:\n  localDateTime: "2026-06-30T17:00"\n  timeZone: Europe/London\nprograms:\n',
        ),
      "---",
      "",
      paragraphs.join("\n\n"),
      "",
    ].join("\n");
  }
  return files;
}

const builds: BuildResult[] = [];
afterAll(() => Promise.all(builds.map(removeCopy)));

/** /vacancies/ of a build of the site with `files`, at the e2e tests' now. */
async function vacanciesPage(files: Record<string, string | null>): Promise<string> {
  const build = await buildCopy(files, { SITE_NOW: "2025-11-25T10:00:00Z" });
  builds.push(build);
  expect(build.ok, build.output.slice(-3000)).toBe(true);
  return readFile(path.join(build.dir, "dist/vacancies/index.html"), "utf8");
}

describe("the size of /vacancies/", () => {
  it("shows one or two short adverts in full, as the seed page does, and long or many as summaries", () => {
    const short = "x".repeat(3_000);
    expect(showsOpenInFull([short], FULL_DETAILS_MAX)).toBe(true);
    expect(showsOpenInFull([short, short], FULL_DETAILS_MAX)).toBe(true);
    expect(showsOpenInFull(["x".repeat(60_000), short], FULL_DETAILS_MAX)).toBe(false);
    expect(showsOpenInFull(Array(40).fill(short), FULL_DETAILS_MAX)).toBe(false);
  });

  // The worst case for the page: as many open positions as it lists (OPEN_ON_LIST_MAX; the rest
  // are on /vacancies/open/), two of them with the longest adverts. In summaries, an advert's
  // length no longer counts; the list's length does.
  const lengths = [60_000, 60_000, ...Array<number>(OPEN_ON_LIST_MAX).fill(1_000)];
  it(
    `stays within 50 KB compressed with ${lengths.length} open vacancies, two of them of 60,000 characters`,
    { timeout: 600_000 },
    async () => {
      const page = await vacanciesPage(await openVacancies(lengths));
      const listed = [...page.matchAll(/href="\/vacancies\/open-(\d+)\/"/g)].map((m) => m[1]);
      expect(new Set(listed).size).toBe(OPEN_ON_LIST_MAX);
      expect(gzipSync(page).length).toBeLessThanOrEqual(BUDGET);
    },
  );
});
