import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { z } from "astro/zod";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COLLECTIONS, collectionNamed } from "../src/collections/index";
import { exampleLeftovers } from "../src/checks/entry";
import { readEntry } from "../src/checks/entry";
import { entryTemplate } from "../src/lib/schema/scaffold";
import { shapeOf } from "../src/lib/schema/walk";
import { slugify } from "../src/lib/formatting/slug";
import { newEntry } from "../tools/helpers/new-entry";

const ROOT = path.resolve(import.meta.dirname, "..");
const SCRIPT = path.join(ROOT, "tools/new-entry.ts");
const TODAY = "2025-11-25";
const SCAFFOLDED = COLLECTIONS.filter(({ facts }) => facts.starter);

/** A template read back and checked as the loader would read the file it is written to. */
async function check(collection: (typeof COLLECTIONS)[number], text: string, extension?: string) {
  const file = `${collection.facts.folder}/test-position${extension ?? collection.facts.extensions[0]}`;
  const entry = await readEntry(collection.schema as z.ZodType, file, text);
  if ("error" in entry) throw new Error(entry.error);
  return entry.data;
}

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

describe("collectionNamed", () => {
  it("accepts singular and plural names, in British and American spelling", () => {
    expect(collectionNamed("vacancy")?.facts.name).toBe("vacancies");
    expect(collectionNamed("Vacancies")?.facts.name).toBe("vacancies");
    expect(collectionNamed("programme")?.facts.name).toBe("programs");
    expect(collectionNamed("programmes")?.facts.name).toBe("programs");
    expect(collectionNamed("program")?.facts.name).toBe("programs");
    expect(collectionNamed("scholarships")?.facts.name).toBe("scholarships");
    expect(collectionNamed("thesis")).toBeUndefined();
  });
});

