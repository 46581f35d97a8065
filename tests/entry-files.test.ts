import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { LoaderContext } from "astro/loaders";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileProblems, listFolder } from "../src/checks/folder";
import {
  clearIfSchemasChanged,
  entryLoader,
  schemaSourceDigest,
  SCHEMA_SOURCES,
} from "../src/checks/loader";
import { PROFILE } from "../src/collections/profile";
import { PROGRAMS, ProgramSchema } from "../src/collections/programs";
import { createVacancySchema, VACANCIES } from "../src/collections/vacancies";
import { idReference } from "../src/collections/fields";
import { formatEntryError } from "../src/checks/messages";
import { checkEntry, parseEntrySource } from "../src/checks/entry";
import { exampleLeftovers } from "../src/checks/entry";

const vacancySchema = createVacancySchema(idReference);

/** The message a maintainer reads for a file that cannot be parsed. */
function syntaxError(contents: string, file: string): string {
  const source = parseEntrySource(contents, file);
  if (!("problems" in source)) throw new Error(`expected ${file} to be rejected`);
  return formatEntryError(file, source.problems);
}

describe("parseEntrySource", () => {
  it("keeps dates and local times as the text written, with no time zone", () => {
    const source = parseEntrySource(
      "datePosted: 2025-02-30\nlocalDateTime: 2025-12-02T12:00\ncited: 2024-06\ndraft: yes\n",
      "x.yaml",
    );
    expect(source).toMatchObject({
      data: {
        datePosted: "2025-02-30",
        localDateTime: "2025-12-02T12:00",
        cited: "2024-06",
        draft: "yes",
      },
    });
  });

  it("splits front matter from the body of a Markdown entry", () => {
    expect(parseEntrySource("---\ntitle: A\n---\n\nBody text.\n", "a.md")).toEqual({
      data: { title: "A" },
      body: "Body text.",
      rawData: "title: A",
      bodyLine: 5,
    });
  });

  it("reads a file that starts with a byte-order mark, as Windows editors write it", () => {
    const text = "---\ntitle: A\n---\n\nBody text.\n";
    expect(parseEntrySource(`\uFEFF${text}`, "a.md")).toEqual(parseEntrySource(text, "a.md"));
    expect(parseEntrySource("\uFEFFname: A\n", "a.yaml")).toMatchObject({ data: { name: "A" } });
  });

  it("names the line of each problem in a body, counted from the top of the file, in order", async () => {
    const file = "src/content/vacancies/a.md";
    const text = [
      "---",
      "title: A",
      "---",
      "",
      "An introduction.",
      "",
      "Apply by \u202Efriday\u202C.",
      "",
      "Read <b>this</b> and [that](javascript:alert(1)).",
      "",
    ].join("\n");
    const source = parseEntrySource(text, file);
    if ("problems" in source) throw new Error("the front matter should parse");
    const verdict = await checkEntry(vacancySchema, file, source);
    const lines = text.split("\n");
    const lineOf = (part: string) => lines.findIndex((line) => line.includes(part)) + 1;
    const named = [...(verdict?.error ?? "").matchAll(/^ {2}- line (\d+), in the text after/gm)];
    expect(named.map(([, line]) => Number(line))).toEqual([
      lineOf("\u202E"),
      lineOf("\u202E"),
      lineOf("<b>"),
      lineOf("<b>"),
      lineOf("javascript:"),
    ]);
    // The editor checks a body it has not written yet: it names the body as a whole.
    const { bodyLine: _, ...unwritten } = source;
    expect((await checkEntry(vacancySchema, file, unwritten))?.error).toContain(
      "  - (the text after the front matter): contains U+202E",
    );
  });

  it("counts lines from the top of a Markdown file and says to quote a value with a colon", () => {
    expect(
      syntaxError(
        "---\nsummary: One line.\ntitle: PhD: imaging\n---\nText",
        "src/content/vacancies/a.md",
      ),
    ).toMatchInlineSnapshot(`
      "src/content/vacancies/a.md has 1 problem:
        - line 3: has a colon followed by a space inside the value of title, which YAML reads as a new field; put the value in quotes.
            for example  title: "PhD: imaging""
    `);
  });

  it("points at a field indented by one space", () => {
    expect(
      syntaxError(
        "name: A programme\n url: https://www.ox.ac.uk/\n",
        "src/content/programs/a.yaml",
      ),
    ).toMatchInlineSnapshot(`
      "src/content/programs/a.yaml has 1 problem:
        - line 2: is indented differently from the lines around it. Fields of the same level start in the same column; a list item or a nested field is indented by two spaces."
    `);
  });

  it("names a field given twice", () => {
    expect(syntaxError("name: A\nkind: CDT\nname: B\n", "src/content/programs/a.yaml"))
      .toMatchInlineSnapshot(`
      "src/content/programs/a.yaml has 1 problem:
        - line 3: repeats name, which is already given above; keep one of the two."
    `);
  });

  it("says when front matter is missing or never closed", () => {
    expect(syntaxError("Just text.\n", "src/content/vacancies/a.md")).toMatchInlineSnapshot(`
      "src/content/vacancies/a.md has 1 problem:
        - line 1: has no front matter; start the file with a line of ---, the fields, and another line of ---."
    `);
    expect(syntaxError("---\ntitle: A\n\nText", "src/content/vacancies/a.md"))
      .toMatchInlineSnapshot(`
      "src/content/vacancies/a.md has 1 problem:
        - line 1: starts front matter with --- but never closes it; end the fields with a line of --- before the text."
    `);
  });
});

