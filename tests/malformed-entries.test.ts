import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { buildCopy, removeCopy } from "./support/build";

/**
 * The corpus of malformed entries: each folder of tests/fixtures/malformed/ is one case. It holds
 * the entry files to place into a copy of the site, at their paths relative to the project
 * (src/content/…), and expected.txt: the whole message the build must print for the bad file,
 * from "<file> has N problem(s):" to its last line.
 */
const CORPUS = path.join(import.meta.dirname, "fixtures/malformed");
const EXPECTED = "expected.txt";

interface MalformedCase {
  name: string;
  /** Project-relative path → contents, as `buildCopy` takes them. */
  files: Record<string, string>;
  expected: string;
}

/** The build's text as a maintainer reads it: `\n` line ends, no colour codes, no trailing space. */
function normalise(text: string): string {
  return stripVTControlCharacters(text).replace(/\r\n?/g, "\n").trimEnd();
}

async function loadCase(name: string): Promise<MalformedCase> {
  const dir = path.join(CORPUS, name);
  const files: Record<string, string> = {};
  let expected: string | undefined;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, file).split(path.sep).join("/");
    const contents = await readFile(file, "utf8");
    if (relative === EXPECTED) expected = normalise(contents);
    else files[relative] = contents;
  }
  if (expected === undefined) throw new Error(`${name} has no ${EXPECTED}`);
  return { name, files, expected };
}

const cases = await Promise.all(
  (await readdir(CORPUS, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map(loadCase),
);

// Each case is a full `astro build` (about 4 s of one core's time): two at a time, for two cores.
vi.setConfig({ maxConcurrency: 2 });

describe("the corpus of malformed entries", () => {
  it("holds at least 20 cases, each with an entry file and its expected message", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const { name, files, expected } of cases) {
      const header = /^(\S+) has (\d+) problems?:$/.exec(expected.split("\n")[0] ?? "");
      expect(header, `${name}/${EXPECTED} starts with "<file> has N problems:"`).not.toBeNull();
      const [, file, count] = header!;
      expect(Object.keys(files), `${name} holds the file its message names`).toContain(file);
      const problems = expected.split("\n").filter((line) => line.startsWith("  - "));
      expect(problems, `${name}/${EXPECTED} lists as many problems as it counts`).toHaveLength(
        Number(count),
      );
    }
  });
});

describe.concurrent("npm run build with a malformed entry", { timeout: 180_000 }, () => {
  it.for(cases)("$name", async ({ files, expected }, { expect }) => {
    const result = await buildCopy(files, { SITE_NOW: "2025-11-25T10:00:00Z" });
    try {
      const output = normalise(result.output);
      expect(result.ok, output).toBe(false);
      expect(output).toContain(expected);
    } finally {
      await removeCopy(result);
    }
  });
});
