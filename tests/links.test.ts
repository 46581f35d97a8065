import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addressesIn, brokenLinks, fileFor } from "../src/checks/internal-links";
import { builtPath, fixtureBuild } from "./support/built";
import { FIXTURE } from "./support/fixture-site";

const SITE = FIXTURE.site;

{
  const base = FIXTURE.base;
  describe(`the site built with --base ${base}`, () => {
    it("has no broken internal link, asset or #fragment", async () => {
      expect(fixtureBuild().ok).toBe(true);
      const dist = builtPath();
      const files = (await readdir(dist, { recursive: true })).filter((file) =>
        file.endsWith(".html"),
      );
      const pages = await Promise.all(
        files.map(async (file) => ({ file, html: await readFile(path.join(dist, file), "utf8") })),
      );
      expect(pages.length).toBeGreaterThan(3);
      // The pages link within the site, and to pictures and feeds, many times over.
      const internal = pages.flatMap((page) =>
        addressesIn(page.html).filter((address) => !/^(https?:|mailto:|data:)/.test(address)),
      );
      expect(internal.length).toBeGreaterThan(20);
      const broken = brokenLinks(pages, {
        site: SITE,
        base,
        exists: (file) => existsSync(path.join(dist, file)),
      });
      expect(broken).toEqual([]);
      // The link check leaves the host's other sites alone; this site's own links all carry the base.
      const outsideBase = pages.flatMap(({ file, html }) =>
        addressesIn(html)
          .map((address) => new URL(address, new URL(`${base}${file}`, SITE)))
          .filter((url) => url.origin === SITE && fileFor(url.pathname, base) === undefined)
          .map((url) => `${file}: ${url.href}`),
      );
      expect(outsideBase).toEqual([]);
    });

    it.each([FIXTURE.plainVacancy, FIXTURE.mdxVacancy])(
      "puts the base in front of the site paths in the Markdown of %s, and only those",
      async (file) => {
        const id = path.basename(file, path.extname(file));
        const page = await readFile(builtPath(`vacancies/${id}/index.html`), "utf8");
        const link = (text: string) => new RegExp(`<a href="[^"]*">${text}</a>`).exec(page)?.[0];
        expect(link("all vacancies")).toBe(`<a href="${base}vacancies/">all vacancies</a>`);
        expect(link("past positions")).toBe(`<a href="${base}vacancies/past/">past positions</a>`);
        expect(/<img src="([^"]*)"[^>]*alt="the group[^"]*icon"/.exec(page)?.[1]).toBe(
          `${base}favicon-32x32.png`,
        );
        expect(link("this page")).toBe('<a href="./">this page</a>');
        expect(link("the list")).toBe('<a href="../">the list</a>');
        expect(link("how to apply")).toBe(`<a href="#${id}-how-to-apply">how to apply</a>`);
      },
    );

    it("lists only addresses under the base in the sitemap, feed and calendar", async () => {
      const dist = builtPath();
      for (const file of ["sitemap-0.xml", "rss.xml", "deadlines.ics", "robots.txt"]) {
        const text = (await readFile(path.join(dist, file), "utf8")).replace(/\r\n /g, "");
        const urls = [...text.matchAll(/https?:\/\/[^\s<"]+/g)]
          .map((match) => match[0])
          .filter((url) => url.startsWith(SITE));
        expect(urls.length, file).toBeGreaterThan(0);
        for (const url of urls) {
          const target = fileFor(new URL(url).pathname, base);
          expect(target && existsSync(path.join(dist, target)), `${file}: ${url}`).toBe(true);
        }
      }
    });
  });
}
