import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
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
});
