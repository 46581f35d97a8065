import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  symlink,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { z } from "astro/zod";
import { afterAll, describe, expect, it } from "vitest";
import { entryFiles, folderErrors, listFolder, picturesError } from "../src/checks/folder";
import { readEntry } from "../src/checks/entry";
import { publishedReferenceErrors, type EntryReferences } from "../src/checks/references";
import { COLLECTIONS } from "../src/collections/index";

/**
 * The corpus of malformed entries: each folder of tests/fixtures/malformed/ is one case. It holds
 * the entry files to place into the site, at their paths relative to the project
 * (src/content/…), symbolic links among them, and expected.txt: the whole message the build must print for the bad file,
 * from "<file> has N problem(s):" to its last line. Each case's files are laid over a copy of the
 * site's content, and the functions the build calls check it in-process: the content loader's
 * (the folder, then each file) and the catalog's (references between published entries).
 * tests/build-errors.test.ts shows with real builds that `npm run build` prints them.
 */
const CORPUS = path.join(import.meta.dirname, "fixtures/malformed");
const EXPECTED = "expected.txt";

interface MalformedCase {
  name: string;
  /** A file's contents, or where a symbolic link points. */
  files: Record<string, string | { linkTo: string }>;
  expected: string;
}

async function loadCase(name: string): Promise<MalformedCase> {
  const dir = path.join(CORPUS, name);
  const files: MalformedCase["files"] = {};
  let expected: string | undefined;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, file).split(path.sep).join("/");
    if (entry.isSymbolicLink()) files[relative] = { linkTo: await readlink(file) };
    if (!entry.isFile()) continue;
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

const ROOT = path.resolve(import.meta.dirname, "..");
const copies = await mkdtemp(path.join(tmpdir(), "malformed-"));
afterAll(() => rm(copies, { recursive: true, force: true }));

/**
 * The messages a production build prints for the site's content with `files` added or replaced,
 * from the build's own checks: the loader's for each collection, then, when every entry reads,
 * the catalog's reference check.
 */
async function contentErrors(name: string, files: MalformedCase["files"]): Promise<string[]> {
  const root = path.join(copies, name);
  await cp(path.join(ROOT, "src/content"), path.join(root, "src/content"), { recursive: true });
  // Pictures written /like-this.png are looked for in public/.
  await cp(path.join(ROOT, "public"), path.join(root, "public"), { recursive: true });
  for (const [file, contents] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    if (typeof contents === "string") await writeFile(path.join(root, file), contents);
    else await symlink(contents.linkTo, path.join(root, file));
  }
  const errors: string[] = [];
  const read = new Map<string, EntryReferences[]>();
  for (const { facts, schema } of COLLECTIONS) {
    const listing = await listFolder(path.join(root, facts.folder));
    const misplaced = folderErrors(facts, listing, root);
    errors.push(...misplaced);
    if (misplaced.length) continue;
    const entries: EntryReferences[] = [];
    for (const name of entryFiles(facts, listing.files)) {
      const file = `${facts.folder}/${name}`;
      const contents = await readFile(path.join(root, file), "utf8");
      const entry = await readEntry(schema as z.ZodType, file, contents);
      const pictures = "error" in entry ? undefined : picturesError(root, file, entry);
      if ("error" in entry) errors.push(entry.error);
      else if (pictures) errors.push(pictures);
      else entries.push({ ...entry.data, id: path.parse(name).name, file } as EntryReferences);
    }
    read.set(facts.name, entries);
  }
  if (errors.length) return errors;
  const entriesOf = (collection: string) => read.get(collection) ?? [];
  return publishedReferenceErrors(
    {
      vacancies: entriesOf("vacancies"),
      programs: entriesOf("programs"),
      scholarships: entriesOf("scholarships"),
    },
    false,
  );
}

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

  it.for(cases)("rejects $name with its message", async ({ name, files, expected }) => {
    const errors = await contentErrors(name, files);
    expect(errors.join("\n\n")).toContain(expected);
  });

  it("finds nothing wrong with the site's own content", async () => {
    expect(await contentErrors("site", {})).toEqual([]);
  });
});
