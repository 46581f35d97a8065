import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARCHIVE_PAGE_SIZE, RECENT_PAST_ON_LIST } from "../src/consts";
import { generateSite } from "../support/generated-vacancies";
import { buildCopy, removeCopy, type BuildResult } from "./support/build";

const NOW = new Date("2025-11-25T10:00:00Z");
const COUNT = 240;
let build: BuildResult;
let generated: ReturnType<typeof generateSite>;

beforeAll(async () => {
  const scholarshipIds = (await readdir("src/content/scholarships")).map((file) =>
    file.replace(/\.yaml$/, ""),
  );
  generated = generateSite({ count: COUNT, seed: 14, now: NOW, scholarshipIds });
  build = await buildCopy(Object.fromEntries(generated.files), { SITE_NOW: NOW.toISOString() });
}, 300_000);

afterAll(async () => {
  if (build) await removeCopy(build);
});

const dist = (...parts: string[]) => path.join(build.dir, "dist", ...parts);

describe(`a site with ${COUNT} generated vacancies`, () => {
  it("builds a page for every vacancy", async () => {
    expect(build.ok, build.output.slice(-2000)).toBe(true);
    const ids = generated.vacancyFiles.map((file) => path.basename(file, ".mdx"));
    expect(ids.length).toBeGreaterThanOrEqual(COUNT);
    const missing = ids.filter((id) => !existsSync(dist("vacancies", id, "index.html")));
    expect(missing).toEqual([]);
  });

  it("keeps /vacancies/ under 300 KB", async () => {
    const { size } = await stat(dist("vacancies/index.html"));
    expect(size).toBeLessThan(300 * 1024);
  });

  it("pages through every past position, with previous and next links", async () => {
    const past = generated.closed;
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
        expect(html).toContain(`href="/vacancies/past/${number + 1}/" rel="next"`);
      }
      for (const match of html.matchAll(/<h2><a href="\/vacancies\/([^/]+)\/">/g)) {
        linked.add(match[1]!);
      }
    }
    expect(existsSync(dist(`vacancies/past/${pages + 1}/index.html`))).toBe(false);
    expect(linked.size).toBe(past);
  });

  it("passes html-validate on its lists, archives and a sample of vacancy pages", async () => {
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
  });
});
