import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCopy } from "./support/build";
import { startDevServer, type DevServer } from "./support/dev-server";
import { FIXTURE, fixtureFiles } from "./support/fixture-site";

// These start `npm run dev` on copies of the site; they build nothing, so they run beside the
// fixture build rather than after it.
const NOW = { SITE_NOW: FIXTURE.now.toISOString() };

/**
 * Writes `text` to `file` whole, as editors save: written beside the copy, then renamed into
 * place. Written in place, the server's watcher may read the file between its truncation and the
 * write, and see an empty entry.
 */
async function save(dir: string, file: string, text: string): Promise<void> {
  const aside = path.join(dir, `.saving-${path.basename(file)}`);
  await writeFile(aside, text);
  await rename(aside, path.join(dir, file));
}

/** Waits, up to 50 s, until `done` holds: the development server reloads files as they change. */
async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 100 && !(await done()); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

// One server for the file: its tests run in order, each going on from the state the last left.
describe("the development server", () => {
  const folder = "src/content/vacancies";
  let vacancy = "";
  let dir = "";
  let server: DevServer;
  const status = (page: string) =>
    fetch(`${server.address}${page}`).then(
      (response) => response.status,
      () => 0,
    );
  const text = (page: string) =>
    fetch(`${server.address}${page}`).then(
      (response) => response.text(),
      () => "",
    );

  beforeAll(async () => {
    const { files } = await fixtureFiles();
    vacancy = files[FIXTURE.plainVacancy]!;
    dir = await makeCopy({
      [FIXTURE.draftVacancy]: files[FIXTURE.draftVacancy]!,
      [FIXTURE.draftProgramme]: files[FIXTURE.draftProgramme]!,
      [`${folder}/broken-draft.md`]: "---\ndraft: true\ntitle: PhD: broken\n---\nText.\n",
      [`${folder}/Bad_Name.md`]: vacancy,
      // The committed vacancy is phd-medical-image-analysis.mdx: this repeats its id.
      [`${folder}/phd-medical-image-analysis.md`]: vacancy,
      [`${folder}/broken-position.md`]: vacancy.replace(/^title: .*$/m, "title: PhD: broken"),
    });
    server = await startDevServer(dir, { env: NOW });
    await until(async () => (await text("vacancies/draft-position/")).includes("Draft position"));
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("shows a draft with a Draft banner", async () => {
    const html = await text("vacancies/draft-position/");
    expect(html).toContain("Draft position in cardiac imaging");
    expect(html).toMatch(/class="draft-banner"[^>]*>\s*Draft:/);
  });

  it("starts despite broken, misnamed and repeated entry files, leaving them out and saying which", async () => {
    expect(server.log()).toContain(`${folder}/broken-draft.md has 1 problem:`);
    expect(server.log()).toContain(`${folder}/Bad_Name.md has 1 problem:`);
    expect(server.log()).toMatch(
      /phd-medical-image-analysis\.mdx? has 1 problem:\n {2}- \(the file name\): gives the id "phd-medical-image-analysis"/,
    );
    expect(server.log()).toContain("These entries are left out until they are fixed.");
    expect(await status("vacancies/Bad_Name/")).toBe(404);
    expect(await status("vacancies/broken-position/")).toBe(404);
  });

  it(
    "keeps the first of two files with one id, takes edits to it, and publishes an entry fixed while it runs",
    { timeout: 60_000 },
    async () => {
      const page = "vacancies/phd-medical-image-analysis/";
      expect(await text(page)).toContain("A vacancy in plain Markdown");
      const twin = `${folder}/phd-medical-image-analysis.md`;
      await save(dir, twin, vacancy.replace(/^title: .*$/m, "title: The edited twin"));
      await until(async () => (await text(page)).includes("The edited twin"));
      // On failure, what the server printed says what it made of the edit.
      expect(await text(page), server.log()).toContain("The edited twin");

      await save(dir, `${folder}/broken-position.md`, vacancy);
      await until(async () => (await status("vacancies/broken-position/")) === 200);
      expect(await status("vacancies/broken-position/"), server.log()).toBe(200);
    },
  );

  it("checks the name and place of a file added while it runs", { timeout: 60_000 }, async () => {
    await save(dir, `${folder}/search.md`, vacancy);
    await mkdir(path.join(dir, folder, "sub"));
    await save(dir, `${folder}/sub/x.md`, vacancy);
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
    expect(await text("vacancies/search/")).not.toContain("A vacancy in plain Markdown</h1>");
  });
});