describe("fileProblems", () => {
  const report = (files: string[]) =>
    fileProblems(VACANCIES, files)
      .map(({ file, problems }) => formatEntryError(`${VACANCIES.folder}/${file}`, problems))
      .join("\n");

  it("accepts entries directly in the folder, pictures and hidden files", () => {
    expect(
      fileProblems(VACANCIES, ["a.md", "b-2.mdx", "chart.png", ".gitkeep", "img/x.png"]),
    ).toEqual([]);
    expect(fileProblems(PROFILE, ["group.yaml", "avatar.png"])).toEqual([]);
  });

  it("rejects an entry in a subfolder, naming the file and where it belongs", () => {
    expect(report(["2026/phd-x.md"])).toMatchInlineSnapshot(`
      "src/content/vacancies/2026/phd-x.md has 1 problem:
        - (the file): is in a subfolder; vacancy entries sit directly in src/content/vacancies/. Move it to src/content/vacancies/phd-x.md."
    `);
  });

  it("rejects a file name that is not a valid address, and two names for one id", () => {
    expect(report(["PhD Upper CASE.md", "phd-upper-case.md", "zürich.md"])).toMatchInlineSnapshot(`
      "src/content/vacancies/PhD Upper CASE.md has 1 problem:
        - (the file name): is not a valid address: "PhD Upper CASE" becomes part of a URL, so it may hold only lower-case letters, digits and single hyphens. Rename it; phd-upper-case.md is already taken by another entry.
      src/content/vacancies/zürich.md has 1 problem:
        - (the file name): is not a valid address: "zürich" becomes part of a URL, so it may hold only lower-case letters, digits and single hyphens. Rename it to zurich.md."
    `);
  });

  it("rejects two files with one id, naming both", () => {
    expect(report(["phd-x.md", "phd-x.mdx"])).toMatchInlineSnapshot(`
      "src/content/vacancies/phd-x.mdx has 1 problem:
        - (the file name): gives the id "phd-x", as src/content/vacancies/phd-x.md does; two entries cannot share an address. Rename one of them."
    `);
  });

  it("rejects a reserved name and a file of another type", () => {
    expect(report(["open.md", "notes.txt"])).toMatchInlineSnapshot(`
      "src/content/vacancies/open.md has 1 problem:
        - (the file name): "open" is taken by another page of the site (open, past, search are reserved); rename the file.
      src/content/vacancies/notes.txt has 1 problem:
        - (the file): is neither a vacancy entry (.md or .mdx) nor a picture (.png, .jpg, .jpeg, .webp, .avif, .svg), which are all that src/content/vacancies/ holds. Move it out; to publish a document that an advert links to, such as a PDF, put it in public/ and link to it by its path (/advert.pdf for public/advert.pdf)."
    `);
  });

  it("names only entries where a folder holds no pictures", () => {
    expect(fileProblems(PROGRAMS, ["notes.pdf"])[0]?.problems).toEqual([
      {
        field: "(the file)",
        problem:
          "is not a programme entry: programme files end in .yaml. Rename it, or move it out of src/content/programs/.",
      },
    ]);
  });
});

