import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtPath, fixtureBuild } from "./support/built";
import { FIXTURE } from "./support/fixture-site";

const SITE = FIXTURE.site;

interface Page {
  file: string;
  html: string;
  ids: Set<string>;
}

async function readPages(dist: string): Promise<Map<string, Page>> {
  const files = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith(".html"));
  const pages = new Map<string, Page>();
  for (const file of files) {
    const html = await readFile(path.join(dist, file), "utf8");
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
    pages.set(file, { file, html, ids });
  }
  return pages;
}

/** Every URL a page points at: href, src, srcset candidates and content of URL-valued metas. */
function urlsIn(html: string): string[] {
  const attributes = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]!);
  const srcsets = [...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((match) =>
    match[1]!.split(",").map((candidate) => candidate.trim().split(/\s+/)[0]!),
  );
  const metas = [...html.matchAll(/<meta[^>]+content="(https?:[^"]+)"/g)].map((match) => match[1]!);
  return [...attributes, ...srcsets, ...metas];
}

/** The file in dist/ a site path serves, or undefined when the base is wrong. */
function fileFor(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const inside = decodeURIComponent(pathname.slice(base.length));
  return inside === "" || inside.endsWith("/") ? `${inside}index.html` : inside;
}

{
  const base = FIXTURE.base;
  describe(`the site built with --base ${base}`, () => {
    it("has no broken internal link, asset or #fragment", async () => {
      expect(fixtureBuild().ok).toBe(true);
      const dist = builtPath();
      const pages = await readPages(dist);
      expect(pages.size).toBeGreaterThan(3);
      const broken: string[] = [];
      let checked = 0;
      for (const page of pages.values()) {
        const pageUrl = new URL(`${base}${page.file.replace(/index\.html$/, "")}`, SITE);
        for (const raw of urlsIn(page.html)) {
          const url = new URL(raw, pageUrl);
          if (url.origin !== SITE) continue;
          checked++;
          const file = fileFor(url.pathname, base);
          if (!file || !existsSync(path.join(dist, file))) {
            broken.push(`${page.file}: ${raw}`);
            continue;
          }
          const fragment = decodeURIComponent(url.hash.slice(1));
          if (fragment && !pages.get(file)?.ids.has(fragment)) {
            broken.push(`${page.file}: ${raw} (no id "${fragment}")`);
          }
        }
      }
      expect(checked).toBeGreaterThan(20);
      expect(broken).toEqual([]);
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
