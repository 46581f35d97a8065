import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentErrors } from "./support/content";

/**
 * The corpus of malformed entries: each folder of tests/fixtures/malformed/ is one case. It holds
 * the entry files to place into the site, at their paths relative to the project
 * (src/content/…), and expected.txt: the whole message the build must print for the bad file,
 * from "<file> has N problem(s):" to its last line. The checks run in-process, as the content
 * loader and the catalog run them; tests/build-errors.test.ts shows that a build prints them.
 */
const CORPUS = path.join(import.meta.dirname, "fixtures/malformed");
const EXPECTED = "expected.txt";

interface MalformedCase {
  name: string;
  files: Record<string, string>;
  expected: string;
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
    if (relative === EXPECTED) expected = contents.replace(/\r\n?/g, "\n").trimEnd();
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

describe("the corpus of malformed entries", () => {
  it("holds at least 30 cases, each with an entry file and its expected message", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const { name, files, expected } of cases) {
      const header = /^(.+) has (\d+) problems?:$/.exec(expected.split("\n")[0] ?? "");
      expect(header, `${name}/${EXPECTED} starts with "<file> has N problems:"`).not.toBeNull();
      const [, file, count] = header!;
      expect(Object.keys(files), `${name} holds the file its message names`).toContain(file);
      const problems = expected.split("\n").filter((line) => line.startsWith("  - "));
      expect(problems, `${name}/${EXPECTED} lists as many problems as it counts`).toHaveLength(
        Number(count),
      );
    }
  });

  it.for(cases)("rejects $name with its message", async ({ files, expected }) => {
    const errors = await contentErrors(files);
    expect(errors.join("\n\n")).toContain(expected);
  });

  it("finds nothing wrong with the site's own content", async () => {
    expect(await contentErrors({})).toEqual([]);
  });
});