describe("entryTemplate", () => {
  for (const collection of SCAFFOLDED) {
    const { facts, schema } = collection;
    describe(facts.noun, () => {
      const text = entryTemplate(facts, schema, "Test Position", TODAY);

      it("validates against the collection's schema, as a draft", async () => {
        expect((await check(collection, text))["draft"]).toBe(true);
      });

      it("has every top-level field of the schema", async () => {
        expect(Object.keys(await check(collection, text)).sort()).toEqual(
          Object.keys(shapeOf(schema) ?? {}).sort(),
        );
      });

      it("puts each field's description from the schema above it", () => {
        const lines = text.split("\n");
        lines.forEach((line, index) => {
          if (/^[A-Za-z]+:/.test(line)) expect(lines[index - 1], line).toMatch(/^\s*# \S/);
        });
      });

      it("is flagged as example text until it is edited", async () => {
        expect(exampleLeftovers(schema, await check(collection, text)).length).toBeGreaterThan(0);
      });
    });
  }

  const [vacancies, programs, scholarships] = SCAFFOLDED as [
    (typeof COLLECTIONS)[number],
    (typeof COLLECTIONS)[number],
    (typeof COLLECTIONS)[number],
  ];

  it("writes the vacancy's title, today's date, a future closing time and a Markdown body", async () => {
    const text = entryTemplate(vacancies.facts, vacancies.schema, "Test Position", TODAY);
    expect(text).toMatchInlineSnapshot(`
      "---
      # The position's title, shown as the page heading.
      title: Test Position
      # One sentence that opens the advert and describes it in lists, feeds and search results.
      summary: We are looking for a motivated student to develop machine learning methods for cardiac MRI.
      # The day the vacancy was first published, written YYYY-MM-DD.
      datePosted: "2025-11-25"
      # The vacancy's own closing time. Without it, the vacancy closes with the latest deadline of its
      # programmes, or stays open until filled when they have none. Optional: delete it if not needed.
      closes:
        # What closes at this time, shown after the date. Optional: delete it if not needed.
        label: applications close
        # The local date and time, written YYYY-MM-DDTHH:mm.
        localDateTime: "2026-01-24T17:00"
        # The IANA time zone the local time is read in, such as Europe/London, America/New_York or
        # Asia/Tokyo.
        timeZone: Europe/London
      # Where the student will be based.
      location:
        # Department and institution.
        name: Department of Bioengineering, Example University
        # Town or city.
        locality: Exampleton
        # The country as an ISO 3166 two-letter code in capitals.
        country: GB
      # When the studentship starts: a month written YYYY-MM, or a date written YYYY-MM-DD. Optional:
      # delete it if not needed.
      startDate: "2027-01"
      # How long the studentship lasts. Optional: delete it if not needed.
      duration: 4 years
      # Who will supervise the student, each with an optional link. Optional: delete it if not needed.
      supervisors:
        - # The supervisor's name as it should be shown.
          name: Professor Ada Example
          # A page about the supervisor, such as their staff or lab page. Optional: delete it if not needed.
          url: https://www.example.org/people/ada-example
      # The yearly or monthly living allowance, shown in the currency's own format and given to job
      # search. Optional: delete it if not needed.
      stipend:
        # The amount, as a number without a currency sign.
        amount: 19000
        # The currency as an ISO 4217 code in capitals.
        currency: EUR
        # Whether the amount is paid each year or each month.
        per: year
      # The address applicants write to. Without it, the profile's email is shown. Optional: delete it
      # if not needed.
      contactEmail: imaging-phd@example.org
      # A note shown prominently near the top, such as a warning about response times. Optional: delete
      # it if not needed.
      notice: Interviews will take place in the week of 16 February.
      # The sentence stating the background every candidate needs.
      expectations: Candidates should have a strong background in computer science, engineering or physics.
      # What candidates must have, listed under "You should also have".
      essentialRequirements:
        - A first-class degree in a quantitative subject.
      # What would help but is not required. Optional: delete it if not needed.
      desirableRequirements:
        - Experience with deep learning frameworks.
      # Research directions open to the student.
      topics:
        - Motion correction for cardiac MRI with deep learning
      # The programmes applicants apply through: the file names in src/content/programs/, without .yaml.
      # Optional: delete it if not needed.
      programs:
        - dphil-engineering-science
      # The scholarships that can fund the position: the file names in src/content/scholarships/,
      # without .yaml. Optional: delete it if not needed.
      scholarships:
        - oxford-automatic-scholarships
      # How the position is held, as job search reads it. One of: FULL_TIME, PART_TIME, CONTRACTOR,
      # TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER. Optional: delete it if not needed.
      employmentType: FULL_TIME
      # The degree an applicant needs, shown in the key facts and given to job search. Optional: delete
      # it if not needed.
      educationRequirements: A master's degree in a quantitative subject
      # Who may apply, such as visa or residency conditions. Optional: delete it if not needed.
      eligibility: Open to applicants of any nationality
      # true (Yes in the editor) when applicants apply to the group directly rather than through a
      # programme. Optional: delete it if not needed.
      directApply: false
      # Markdown advice shown above the scholarships. Links must be full https://, http:// or mailto:
      # addresses; no HTML. Optional: delete it if not needed.
      fundingAdvice: Read the [funding guide](https://www.example.org/funding) before you apply.
      # true (the editor's switch on) makes the entry a draft: kept out of the published site, and shown
      # by npm run dev with a Draft banner. A published entry cannot refer to a draft.
      draft: true
      ---

      The student will join a multi-disciplinary group working on machine learning for medical imaging, with clinicians and scientists. Describe the group and the project here.

      This text is Markdown: **bold**, lists and [links](https://www.example.org/) work, HTML does not. Replace these paragraphs with your own.
      "
    `);
  });

  it("writes an MDX vacancy when asked, saying that MDX is code", async () => {
    const text = entryTemplate(vacancies.facts, vacancies.schema, "Test Position", TODAY, ".mdx");
    expect(text.split(/^---$/m)[2]).toContain("MDX is code");
    await check(vacancies, text, ".mdx");
  });

  it("gives a programme a deadline in the future, in an IANA zone, and no modeline (.vscode/settings.json maps the schema)", async () => {
    const text = entryTemplate(programs.facts, programs.schema, "Test Programme", TODAY);
    expect(text).not.toContain("yaml-language-server");
    const data = (await check(programs, text)) as {
      deadlines: { localDateTime: string; timeZone: string }[];
    };
    expect(data.deadlines[0]).toMatchObject({
      localDateTime: "2026-01-24T12:00",
      timeZone: "Europe/London",
    });
  });

  it("gives a scholarship a quoted source cited this month", async () => {
    const data = await check(
      scholarships,
      entryTemplate(scholarships.facts, scholarships.schema, "Test Fund", TODAY),
    );
    expect(data).toMatchObject({ name: "Test Fund", source: { cited: "2025-11" } });
  });

  it("keeps a title with YAML's special characters intact", async () => {
    const title = `Yes: "PhD" #1 – [MRI] & {CT} 'déjà vu'`;
    for (const collection of SCAFFOLDED) {
      const data = await check(
        collection,
        entryTemplate(collection.facts, collection.schema, title, TODAY),
      );
      expect(data["title"] ?? data["name"], collection.facts.name).toBe(title);
    }
  });

  it("rejects a blank title and a malformed date", () => {
    expect(() => entryTemplate(vacancies.facts, vacancies.schema, "  ", TODAY)).toThrow(
      /title must not be blank/,
    );
    expect(() => entryTemplate(vacancies.facts, vacancies.schema, "T", "25-11-25")).toThrow(
      /YYYY-MM-DD/,
    );
  });
});

describe("npm run new", { timeout: 30_000 }, () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "new-entry-"));
    for (const { facts } of COLLECTIONS)
      await mkdir(path.join(root, facts.folder), { recursive: true });
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** Runs the command in-process, as `npm run new -- …` runs it, and collects what it prints. */
  async function run(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const status = await newEntry([...args, "--root", root], {
      log: (text) => out.push(text),
      error: (text) => err.push(text),
      // 23:30 UTC on 30 June is already 1 July in London (BST).
      siteNow: "2025-06-30T23:30:00Z",
    });
    return { status, stdout: out.join("\n"), stderr: err.join("\n") };
  }

  it("runs as a command through Vite's module runner", () => {
    const result = spawnSync(
      process.execPath,
      [SCRIPT, "programme", "Test Position", "--root", root],
      {
        encoding: "utf8",
      },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(existsSync(path.join(root, "src/content/programs/test-position.yaml"))).toBe(true);
  });

  it("makes the collection's folder again when every entry was deleted, but not outside a project", async () => {
    await rm(path.join(root, "src/content/programs"), { recursive: true });
    const result = await run("programme", "Test Position");
    expect(result.stderr).toBe("");
    expect(existsSync(path.join(root, "src/content/programs/test-position.yaml"))).toBe(true);

    await rm(path.join(root, "src/content"), { recursive: true });
    const outside = await run("programme", "Test Position");
    expect(outside.status).toBe(1);
    expect(outside.stderr).toContain("There is no folder src/content/programs");
  });

  for (const word of ["vacancy", "programme", "program", "scholarship"]) {
    it(`creates a valid draft ${word}`, async () => {
      const result = await run(word, "Test Position");
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const collection = collectionNamed(word)!;
      const relative = `${collection.facts.folder}/test-position${collection.facts.extensions[0]}`;
      expect(result.stdout).toContain(`Created ${relative}`);
      const data = await check(collection, await readFile(path.join(root, relative), "utf8"));
      expect(data["draft"]).toBe(true);
      if (word === "vacancy") expect(data["datePosted"]).toBe("2025-07-01");
    });
  }

  it("writes MDX with --mdx, and joins an unquoted title's words", async () => {
    const result = await run("vacancy", "Test", "Position", "--mdx");
    expect(result.status).toBe(0);
    expect(existsSync(path.join(root, "src/content/vacancies/test-position.mdx"))).toBe(true);
  });

  it("refuses to overwrite an existing entry", async () => {
    const file = path.join(root, "src/content/programs/test-position.yaml");
    await writeFile(file, "name: Existing\n");
    const result = await run("programme", "Test Position");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("src/content/programs/test-position.yaml already exists");
    expect(await readFile(file, "utf8")).toBe("name: Existing\n");
  });

  it("refuses a name the build would refuse: a reserved address, or an id another entry has", async () => {
    const search = await run("vacancy", "Search");
    expect(search.status).toBe(1);
    expect(search.stderr).toContain(
      "src/content/vacancies/search.md would be refused by the build; nothing was written.",
    );
    expect(search.stderr).toContain('"search" is taken by another page of the site');
    const mdx = path.join(root, "src/content/vacancies/test-position.mdx");
    await writeFile(mdx, "---\ntitle: Existing\n---\n");
    const twin = await run("vacancy", "Test Position");
    expect(twin.status).toBe(1);
    expect(twin.stderr).toContain(
      'gives the id "test-position", as src/content/vacancies/test-position.mdx does',
    );
    expect(await readdir(path.join(root, "src/content/vacancies"))).toEqual(["test-position.mdx"]);
  });

  it("rejects an unknown kind of entry, listing the valid ones", async () => {
    const result = await run("profile", "Test Position");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Unknown kind of entry "profile". Use one of: vacancy, programme, scholarship.',
    );
  });

  it("asks for a title when it is missing", async () => {
    const result = await run("vacancy");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Usage: npm run new --");
  });

  it("rejects a title with no letters or digits, creating nothing", async () => {
    const result = await run("scholarship", "!!!");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("has no letters or digits");
    expect(await readdir(path.join(root, "src/content/scholarships"))).toEqual([]);
  });
});
