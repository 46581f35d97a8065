import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { ARCHIVE_PAGE_SIZE, RECENT_PAST_ON_LIST } from "../src/consts";
import { builtPath, fixtureBuild } from "./support/built";
import { FIXTURE } from "./support/fixture-site";

const COUNT = FIXTURE.generatedCount;
const BASE = FIXTURE.base;
const dist = builtPath;

describe(`a site with ${COUNT} generated vacancies`, () => {
  it("builds a page for every vacancy", async () => {
    const build = fixtureBuild();
    expect(build.ok, build.output.slice(-2000)).toBe(true);
    const ids = build.vacancyFiles.map((file) => path.basename(file, path.extname(file)));
    expect(ids.length).toBeGreaterThanOrEqual(COUNT);
    const missing = ids.filter((id) => !existsSync(dist("vacancies", id, "index.html")));
    expect(missing).toEqual([]);
  });

  it("keeps /vacancies/ under 300 KB", async () => {
    const { size } = await stat(dist("vacancies/index.html"));
    expect(size).toBeLessThan(300 * 1024);
  });

  it("pages through every past position, with previous and next links", async () => {
    const past = fixtureBuild().closed;
    expect(past).toBeGreaterThan(RECENT_PAST_ON_LIST + ARCHIVE_PAGE_SIZE);
    const list = await readFile(dist("vacancies/index.html"), "utf8");
    expect(list).toContain(`All ${past} past positions`);

    const pages = Math.ceil(past / ARCHIVE_PAGE_SIZE);
    const linked = new Set<string>();
    for (let number = 1; number <= pages; number++) {
      const file =
        number === 1 ? "vacancies/past/index.html" : `vacancies/past/${number}/index.html`;
      const html = await readFile(dist(file), "utf8");
      expect(html).toContain(`Page ${number} of ${pages}`);
      if (number > 1)
        expect(html).toMatch(/<a href="[^"]*\/vacancies\/past\/(\d+\/)?" rel="prev">/);
      if (number < pages) {
        expect(html).toContain(`href="${BASE}vacancies/past/${number + 1}/" rel="next"`);
      }
      for (const match of html.matchAll(/<h2><a href="\/lab\/vacancies\/([^/]+)\/">/g)) {
        linked.add(match[1]!);
      }
    }
    expect(existsSync(dist(`vacancies/past/${pages + 1}/index.html`))).toBe(false);
    expect(linked.size).toBe(past);
  });

  // Validating some fifty pages takes seconds on an idle machine and can take many more on a busy
  // one: a slow machine is not a failure.
  it(
    "passes html-validate on its lists, archives and a sample of vacancy pages",
    { timeout: 120_000 },
    async () => {
      // The e2e step validates every page of the real site; what only a large site has is the
      // paginated archives. Vacancy pages share one template, so a sample of them will do.
      const vacancyPage = /^vacancies\/vacancy-(\d+)\//;
      const pages = (await readdir(dist(), { recursive: true })).filter(
        (file) => file.endsWith(".html") && Number(vacancyPage.exec(file)?.[1] ?? 0) <= 20,
      );
      expect(pages).toContain("vacancies/past/2/index.html");
      // The copy carries the project's .htmlvalidate.json, which the loader finds from each file.
      const validator = new HtmlValidate(new FileSystemConfigLoader());
      const problems: string[] = [];
      for (const page of pages) {
        for (const { messages } of (await validator.validateFile(dist(page))).results) {
          for (const { line, column, ruleId, message } of messages) {
            problems.push(`${page}:${line}:${column} ${ruleId}: ${message}`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );
});