describe("symbolic links in a collection's folder", () => {
  let root: string;
  const folder = () => path.join(root, VACANCIES.folder);

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "links-"));
    await mkdir(path.join(folder(), "assets"), { recursive: true });
    await writeFile(path.join(root, "outside.md"), "---\ntitle: Not an entry\n---\n");
    await writeFile(path.join(folder(), "phd-real.md"), "---\ntitle: Real\n---\n");
    // One named like an existing entry, one to a file outside the project, one named like a page
    // of the site, one whose name is no address, and one to a folder.
    await symlink("../../../outside.md", path.join(folder(), "phd-replaced.md"));
    await symlink(path.join(root, "outside.md"), path.join(folder(), "search.md"));
    await symlink("phd-real.md", path.join(folder(), "Not An Address.md"));
    await symlink("..", path.join(folder(), "assets", "up"));
    await symlink("/dev/null", path.join(folder(), "phd-elsewhere.md"));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("lists links with where they point, apart from the regular files", async () => {
    const { files, links } = await listFolder(folder());
    expect(files).toEqual(["phd-real.md"]);
    expect(links.map(({ file }) => file)).toEqual([
      "Not An Address.md",
      "assets/up",
      "phd-elsewhere.md",
      "phd-replaced.md",
      "search.md",
    ]);
  });

  it("fails the load, naming each link and where it points", async () => {
    const load = entryLoader(VACANCIES, vacancySchema).load({
      config: { root: pathToFileURL(`${root}/`) },
    } as LoaderContext);
    const message = await load.then(
      () => "loaded",
      (error: Error) => error.message.replaceAll(root, "<root>"),
    );
    expect(message).toMatchInlineSnapshot(`
      "src/content/vacancies/Not An Address.md has 1 problem:
        - (the file): is a symbolic link to "phd-real.md" (src/content/vacancies/phd-real.md); vacancy entries must be files that sit in src/content/vacancies/ themselves. Replace the link with a copy of the file it points to, or remove it.

      src/content/vacancies/assets/up has 1 problem:
        - (the file): is a symbolic link to ".." (src/content/vacancies); vacancy entries must be files that sit in src/content/vacancies/ themselves. Replace the link with a copy of the file it points to, or remove it.

      src/content/vacancies/phd-elsewhere.md has 1 problem:
        - (the file): is a symbolic link to "/dev/null" (outside the project); vacancy entries must be files that sit in src/content/vacancies/ themselves. Replace the link with a copy of the file it points to, or remove it.

      src/content/vacancies/phd-replaced.md has 1 problem:
        - (the file): is a symbolic link to "../../../outside.md" (outside.md); vacancy entries must be files that sit in src/content/vacancies/ themselves. Replace the link with a copy of the file it points to, or remove it.

      src/content/vacancies/search.md has 1 problem:
        - (the file): is a symbolic link to "<root>/outside.md" (outside.md); vacancy entries must be files that sit in src/content/vacancies/ themselves. Replace the link with a copy of the file it points to, or remove it."
    `);
  });
});

describe("exampleLeftovers", () => {
  it("finds the template's example sentences and example.org addresses", () => {
    const data = {
      summary:
        "We are looking for a motivated student to develop machine learning methods for cardiac MRI.",
      contactEmail: "imaging-phd@example.org",
      location: { name: "Real Department", locality: "Exampleton", country: "GB" },
      topics: ["Motion correction for cardiac MRI with deep learning", "A real topic"],
      fundingAdvice: "See [the guide](https://www.example.com/guide).",
    };
    expect(exampleLeftovers(vacancySchema, data).map(({ field }) => field)).toEqual([
      "summary",
      "contactEmail",
      "topics[0]",
      "fundingAdvice",
    ]);
  });

  it("leaves short values that happen to equal an example alone", () => {
    expect(
      exampleLeftovers(ProgramSchema, {
        kind: "DPhil",
        deadlines: [{ timeZone: "Europe/London" }],
      }),
    ).toEqual([]);
  });
});

describe("the content store after a schema module changes", () => {
  it("is cleared when a module of the schemas or an installed package changes, and kept otherwise", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "schemas-"));
    try {
      for (const folder of SCHEMA_SOURCES)
        await mkdir(path.join(root, folder), { recursive: true });
      await writeFile(path.join(root, "src/collections/fields.ts"), "export const a = 1;\n");
      const meta = new Map<string, string>();
      let cleared = 0;
      const context = {
        meta: {
          get: (key: string) => meta.get(key),
          set: (key: string, value: string) => void meta.set(key, value),
          has: (key: string) => meta.has(key),
          delete: (key: string) => void meta.delete(key),
        },
        store: { clear: () => void cleared++ },
      } as unknown as Parameters<typeof clearIfSchemasChanged>[0];

      clearIfSchemasChanged(context, await schemaSourceDigest(root));
      clearIfSchemasChanged(context, await schemaSourceDigest(root));
      expect(cleared).toBe(1);
      await writeFile(path.join(root, "src/lib/rule.ts"), "export const b = 2;\n");
      clearIfSchemasChanged(context, await schemaSourceDigest(root));
      expect(cleared).toBe(2);
      // An update of zod, yaml or moment-timezone's zone rules changes npm's record of the tree.
      meta.set("checked-files", "{}");
      await mkdir(path.join(root, "node_modules"));
      await writeFile(path.join(root, "node_modules/.package-lock.json"), '{"packages":{}}\n');
      clearIfSchemasChanged(context, await schemaSourceDigest(root));
      expect(cleared).toBe(3);
      // What passed the checks before is forgotten with the store.
      expect(meta.has("checked-files")).toBe(false);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
