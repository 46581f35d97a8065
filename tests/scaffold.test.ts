import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { z } from "astro/zod";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { validateEntry } from "../src/lib/entry-errors";
import {
  COLLECTIONS,
  entryPath,
  entryTemplate,
  resolveCollection,
  slugify,
  yamlString,
  type CollectionName,
} from "../src/lib/scaffold";
import { DeadlineSchema } from "../src/schemas/deadline";
import { ProgramSchema } from "../src/schemas/program";
import { QuotedSourceSchema, ScholarshipSchema } from "../src/schemas/scholarship";
import { LocationSchema, createVacancySchema } from "../src/schemas/vacancy";
import { readEntryData, testReference } from "./support/entries";

const ROOT = path.resolve(import.meta.dirname, "..");
const SCRIPT = path.join(ROOT, "scripts/new-entry.ts");
const TODAY = "2025-11-25";

const SCHEMAS: Record<CollectionName, z.ZodObject> = {
  vacancies: createVacancySchema(testReference),
  programs: ProgramSchema,
  scholarships: ScholarshipSchema,
};
const KINDS = Object.keys(COLLECTIONS) as CollectionName[];

/** Parses a template as `readEntryData` parses a file: the front matter of MDX, else all YAML. */
function parse(text: string): Record<string, unknown> {
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text);
  return yaml.load(frontMatter ? frontMatter[1]! : text) as Record<string, unknown>;
}

async function validate(kind: CollectionName, data: unknown) {
  const result = await validateEntry(SCHEMAS[kind], data, "entry");
  if ("error" in result) throw new Error(result.error);
  return result.data as Record<string, unknown>;
}

const deadlineKeys = Object.keys(DeadlineSchema.in.shape).filter((key) => key !== "offset");

describe("slugify", () => {
  it("lower-cases and joins words with single hyphens", () => {
    expect(slugify("PhD Studentship in Medical Image Analysis")).toBe(
      "phd-studentship-in-medical-image-analysis",
    );
    expect(slugify("  --Deep   learning: (MRI) & CT!! ")).toBe("deep-learning-mri-ct");
    expect(slugify("AI4Health 2026")).toBe("ai4health-2026");
  });

  it("strips accents and spells out letters that have none to strip", () => {
    expect(slugify("Études sur l'imagerie médicale à Zürich")).toBe(
      "etudes-sur-l-imagerie-medicale-a-zurich",
    );
    expect(slugify("Straße Ærø Łódź")).toBe("strasse-aero-lodz");
  });

  it("cuts a long title at a word boundary within 60 characters", () => {
    const title =
      "Fully funded PhD studentship in multi-modal machine learning for cardiac magnetic resonance imaging";
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe("fully-funded-phd-studentship-in-multi-modal-machine-learning");
    expect(title.toLowerCase().replace(/ /g, "-").startsWith(`${slug}-`)).toBe(true);
  });

  it("cuts a single over-long word at 60 characters", () => {
    expect(slugify("a".repeat(80))).toBe("a".repeat(60));
  });

  it("throws a clear error when nothing usable is left", () => {
    for (const title of ["", "   ", "!!! ???", "日本語"]) {
      expect(() => slugify(title), title).toThrow(/has no letters or digits/);
    }
  });
});

describe("yamlString", () => {
  it("reads back as the same string, quoting only where YAML needs it", () => {
    const tricky = [
      "Test Position",
      "Yes",
      "null",
      "true",
      "123",
      "2025-01-01",
      "Key: value",
      "Title #1",
      "- dash first",
      "[brackets]",
      "{braces}",
      "*star",
      "&anchor",
      "!tag",
      "'single'",
      '"double"',
      "trailing colon:",
      "percent % and @at",
      "back\\slash",
      "line\nbreak",
      "tab\there",
      "Ünïcode – déjà vu",
      "emoji 🧠",
    ];
    for (const value of tricky) {
      expect(yaml.load(`key: ${yamlString(value)}`), value).toEqual({ key: value });
    }
    expect(yamlString("Test Position")).toBe("Test Position");
    expect(yamlString("Yes")).toBe('"Yes"');
  });
});

describe("COLLECTIONS", () => {
  it("accepts singular and plural names", () => {
    expect(resolveCollection("vacancy")).toBe("vacancies");
    expect(resolveCollection("Programs")).toBe("programs");
    expect(resolveCollection("scholarship")).toBe("scholarships");
    expect(resolveCollection("profile")).toBeUndefined();
  });

  it("puts each entry in its collection's folder with its extension", () => {
    expect(entryPath("vacancy", "x")).toBe("src/content/vacancies/x.mdx");
    expect(entryPath("programs", "x")).toBe("src/content/programs/x.yaml");
    expect(entryPath("scholarship", "x")).toBe("src/content/scholarships/x.yaml");
  });
});

