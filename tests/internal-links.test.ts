import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  brokenLinkMessage,
  brokenLinks,
  fileFor,
  type BuiltPage,
} from "../src/checks/internal-links";
import { validateLinks } from "../tools/helpers/validate-links";

const SITE = "https://group.example.org";
const BASE = "/lab/";

/** A page of a site built under /lab/, with the given body. */
const page = (file: string, body: string): BuiltPage => ({
  file,
  html: `<html><head><link rel="canonical" href="${SITE}${BASE}${file.replace(/index\.html$/, "")}"></head><body>${body}</body></html>`,
});

const SITE_PAGES = [
  page("index.html", '<a href="/lab/vacancies/">Vacancies</a><img src="/lab/favicon.png">'),
  page(
    "vacancies/index.html",
    '<h2 id="open">Open</h2><a href="#open">Open</a><a href="phd-in-mri/">MRI</a><a href="/lab/vacancies/phd-old/">Old</a>',
  ),
  page(
    "vacancies/phd-in-mri/index.html",
    '<h1 id="top">MRI</h1><a href="/lab/vacancies/phd-old/">Old</a><a href="#apply">Apply</a><a href="../">All</a><a href="https://www.ox.ac.uk/">Oxford</a><a href="/vacancies/">No base</a>',
  ),
];
const FILES = new Set(["favicon.png", ...SITE_PAGES.map((built) => built.file)]);
const exists = (file: string) => FILES.has(file);

describe("brokenLinks", () => {
  const broken = brokenLinks(SITE_PAGES, { site: SITE, base: BASE, exists });

  it("finds a page that is not there, once, with every page that links to it", () => {
    expect(broken).toContainEqual({
      address: "/lab/vacancies/phd-old/",
      problem: "names no page or file of the site",
      pages: ["vacancies/index.html", "vacancies/phd-in-mri/index.html"],
    });
  });

  it("finds a #fragment that names no element of its page", () => {
    expect(broken).toContainEqual({
      address: "#apply",
      problem: 'names no part of that page (no element has the id "apply")',
      pages: ["vacancies/phd-in-mri/index.html"],
    });
  });

  it("takes relative links, pictures, fragments that are there and other sites as they are, those on its host outside its base too", () => {
    // "/vacancies/" is outside /lab/: on a GitHub project page, the owner's other pages are there.
    expect(broken.map((link) => link.address).sort()).toEqual([
      "#apply",
      "/lab/vacancies/phd-old/",
    ]);
  });

  it("finds nothing in a site whose links all lead somewhere", () => {
    const whole = SITE_PAGES.slice(0, 1);
    expect(
      brokenLinks(whole, {
        site: SITE,
        base: BASE,
        exists: (file) => FILES.has(file) || file === "vacancies/index.html",
      }),
    ).toEqual([]);
  });
});

describe("fileFor", () => {
  it("gives the file a path serves under the base, and nothing outside it", () => {
    expect(fileFor("/lab/vacancies/", BASE)).toBe("vacancies/index.html");
    expect(fileFor("/lab/rss.xml", BASE)).toBe("rss.xml");
    expect(fileFor("/lab/", "/lab")).toBe("index.html");
    expect(fileFor("/other/", BASE)).toBe(undefined);
  });
});

describe("brokenLinkMessage", () => {
  const entry = [
    "---",
    "title: PhD in MRI",
    "---",
    "",
    "An older [position](/vacancies/phd-old/) is filled.",
  ].join("\n");
  const read = (file: string) =>
    file === "src/content/vacancies/phd-in-mri.md" ? entry : undefined;

  it("names a vacancy's file and the line of its text that writes the link, as written", () => {
    const link = {
      address: "/lab/vacancies/phd-old/",
      problem: "names no page or file of the site",
      pages: ["vacancies/index.html", "vacancies/phd-in-mri/index.html"],
    };
    expect(brokenLinkMessage(link, BASE, read)).toMatchInlineSnapshot(`
      "src/content/vacancies/phd-in-mri.md has 1 problem:
        - line 5, in the text after the front matter: links to "/vacancies/phd-old/", which names no page or file of the site. Correct the link, or remove it."
    `);
  });

  it("names the page when the link is the site's own", () => {
    const link = {
      address: "/lab/about/",
      problem: "names no page or file of the site",
      pages: ["index.html", "404.html"],
    };
    expect(brokenLinkMessage(link, BASE, read)).toMatchInlineSnapshot(
      `"index.html links to "/lab/about/", which names no page or file of the site (so do 1 other page). The link is the site's own: correct it in src/."`,
    );
  });
});

describe("validateLinks (npm run validate:html)", () => {
  it("fails on a built site with a link that leads nowhere, reading its base from the home page, and passes once it is fixed", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "links-"));
    try {
      const write = async ({ file, html }: BuiltPage) => {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), html);
      };
      await Promise.all([...SITE_PAGES, page("favicon.png", "")].map(write));
      const printed: string[] = [];
      const say = {
        log: (text: string) => printed.push(text),
        error: (text: string) => printed.push(text),
      };
      expect(await validateLinks(dir, dir, say)).toBe(1);
      expect(printed.join("\n")).toContain(
        'vacancies/index.html links to "/lab/vacancies/phd-old/"',
      );
      expect(printed.join("\n")).toContain("2 link(s) within the site lead nowhere.");

      await Promise.all([
        write(page("index.html", '<a href="/lab/vacancies/">Vacancies</a>')),
        write(page("vacancies/index.html", '<a href="phd-in-mri/">MRI</a>')),
        write(page("vacancies/phd-in-mri/index.html", '<a href="../">All</a>')),
      ]);
      printed.length = 0;
      expect(await validateLinks(dir, dir, say)).toBe(0);
      expect(printed).toEqual(["3 pages: every link within the site leads somewhere."]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
