import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCopy, removeCopy, type BuildResult } from "./support/build";

const BEFORE = "2025-11-25T10:00:00Z";
const AFTER = "2025-12-02T12:00:01Z";
let utc: BuildResult;
let auckland: BuildResult;
let after: BuildResult;

async function htmlFiles(dir: string): Promise<Map<string, string>> {
  const dist = path.join(dir, "dist");
  const names = (await readdir(dist, { recursive: true })).filter((name) => name.endsWith(".html"));
  return new Map(
    await Promise.all(
      names
        .sort()
        .map(async (name) => [name, await readFile(path.join(dist, name), "utf8")] as const),
    ),
  );
}

const dphilDeadline = (html: string) =>
  /<time datetime="2025-12-02T12:00:00Z"[^>]*data-deadline-status="([^"]+)"/.exec(html)?.[1];

beforeAll(async () => {
  [utc, auckland, after] = await Promise.all([
    buildCopy({}, { SITE_NOW: BEFORE, TZ: "UTC" }),
    buildCopy({}, { SITE_NOW: BEFORE, TZ: "Pacific/Auckland" }),
    buildCopy({}, { SITE_NOW: AFTER, TZ: "America/Los_Angeles" }),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([utc, auckland, after].filter(Boolean).map(removeCopy));
});

describe("builds at a set SITE_NOW", () => {
  it("builds every time", () => {
    for (const result of [utc, auckland, after]) expect(result.ok, result.output).toBe(true);
  });

  it("writes identical HTML whatever the build machine's time zone", async () => {
    const [fromUtc, fromAuckland] = await Promise.all([
      htmlFiles(utc.dir),
      htmlFiles(auckland.dir),
    ]);
    expect([...fromAuckland.keys()]).toEqual([...fromUtc.keys()]);
    for (const [name, html] of fromUtc) expect(fromAuckland.get(name), name).toBe(html);
  });

  it("shows the DPhil deadline open before it and closed after it", async () => {
    const list = (result: BuildResult) =>
      readFile(path.join(result.dir, "dist/vacancies/index.html"), "utf8");
    const before = await list(utc);
    expect(dphilDeadline(before)).toBe("closing-soon");
    expect(before).toContain('<h2 id="open-positions">Open positions</h2>');
    const closed = await list(after);
    expect(dphilDeadline(closed)).toBe("closed");
    expect(closed).toMatch(/Past positions[\s\S]*PhD studentships in medical image analysis/);
  });

  it("keeps a closed vacancy's own page, marked closed", async () => {
    const page = await readFile(
      path.join(after.dir, "dist/vacancies/phd-medical-image-analysis/index.html"),
      "utf8",
    );
    expect(page).toMatch(/class="status-badge"[^>]*>Closed</);
  });
});

describe("editor support", () => {
  it("generates the JSON Schema each YAML entry's modeline and .vscode/settings.json name", async () => {
    const root = path.resolve(import.meta.dirname, "..");
    const settings = JSON.parse(
      await readFile(path.join(root, ".vscode/settings.json"), "utf8"),
    ) as {
      "yaml.schemas": Record<string, string>;
    };
    const referenced = new Set(
      Object.keys(settings["yaml.schemas"]).map((schema) => path.join(utc.dir, schema)),
    );
    for (const collection of ["programs", "scholarships", "profile"]) {
      const dir = path.join(root, "src/content", collection);
      for (const file of (await readdir(dir)).filter((name) => name.endsWith(".yaml"))) {
        const first = (await readFile(path.join(dir, file), "utf8")).split("\n")[0]!;
        const target = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1];
        expect(target, `${collection}/${file}`).toBeDefined();
        referenced.add(path.resolve(utc.dir, "src/content", collection, target!));
      }
    }
    for (const schemaFile of referenced) {
      const schema = JSON.parse(await readFile(schemaFile, "utf8")) as {
        additionalProperties?: boolean;
        properties?: Record<string, unknown>;
      };
      expect(schema.additionalProperties, schemaFile).toBe(false);
      expect(Object.keys(schema.properties ?? {}).length, schemaFile).toBeGreaterThan(3);
    }
    expect(referenced.size).toBe(3);
  });
});
