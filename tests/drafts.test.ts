import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  astroEnvironment,
  buildCopy,
  makeCopy,
  removeCopy,
  type BuildResult,
} from "./support/build";

const ROOT = path.resolve(import.meta.dirname, "..");
const NOW = { SITE_NOW: "2025-11-25T10:00:00Z" };
const VACANCY = "src/content/vacancies/draft-position.mdx";
const PROGRAM = "src/content/programs/draft-programme.yaml";
const PLAIN = "src/content/vacancies/plain-markdown.md";

async function draftFiles(draft: boolean): Promise<Record<string, string>> {
  const vacancy = await readFile(
    path.join(ROOT, "src/content/vacancies/phd-medical-image-analysis.mdx"),
    "utf8",
  );
  return {
    [VACANCY]: vacancy
      .replace(/^title: .*$/m, "title: Draft position in cardiac imaging")
      .replace("---\n\n", `draft: ${draft}\n---\n\n`)
      .replace(
        /^programs:\n/m,
        'closes:\n  localDateTime: "2026-01-30T17:00"\n  timeZone: Europe/London\nprograms:\n',
      ),
    [PROGRAM]: [
      "name: Draft programme",
      "url: https://example.org/draft-programme",
      "kind: other",
      "provider: Example University",
      "description: A programme not yet announced.",
      "deadlines:",
      '  - localDateTime: "2026-02-27T12:00"',
      "    timeZone: Europe/London",
      `draft: ${draft}`,
    ].join("\n"),
  };
}

let drafted: BuildResult;
let published: BuildResult;

beforeAll(async () => {
  const plain = (await draftFiles(false))[VACANCY]!.replace(
    /^title: .*$/m,
    "title: A vacancy in plain Markdown",
  );
  [drafted, published] = await Promise.all([
    buildCopy(await draftFiles(true), NOW),
    buildCopy({ ...(await draftFiles(false)), [PLAIN]: plain }, NOW),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([drafted, published].filter(Boolean).map(removeCopy));
});

const read = (result: BuildResult, file: string) =>
  readFile(path.join(result.dir, "dist", file), "utf8");

describe("a draft vacancy and a draft programme", () => {
  it("are left out of the production build, the sitemap, the feed and the calendar", async () => {
    expect(drafted.ok, drafted.output).toBe(true);
    expect(existsSync(path.join(drafted.dir, "dist/vacancies/draft-position"))).toBe(false);
    for (const file of ["sitemap-0.xml", "rss.xml", "deadlines.ics", "vacancies/index.html"]) {
      const text = await read(drafted, file);
      expect(text, file).not.toContain("draft-position");
      expect(text, file).not.toContain("Draft position");
      expect(text, file).not.toContain("Draft programme");
    }
  });

  it("are published, with a page each, once draft is false", async () => {
    expect(published.ok, published.output).toBe(true);
    const page = await read(published, "vacancies/draft-position/index.html");
    expect(page).toContain("Draft position in cardiac imaging");
    expect(page).not.toContain(`class="draft-banner"`);
    expect(await read(published, "sitemap-0.xml")).toContain("/vacancies/draft-position/");
    expect(await read(published, "rss.xml")).toContain("Draft position in cardiac imaging");
    const calendar = await read(published, "deadlines.ics");
    expect(calendar).toContain("UID:draft-position-20260130t1700@");
    expect(calendar).toContain("UID:draft-programme-20260227t1200@");
  });

  it("builds a vacancy written as plain Markdown, body included", async () => {
    const page = await read(published, "vacancies/plain-markdown/index.html");
    expect(page).toContain("A vacancy in plain Markdown");
    expect(page).toContain("Feel free to get in touch if you are interested!");
  });
});

describe("the development server", () => {
  it("shows a draft with a Draft banner", { timeout: 120_000 }, async () => {
    const dir = await makeCopy(await draftFiles(true));
    const port = 4600 + Math.floor(Math.random() * 300);
    const server = spawn(
      process.execPath,
      [
        path.join(dir, "node_modules/astro/bin/astro.mjs"),
        "dev",
        "--port",
        String(port),
        "--host",
        "127.0.0.1",
      ],
      { cwd: dir, env: { ...astroEnvironment(), ...NOW }, stdio: "ignore" },
    );
    try {
      let html = "";
      for (let attempt = 0; attempt < 100 && !html.includes("Draft position"); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        html = await fetch(`http://127.0.0.1:${port}/vacancies/draft-position/`)
          .then((response) => response.text())
          .catch(() => "");
      }
      expect(html).toContain("Draft position in cardiac imaging");
      expect(html).toMatch(/class="draft-banner"[^>]*>\s*Draft:/);
    } finally {
      server.kill();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
