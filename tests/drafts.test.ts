import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { astroEnvironment, makeCopy } from "./support/build";
import { builtPath, fixtureBuild, readBuilt } from "./support/built";
import { FIXTURE, fixtureFiles } from "./support/fixture-site";

const NOW = { SITE_NOW: FIXTURE.now.toISOString() };

describe("a draft vacancy and a draft programme in the fixture site", () => {
  it("are left out of the production build, the sitemap, the feed and the calendar", async () => {
    expect(fixtureBuild().ok).toBe(true);
    expect(existsSync(builtPath("vacancies/draft-position"))).toBe(false);
    for (const file of ["sitemap-0.xml", "rss.xml", "deadlines.ics", "vacancies/index.html"]) {
      const text = await readBuilt(file);
      expect(text, file).not.toContain("draft-position");
      expect(text, file).not.toContain("Draft position");
      expect(text, file).not.toContain("Draft programme");
    }
  });

  it("sit beside a published vacancy of the same form, which has its page, feed item and calendar event", async () => {
    const page = await readBuilt("vacancies/plain-markdown/index.html");
    expect(page).toContain("A vacancy in plain Markdown");
    expect(page).not.toContain(`class="draft-banner"`);
    expect(await readBuilt("sitemap-0.xml")).toContain("/lab/vacancies/plain-markdown/");
    expect(await readBuilt("rss.xml")).toContain("A vacancy in plain Markdown");
    expect(await readBuilt("deadlines.ics")).toContain("UID:plain-markdown-20260130t1700@");
  });

  it("builds a vacancy written as plain Markdown, body included", async () => {
    const page = await readBuilt("vacancies/plain-markdown/index.html");
    expect(page).toContain("Feel free to get in touch if you are interested!");
  });
});

describe("the development server", () => {
  it(
    "shows a draft with a Draft banner, and starts despite a broken entry, saying which",
    { timeout: 120_000 },
    async () => {
      const { files } = await fixtureFiles();
      const dir = await makeCopy({
        [FIXTURE.draftVacancy]: files[FIXTURE.draftVacancy]!,
        [FIXTURE.draftProgramme]: files[FIXTURE.draftProgramme]!,
        "src/content/vacancies/broken-draft.md":
          "---\ndraft: true\ntitle: PhD: broken\n---\nText.\n",
      });
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
        { cwd: dir, env: { ...astroEnvironment(), ...NOW }, stdio: ["ignore", "pipe", "pipe"] },
      );
      let log = "";
      server.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
      server.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
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
        expect(log).toContain("src/content/vacancies/broken-draft.md has 1 problem:");
        expect(log).toContain("These entries are left out until they are fixed.");
      } finally {
        server.kill();
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  it(
    "starts despite misnamed files, leaves them out, and says so of one added while it runs",
    { timeout: 120_000 },
    async () => {
      const { files } = await fixtureFiles();
      const vacancy = files[FIXTURE.plainVacancy]!;
      const folder = "src/content/vacancies";
      const dir = await makeCopy({
        [`${folder}/Bad_Name.md`]: vacancy,
        // The committed vacancy is phd-medical-image-analysis.mdx: this repeats its id.
        [`${folder}/phd-medical-image-analysis.md`]: vacancy,
        [`${folder}/broken-position.md`]: vacancy.replace(/^title: .*$/m, "title: PhD: broken"),
      });
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
        { cwd: dir, env: { ...astroEnvironment(), ...NOW }, stdio: ["ignore", "pipe", "pipe"] },
      );
      let log = "";
      server.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
      server.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
      const status = (page: string) =>
        fetch(`http://127.0.0.1:${port}${page}`).then(
          (response) => response.status,
          () => 0,
        );
      const until = async (done: () => boolean | Promise<boolean>) => {
        for (let attempt = 0; attempt < 100 && !(await done()); attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      };
      try {
        await until(async () => (await status("/vacancies/")) === 200);
        expect(await status("/vacancies/")).toBe(200);
        expect(log).toContain(`${folder}/Bad_Name.md has 1 problem:`);
        expect(log).toMatch(
          /phd-medical-image-analysis\.mdx? has 1 problem:\n {2}- \(the file name\): gives the id "phd-medical-image-analysis"/,
        );
        expect(await status("/vacancies/Bad_Name/")).toBe(404);
        expect(await status("/vacancies/broken-position/")).toBe(404);
        // The first of the two files with that id has the page, and the other does not replace
        // it; edits to it are taken.
        const twin = path.join(dir, folder, "phd-medical-image-analysis.md");
        const page = () =>
          fetch(`http://127.0.0.1:${port}/vacancies/phd-medical-image-analysis/`).then((r) =>
            r.text(),
          );
        expect(await page()).toContain("A vacancy in plain Markdown");
        await writeFile(twin, vacancy.replace(/^title: .*$/m, "title: The edited twin"));
        await until(async () => (await page()).includes("The edited twin"));
        expect(await page()).toContain("The edited twin");
        // An entry fixed while the server runs is published at its own address.
        await writeFile(path.join(dir, folder, "broken-position.md"), vacancy);
        await until(async () => (await status("/vacancies/broken-position/")) === 200);
        expect(await status("/vacancies/broken-position/")).toBe(200);

        await writeFile(path.join(dir, folder, "search.md"), vacancy);
        await mkdir(path.join(dir, folder, "sub"));
        await writeFile(path.join(dir, folder, "sub/x.md"), vacancy);
        await until(
          () =>
            log.includes(`${folder}/search.md has 1 problem:`) &&
            log.includes(`${folder}/sub/x.md has 1 problem:`),
        );
        expect(log).toContain(
          `${folder}/search.md has 1 problem:\n  - (the file name): "search" is taken`,
        );
        expect(log).toContain(
          `${folder}/sub/x.md has 1 problem:\n  - (the file): is in a subfolder`,
        );
        // The search page is still the search page.
        const search = await fetch(`http://127.0.0.1:${port}/vacancies/search/`).then((r) =>
          r.text(),
        );
        expect(search).not.toContain("A vacancy in plain Markdown</h1>");
      } finally {
        server.kill();
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
