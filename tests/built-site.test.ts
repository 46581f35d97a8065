import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { strayMarkup } from "../src/checks/html-structure";
import { fixtureBuild, readBuilt } from "./support/built";
import { FIXTURE } from "./support/fixture-site";

const dphilDeadline = (html: string) =>
  /<time datetime="2025-12-02T12:00:00Z"[^>]*data-deadline-status="([^"]+)"/.exec(html)?.[1];

describe(`the fixture site, built at SITE_NOW on a machine in ${FIXTURE.machineZone}`, () => {
  it("builds", () => {
    const build = fixtureBuild();
    expect(build.ok, build.output.slice(-3000)).toBe(true);
  });

  it("prints no warning", () => {
    expect(fixtureBuild().output).not.toMatch(/\[WARN\]/);
  });

  it("writes every date and time in the deadline's own zone, never the machine's", async () => {
    const page = await readBuilt("vacancies/phd-medical-image-analysis/index.html");
    expect(page).toMatch(
      /<time datetime="2025-12-02T12:00:00Z"[^>]*>\s*12:00 midday UK time on Tuesday 2 December 2025\s*<\/time>/,
    );
    expect(page).toMatch(/<time datetime="2025-09-15">15 September 2025<\/time>/);
  });

  it("shows the DPhil deadline as closing soon a week before it", async () => {
    const list = await readBuilt("vacancies/index.html");
    expect(dphilDeadline(list)).toBe("closing-soon");
    expect(list).toContain('<h2 id="open-positions">Open positions</h2>');
  });

  it("writes nothing after </body> or </html> on any page", { timeout: 60_000 }, async () => {
    const dist = path.join(fixtureBuild().dir, "dist");
    const pages = (await readdir(dist, { recursive: true })).filter((file) =>
      file.endsWith(".html"),
    );
    expect(pages).toContain(path.join("vacancies", "search", "index.html"));
    const stray: string[] = [];
    for (const page of pages) {
      const found = strayMarkup(await readFile(path.join(dist, page), "utf8"));
      stray.push(...found.map(({ where, found: text }) => `${page} ${where}: ${text}`));
    }
    expect(stray).toEqual([]);
  });

  it("keeps a closed vacancy's own page, marked closed", async () => {
    const closedIds = (await readBuilt("vacancies/past/index.html")).matchAll(
      /<h2><a href="\/lab\/vacancies\/([^/]+)\/">/g,
    );
    const [first] = [...closedIds].map((match) => match[1]!);
    expect(first).toBeDefined();
    const page = await readBuilt(`vacancies/${first}/index.html`);
    expect(page).toMatch(/class="status-badge"[^>]*data-deadline-status="closed"/);
    // Closed when built, it keeps no blank room for the visitor's time of a past deadline.
    const banner = /<div class="status-closed closed-banner"[\s\S]*?<\/div>/.exec(page)?.[0];
    expect(banner).toContain("Applications closed on");
    expect(banner).not.toContain("data-local-time");
  });
});

describe("the editor at /admin/", () => {
  const dist = () => path.join(fixtureBuild().dir, "dist");

  it("is a page apart: no public page links to it or loads its code", async () => {
    const files = await readdir(dist(), { recursive: true });
    const publicPages = files.filter((file) => file.endsWith(".html") && !file.startsWith("admin"));
    expect(publicPages.length).toBeGreaterThan(5);
    for (const page of publicPages) {
      const html = await readFile(path.join(dist(), page), "utf8");
      expect(html, page).not.toContain("/admin/");
      expect(html, page).not.toMatch(/sveltia/i);
    }
    const assets = files.filter((file) => file.startsWith("_astro") && /\.(js|css)$/.test(file));
    for (const asset of assets) {
      expect(await readFile(path.join(dist(), asset), "utf8"), asset).not.toMatch(/sveltia/i);
    }
  });

  it("is kept out of search engines, the sitemap and the feed, and works under the base", async () => {
    const page = await readBuilt("admin/index.html");
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'/);
    expect(page).toContain(`src="${FIXTURE.base}admin/editor.js"`);
    expect(page).toContain(`href="${FIXTURE.base}admin/config.yml"`);
    for (const file of ["sitemap-0.xml", "rss.xml"]) {
      expect(await readBuilt(file), file).not.toContain("/admin/");
    }
    // Its fonts come from the site, under the base, not from a CDN.
    const script = await readBuilt("admin/editor.js");
    expect(script).not.toContain("cdn.jsdelivr.net");
    expect(script).toContain(`src:url(${FIXTURE.base}admin/assets/`);
  });
});

describe("editor support", () => {
  it("generates the JSON Schema .vscode/settings.json names for each YAML collection, which no entry needs a comment for", async () => {
    const copy = fixtureBuild().dir;
    const root = path.resolve(import.meta.dirname, "..");
    const settings = JSON.parse(
      await readFile(path.join(root, ".vscode/settings.json"), "utf8"),
    ) as {
      "yaml.schemas": Record<string, string>;
    };
    const mappings = Object.entries(settings["yaml.schemas"]);
    const referenced = new Set(mappings.map(([schema]) => path.join(copy, schema)));
    for (const collection of ["programs", "scholarships", "profile"]) {
      // The browser editor drops comments when it saves, so the mapping lives in the settings.
      expect(mappings.map(([, files]) => files)).toContain(`src/content/${collection}/*.yaml`);
      const dir = path.join(root, "src/content", collection);
      for (const file of (await readdir(dir)).filter((name) => name.endsWith(".yaml"))) {
        expect(await readFile(path.join(dir, file), "utf8"), `${collection}/${file}`).not.toMatch(
          /yaml-language-server/,
        );
      }
    }
    for (const schemaFile of referenced) {
      const schema = JSON.parse(await readFile(schemaFile, "utf8")) as {
        additionalProperties?: boolean;
        properties?: Record<string, { description?: string }>;
      };
      expect(schema.additionalProperties, schemaFile).toBe(false);
      expect(Object.keys(schema.properties ?? {}).length, schemaFile).toBeGreaterThan(3);
      // The schemas' field descriptions reach the editor.
      expect(schema.properties?.["name"]?.description, schemaFile).toMatch(/\S/);
    }
    expect(referenced.size).toBe(3);
  });
});
