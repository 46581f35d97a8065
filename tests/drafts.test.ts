import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeCopy } from "./support/build";
import { startDevServer } from "./support/dev-server";
import { builtPath, fixtureBuild, readBuilt } from "./support/built";
import { FIXTURE, fixtureFiles } from "./support/fixture-site";

const NOW = { SITE_NOW: FIXTURE.now.toISOString() };

/** Waits, up to 50 s, until `done` holds: the development server reloads files as they change. */
async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 100 && !(await done()); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

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
      const server = await startDevServer(dir, { env: NOW });
      try {
        let html = "";
        await until(async () => {
          html = await fetch(`${server.address}vacancies/draft-position/`).then(
            (response) => response.text(),
            () => "",
          );
          return html.includes("Draft position");
        });
        expect(html).toContain("Draft position in cardiac imaging");
        expect(html).toMatch(/class="draft-banner"[^>]*>\s*Draft:/);
        expect(server.log()).toContain("src/content/vacancies/broken-draft.md has 1 problem:");
        expect(server.log()).toContain("These entries are left out until they are fixed.");
      } finally {
        await server.stop();
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
      const server = await startDevServer(dir, { env: NOW });
      const status = (page: string) =>
        fetch(`${server.address}${page.slice(1)}`).then(
          (response) => response.status,
          () => 0,
        );
      try {
        await until(async () => (await status("/vacancies/")) === 200);
        expect(await status("/vacancies/")).toBe(200);
        expect(server.log()).toContain(`${folder}/Bad_Name.md has 1 problem:`);
        expect(server.log()).toMatch(
          /phd-medical-image-analysis\.mdx? has 1 problem:\n {2}- \(the file name\): gives the id "phd-medical-image-analysis"/,
        );
        expect(await status("/vacancies/Bad_Name/")).toBe(404);
        expect(await status("/vacancies/broken-position/")).toBe(404);
        // The first of the two files with that id has the page, and the other does not replace
        // it; edits to it are taken.
        const twin = path.join(dir, folder, "phd-medical-image-analysis.md");
        const page = () =>
          fetch(`${server.address}vacancies/phd-medical-image-analysis/`).then((r) => r.text());
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
            server.log().includes(`${folder}/search.md has 1 problem:`) &&
            server.log().includes(`${folder}/sub/x.md has 1 problem:`),
        );
        expect(server.log()).toContain(
          `${folder}/search.md has 1 problem:\n  - (the file name): "search" is taken`,
        );
        expect(server.log()).toContain(
          `${folder}/sub/x.md has 1 problem:\n  - (the file): is in a subfolder`,
        );
        // The search page is still the search page.
        const search = await fetch(`${server.address}vacancies/search/`).then((r) => r.text());
        expect(search).not.toContain("A vacancy in plain Markdown</h1>");
      } finally {
        await server.stop();
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