describe("entryTemplate", () => {
  for (const kind of KINDS) {
    describe(kind, () => {
      const text = entryTemplate(kind, "Test Position", TODAY);
      const data = parse(text);

      it("validates against the collection's schema, as a draft", async () => {
        expect((await validate(kind, data))["draft"]).toBe(true);
      });

      it("has every top-level field of the schema", () => {
        expect(Object.keys(data).sort()).toEqual(Object.keys(SCHEMAS[kind].shape).sort());
      });

      it("comments each top-level field", () => {
        const lines = text.split("\n");
        lines.forEach((line, index) => {
          if (/^[A-Za-z]+:/.test(line)) {
            expect(lines[index - 1], line).toMatch(/^\s*#/);
          }
        });
      });

      it("accepts the singular name as well", () => {
        expect(entryTemplate(COLLECTIONS[kind].singular, "Test Position", TODAY)).toBe(text);
      });

      if (COLLECTIONS[kind].extension === ".yaml") {
        it("starts with the schema modeline", () => {
          expect(text.split("\n")[0]).toBe(
            `# yaml-language-server: $schema=../../../.astro/collections/${kind}.schema.json`,
          );
        });
      }
    });
  }

  it("fills in the vacancy's title, date, nested fields and an MDX body", async () => {
    const text = entryTemplate("vacancy", "Test Position", TODAY);
    const data = parse(text);
    expect(data["title"]).toBe("Test Position");
    expect((await validate("vacancies", data))["datePosted"]).toBe(TODAY);
    expect(Object.keys(data["location"] as object).sort()).toEqual(
      Object.keys(LocationSchema.shape).sort(),
    );
    expect(Object.keys(data["closes"] as object).sort()).toEqual(deadlineKeys.sort());
    expect(text).toMatch(/localDateTime: "\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"/);
    expect(text.split(/^---$/m)[2]?.trim()).toMatch(/^The student will join/);
  });

  it("refers only to programmes and scholarships that exist and are published", async () => {
    const data = parse(entryTemplate("vacancy", "Test Position", TODAY));
    for (const collection of ["programs", "scholarships"] as const) {
      const ids = data[collection] as string[];
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const target = await readEntryData(path.join(ROOT, entryPath(collection, id)));
        expect((target as { draft?: boolean }).draft ?? false, id).toBe(false);
      }
    }
  });

  it("gives the programme a quoted deadline in an IANA zone", async () => {
    const text = entryTemplate("program", "Test Programme", TODAY);
    const data = parse(text);
    expect(data["name"]).toBe("Test Programme");
    const [deadline] = data["deadlines"] as Record<string, unknown>[];
    expect(Object.keys(deadline!).sort()).toEqual(deadlineKeys.sort());
    expect(deadline!["timeZone"]).toBe("Europe/London");
    expect(text).toMatch(/localDateTime: "\d{4}-\d{2}-\d{2}T12:00"/);
    const parsed = (await validate("programs", data)) as { deadlines: { instant: string }[] };
    expect(parsed.deadlines[0]!.instant > `${TODAY}T23:59:59Z`).toBe(true);
  });

  it("gives the scholarship a full quoted source", async () => {
    const data = parse(entryTemplate("scholarship", "Test Fund", TODAY));
    expect(data["name"]).toBe("Test Fund");
    expect(Object.keys(data["source"] as object).sort()).toEqual(
      Object.keys(QuotedSourceSchema.shape).sort(),
    );
    expect((data["source"] as { cited: string }).cited).toBe("2025-11");
  });

  it("keeps a title with YAML's special characters intact", async () => {
    const title = `Yes: "PhD" #1 – [MRI] & {CT} 'déjà vu'`;
    for (const kind of KINDS) {
      const data = parse(entryTemplate(kind, title, TODAY));
      expect(data[kind === "vacancies" ? "title" : "name"], kind).toBe(title);
      await validate(kind, data);
    }
  });

  it("rejects a blank title and a malformed date", () => {
    expect(() => entryTemplate("vacancy", "  ", TODAY)).toThrow(/title must not be blank/);
    expect(() => entryTemplate("vacancy", "T", "2025-02-30")).toThrow(/YYYY-MM-DD/);
    expect(() => entryTemplate("vacancy", "T", "25-11-25")).toThrow(/YYYY-MM-DD/);
  });
});

describe("npm run new", { timeout: 30_000 }, () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "new-entry-"));
    for (const { folder } of Object.values(COLLECTIONS)) {
      await mkdir(path.join(root, folder), { recursive: true });
    }
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  function run(...args: string[]) {
    return spawnSync(process.execPath, [SCRIPT, ...args, "--root", root], {
      encoding: "utf8",
      // 23:30 UTC on 30 June is already 1 July in London (BST).
      env: { ...process.env, SITE_NOW: "2025-06-30T23:30:00Z" },
    });
  }

  for (const kind of KINDS) {
    it(`creates a valid draft ${COLLECTIONS[kind].singular}`, async () => {
      const result = run(COLLECTIONS[kind].singular, "Test Position");
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const relative = entryPath(kind, "test-position");
      expect(result.stdout).toContain(`Created ${relative}`);
      expect(result.stdout).toContain("draft: false");
      const data = await validate(kind, await readEntryData(path.join(root, relative)));
      expect(data["draft"]).toBe(true);
      if (kind === "vacancies") expect(data["datePosted"]).toBe("2025-07-01");
    });
  }

  it("joins an unquoted title's words", () => {
    const result = run("vacancy", "Test", "Position");
    expect(result.status).toBe(0);
    expect(existsSync(path.join(root, "src/content/vacancies/test-position.mdx"))).toBe(true);
  });

  it("refuses to overwrite an existing entry", async () => {
    const file = path.join(root, "src/content/programs/test-position.yaml");
    await writeFile(file, "name: Existing\n");
    const result = run("program", "Test Position");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("src/content/programs/test-position.yaml already exists");
    expect(await readFile(file, "utf8")).toBe("name: Existing\n");
  });

  it("rejects an unknown collection, listing the valid ones", () => {
    const result = run("profile", "Test Position");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Unknown collection "profile". Use one of: vacancy, program, scholarship.',
    );
  });

  it("asks for a title when it is missing", () => {
    const result = run("vacancy");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Usage: npm run new --");
  });

  it("rejects a title with no letters or digits, creating nothing", async () => {
    const result = run("scholarship", "!!!");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("has no letters or digits");
    expect(await readdir(path.join(root, "src/content/scholarships"))).toEqual([]);
  });
});
