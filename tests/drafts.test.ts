import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtPath, fixtureBuild, readBuilt } from "./support/built";

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
